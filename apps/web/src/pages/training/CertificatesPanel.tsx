import { calendarDay, FEEDBACK_QUESTIONS, type FeedbackSummary } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchCertificates, fetchFacilitatorHistory, renewCertificate } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useResource } from "../../lib/use-resource";
import { CertificateLine } from "./CertificateLine";
import { LoadedList } from "./LoadedList";
import { useAction } from "./use-action";

/** The pool's certificates for its coordinators: status, renewal, and each person's history. */
export function CertificatesPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const certificates = useResource(`certificates:${orgId}`, (signal) =>
    fetchCertificates(orgId, signal),
  );
  const action = useAction();
  const today = calendarDay(new Date());
  return (
    <section className="stack" aria-labelledby="certificates-title" data-testid="certificates">
      <h2 id="certificates-title">{t("training.pool.title")}</h2>
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      <LoadedList list={certificates} empty={t("training.pool.empty")}>
        {(items) => (
          <ul className="plain-list stack">
            {items.map((certificate) => (
              <li key={certificate.id} className="card stack">
                <p>
                  <strong>{certificate.displayName}</strong>{" "}
                  <CertificateLine certificate={certificate} />
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={action.pending}
                    onClick={() =>
                      action.run(() => renewCertificate(certificate.id, today), certificates.reload)
                    }
                  >
                    {t("training.pool.renew")}
                  </button>
                </div>
                <History orgId={orgId} userId={certificate.userId} />
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
}

function History({ orgId, userId }: { orgId: string; userId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="stack">
      <div>
        <button type="button" className="button button-secondary" onClick={() => setOpen(!open)}>
          {open ? t("training.pool.hideHistory") : t("training.pool.showHistory")}
        </button>
      </div>
      {open && <HistoryList orgId={orgId} userId={userId} />}
    </div>
  );
}

/** What the person did in this pool; feedback summaries as they are, never a score to rank by. */
function HistoryList({ orgId, userId }: { orgId: string; userId: string }) {
  const { t } = useTranslation();
  const history = useResource(`history:${orgId}:${userId}`, (signal) =>
    fetchFacilitatorHistory(orgId, userId, signal),
  );
  if (history.status === "loading") return <Loading />;
  if (history.status === "error")
    return <LoadError error={history.error} onRetry={history.reload} />;
  const { bookings, practice } = history.data;
  return (
    <ul className="plain-list" data-testid="history">
      {bookings.length === 0 && practice.length === 0 && <li>{t("training.pool.noHistory")}</li>}
      {bookings.map((booking) => (
        <li key={booking.requestId}>
          {booking.startsOn} · {booking.question} ({booking.unit}) ·{" "}
          {t(`training.pool.as.${booking.as}`)}
          {booking.sessionFeedback && <FeedbackLine summary={booking.sessionFeedback} />}
        </li>
      ))}
      {practice.map((item) => (
        <li key={item.id}>
          {item.heldOn} · {item.title} ({t(`training.practice.${item.role}`)})
          {item.feedback && (
            <p className="muted">{t("training.practice.feedback", { text: item.feedback })}</p>
          )}
          {item.sessionFeedback && <FeedbackLine summary={item.sessionFeedback} />}
        </li>
      ))}
    </ul>
  );
}

/** Participants' feedback as counts and means, question by question: never a score or a rank. */
function FeedbackLine({ summary }: { summary: FeedbackSummary }) {
  const { t, i18n } = useTranslation();
  if (summary.responses === 0) return null;
  const means = FEEDBACK_QUESTIONS.flatMap((question) => {
    const { mean, answered } = summary.questions[question];
    return mean === null
      ? []
      : [
          t("training.pool.feedbackMean", {
            question: t(`report.feedback.questions.${question}`),
            mean: mean.toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
            count: answered,
          }),
        ];
  });
  return (
    <p className="muted" data-testid="session-feedback">
      {t("training.pool.sessionFeedback", { count: summary.responses })}
      {means.length > 0 && `: ${means.join(" · ")}`}
    </p>
  );
}
