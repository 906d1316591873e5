import {
  FEEDBACK_QUESTIONS,
  type Reflection,
  reflectionBodySchema,
  type SessionReport,
} from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../../api/client";
import { fetchSessionReport, saveReflection } from "../../api/reports";
import { ErrorAlert } from "../../components/Alert";
import { DownloadButton } from "../../components/DownloadButton";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { NothingHere } from "../../components/NothingHere";
import { PageHeading } from "../../components/PageHeading";
import { SubmitButton } from "../../forms/SubmitButton";
import { TextAreaField } from "../../forms/TextAreaField";
import { useApiForm } from "../../forms/use-api-form";
import { errorMessage } from "../../lib/error-message";
import { formatClock, formatDateTime } from "../../lib/format";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { useIsMember } from "../../session/use-is-member";
import { OrgLayout } from "./OrgLayout";

/**
 * `/orgs/:orgId/sessions/:sessionId/report`: what a session did and how, after it. Members read it
 * among their organisation's pages. Someone booked to run the session without belonging to the
 * organisation reads it on its own, at the same address: a booking opens this session and no
 * organisation page, and the report's API says who may read it.
 */
export function SessionReportPage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const member = useIsMember(orgId);
  if (!member) return <Report orgId={orgId} sessionId={sessionId} standalone />;
  return (
    <OrgLayout orgId={orgId} section="sessions">
      {() => <Report orgId={orgId} sessionId={sessionId} standalone={false} />}
    </OrgLayout>
  );
}

interface ReportProps {
  orgId: string;
  sessionId: string;
  /** Without the organisation's heading and tabs around it, the report heads the page itself. */
  standalone: boolean;
}

function Report({ orgId, sessionId, standalone }: ReportProps) {
  const { t } = useTranslation();
  const report = useResource(`report:${sessionId}`, (signal) =>
    fetchSessionReport(sessionId, signal),
  );
  const loadedTitle = report.status === "ready" ? report.data.session.title : undefined;
  // Inside the organisation's layout the layout names the page; its effect runs last and wins.
  useDocumentTitle(
    standalone && loadedTitle ? t("report.page.title", { title: loadedTitle }) : undefined,
  );
  if (report.status === "loading") return <Loading />;
  if (report.status === "error") {
    return isUnavailable(report.error) ? (
      <NothingHere title={t("report.page.notAvailableTitle")}>
        {errorMessage(report.error, t)}
      </NothingHere>
    ) : (
      <LoadError error={report.error} onRetry={report.reload} />
    );
  }
  const { session, decisions } = report.data;
  const sessionPath = `/orgs/${encodeURIComponent(orgId)}/sessions/${encodeURIComponent(sessionId)}`;
  const title = t("report.page.title", { title: session.title });
  return (
    <div className="stack-lg" data-testid="session-report">
      <p>
        <Link href={sessionPath}>← {t("report.page.back")}</Link>
      </p>
      {standalone ? <PageHeading>{title}</PageHeading> : <h2>{title}</h2>}
      <DownloadButton
        href={`/api/sessions/${encodeURIComponent(sessionId)}/report.pdf`}
        label={t("report.page.pdf")}
        testId="report-pdf"
      />
      {session.question && (
        <section className="card stack">
          <h3>{t("report.page.question")}</h3>
          <p>{session.question}</p>
        </section>
      )}
      <section className="card stack">
        <h3>{t("report.page.decisions")}</h3>
        {decisions.length === 0 ? (
          <p className="muted">{t("report.page.noDecisions")}</p>
        ) : (
          <ul className="stack">
            {decisions.map((decision) => (
              <li key={decision.id}>
                <span className="badge">{t(`report.page.${decision.outcome}`)}</span>{" "}
                <Link href={`/decisions/${encodeURIComponent(decision.id)}`}>{decision.text}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Participation report={report.data} />
      <Feedback report={report.data} />
      <ReflectionSection
        sessionId={sessionId}
        reflection={report.data.reflection}
        editable={report.data.mayReflect}
        onSaved={(reflection) => report.set({ ...report.data, reflection })}
      />
    </div>
  );
}

/** A session this reader may not see reads as missing, as an organisation they are not in does. */
function isUnavailable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "not_a_member" ||
      error.code === "forbidden" ||
      error.code === "session_not_found")
  );
}

const twoDecimals = (value: number) => value.toFixed(2);

function Participation({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const { participation } = report;
  return (
    <section className="card stack" data-testid="participation">
      <h3>{t("report.page.participation")}</h3>
      <p className="muted">{t("report.page.participationIntro")}</p>
      <ul className="stack">
        {participation.steps.map((step) => (
          <li key={step.stepId} className="report-item">
            <span>
              <strong>{step.methodName}</strong> ·{" "}
              {t("report.page.stepShare", {
                contributors: step.contributors,
                participants: participation.participants,
              })}
            </span>
            <span className="share-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(step.share * 100)}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <h4>{t("report.page.equality")}</h4>
      <p data-testid="gini">
        {t("report.page.giniContributions", {
          value: twoDecimals(participation.gini.contributions),
        })}
        <br />
        {t("report.page.giniTalkTime", { value: twoDecimals(participation.gini.talkTime) })}
      </p>
      <p className="muted">{t("report.page.giniExplain")}</p>
      {participation.perParticipant.length === 0 ? (
        <p className="muted">{t("report.page.hiddenPerPerson")}</p>
      ) : (
        <table className="report-table">
          <caption className="label">{t("report.page.perPerson")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.page.person")}</th>
              <th scope="col" className="number">
                {t("report.page.contributions")}
              </th>
              <th scope="col" className="number">
                {t("report.page.talkTime")}
              </th>
            </tr>
          </thead>
          <tbody>
            {participation.perParticipant.map((person, index) => (
              <tr key={person.participantId}>
                <td>{person.displayName ?? t("live.unnamed", { number: index + 1 })}</td>
                <td className="number">{person.contributions}</td>
                <td className="number">{formatClock(person.talkSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Feedback({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const { feedback } = report;
  return (
    <section className="card stack" data-testid="feedback-summary">
      <h3>{t("report.page.feedback")}</h3>
      <p>{t("report.page.responses", { count: feedback.responses })}</p>
      {FEEDBACK_QUESTIONS.map((question) => {
        const answers = feedback.questions[question];
        return (
          <div key={question} className="report-item">
            <strong>{t(`report.feedback.questions.${question}`)}</strong>
            {answers.mean === null ? (
              <span className="muted">{t("report.page.noAnswers")}</span>
            ) : (
              <>
                <span>
                  {t("report.page.mean", {
                    value: answers.mean.toFixed(1),
                    count: answers.answered,
                  })}
                </span>
                <span className="score-counts" aria-hidden="true">
                  {answers.counts.map((count, index) => (
                    // The five scores are fixed positions 1..5, not a list that reorders.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                    <span key={index}>
                      {index + 1}: {count}
                    </span>
                  ))}
                </span>
              </>
            )}
          </div>
        );
      })}
      {feedback.comments.length > 0 && (
        <>
          <h4>{t("report.page.comments")}</h4>
          <ul className="stack">
            {feedback.comments.map((comment) => (
              <li key={comment}>{comment}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const PROMPTS = ["whatWeDid", "howWeDidIt", "effect"] as const;

function ReflectionSection({
  sessionId,
  reflection,
  editable,
  onSaved,
}: {
  sessionId: string;
  reflection: Reflection | null;
  editable: boolean;
  onSaved: (reflection: Reflection) => void;
}) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    schema: reflectionBodySchema,
    submit: (body) => saveReflection(sessionId, body),
    onSuccess: (result) => {
      setSaved(true);
      onSaved(result);
    },
  });
  const updated = reflection && (
    <p className="muted">
      {t("report.page.updated", {
        name: reflection.updatedBy,
        date: formatDateTime(reflection.updatedAt, i18n.language),
      })}
    </p>
  );
  if (!editable) {
    return (
      <section className="card stack">
        <h3>{t("report.page.reflection")}</h3>
        {reflection === null ? (
          <p className="muted">{t("report.page.noReflection")}</p>
        ) : (
          <dl className="stack">
            {PROMPTS.map((prompt) => (
              <div key={prompt}>
                <dt className="label">{t(`report.page.${prompt}`)}</dt>
                <dd>{reflection[prompt]}</dd>
              </div>
            ))}
          </dl>
        )}
        {updated}
      </section>
    );
  }
  return (
    <form
      ref={form.formRef}
      className="card stack"
      onSubmit={(event) => {
        setSaved(false);
        form.onSubmit(event);
      }}
      noValidate
      aria-labelledby="reflection-title"
    >
      <h3 id="reflection-title">{t("report.page.reflection")}</h3>
      {PROMPTS.map((prompt) => (
        <TextAreaField
          key={prompt}
          name={prompt}
          label={t(`report.page.${prompt}`)}
          defaultValue={reflection?.[prompt] ?? ""}
          error={form.fieldError(prompt)}
          maxLength={4_000}
        />
      ))}
      {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
      {saved && <p role="status">{t("report.page.saved")}</p>}
      {updated}
      <SubmitButton
        pending={form.pending}
        label={t("report.page.saveReflection")}
        pendingLabel={t("app.loading")}
      />
    </form>
  );
}
