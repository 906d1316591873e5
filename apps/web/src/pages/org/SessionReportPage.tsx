import {
  can,
  FEEDBACK_QUESTIONS,
  type Organisation,
  type Reflection,
  reflectionBodySchema,
  type SessionReport,
} from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchSessionReport, saveReflection } from "../../api/reports";
import { ErrorAlert } from "../../components/Alert";
import { DownloadButton } from "../../components/DownloadButton";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { SubmitButton } from "../../forms/SubmitButton";
import { TextAreaField } from "../../forms/TextAreaField";
import { useApiForm } from "../../forms/use-api-form";
import { formatClock, formatDateTime } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { OrgLayout } from "./OrgLayout";

/** `/orgs/:orgId/sessions/:sessionId/report`: what a session did and how, after it. */
export function SessionReportPage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  return (
    <OrgLayout orgId={orgId} section="sessions">
      {(org) => <Report org={org} sessionId={sessionId} />}
    </OrgLayout>
  );
}

function Report({ org, sessionId }: { org: Organisation; sessionId: string }) {
  const { t } = useTranslation();
  const report = useResource(`report:${sessionId}`, (signal) =>
    fetchSessionReport(sessionId, signal),
  );
  if (report.status === "loading") return <Loading />;
  if (report.status === "error") return <LoadError error={report.error} onRetry={report.reload} />;
  const { session, decisions } = report.data;
  const sessionPath = `/orgs/${encodeURIComponent(org.id)}/sessions/${encodeURIComponent(sessionId)}`;
  return (
    <div className="stack-lg" data-testid="session-report">
      <p>
        <Link href={sessionPath}>← {t("report.page.back")}</Link>
      </p>
      <h2>{t("report.page.title", { title: session.title })}</h2>
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
        editable={can(org.role, "runSessions")}
        onSaved={(reflection) => report.set({ ...report.data, reflection })}
      />
    </div>
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
