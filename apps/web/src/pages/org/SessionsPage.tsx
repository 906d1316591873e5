import type { SessionSummary } from "@samspel/core";
import {
  ANONYMITY_MODES,
  type AnonymityMode,
  can,
  LOCALES,
  type Locale,
  type Organisation,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { createSession, fetchSessions } from "../../api/sessions";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { Field } from "../../forms/Field";
import { SelectField } from "../../forms/SelectField";
import { SubmitButton } from "../../forms/SubmitButton";
import { TextAreaField } from "../../forms/TextAreaField";
import { LANGUAGE_NAMES } from "../../i18n/resources";
import { errorMessage } from "../../lib/error-message";
import { useResource } from "../../lib/use-resource";
import { OrgLayout } from "./OrgLayout";

export function SessionsPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="sessions">
      {(org) => <Sessions org={org} />}
    </OrgLayout>
  );
}

const sessionPath = (orgId: string, sessionId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/sessions/${encodeURIComponent(sessionId)}`;

function Sessions({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const sessions = useResource(`sessions:${org.id}`, (signal) => fetchSessions(org.id, signal));
  return (
    <div className="stack-lg">
      <p>{t("sessions.intro")}</p>
      {can(org.role, "runSessions") && (
        <>
          <p>
            <Link href={`/orgs/${encodeURIComponent(org.id)}/sessions/design`}>
              {t("methods.agenda.link")}
            </Link>
          </p>
          <CreateSessionForm orgId={org.id} />
        </>
      )}
      {sessions.status === "loading" ? (
        <Loading />
      ) : sessions.status === "error" ? (
        <LoadError error={sessions.error} onRetry={sessions.reload} />
      ) : sessions.data.length === 0 ? (
        <p className="empty">{t("sessions.empty")}</p>
      ) : (
        <ul className="session-list">
          {sessions.data.map((session) => (
            <SessionRow
              key={session.id}
              orgId={org.id}
              session={session}
              canPrepare={can(org.role, "runSessions")}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function SessionRow({
  orgId,
  session,
  canPrepare,
}: {
  orgId: string;
  session: SessionSummary;
  canPrepare: boolean;
}) {
  const { t } = useTranslation();
  const status = (["draft", "open", "running", "closed"] as const).find(
    (s) => s === session.status,
  );
  return (
    <li className="card session-row">
      <div>
        <Link href={sessionPath(orgId, session.id)}>
          <strong>{session.title}</strong>
        </Link>
        <p className="muted">
          {t("sessions.code", { code: session.joinCode })} ·{" "}
          {t("sessions.participants", { count: session.participantCount })}
        </p>
      </div>
      <div className="actions">
        {canPrepare && (
          <Link
            className="button button-secondary"
            href={`${sessionPath(orgId, session.id)}/prepare`}
          >
            {t("preparation.link")}
          </Link>
        )}
        {status && <span className={`badge badge-${status}`}>{t(`live.status.${status}`)}</span>}
      </div>
    </li>
  );
}

function CreateSessionForm({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [titleError, setTitleError] = useState<string | undefined>();
  const current = LOCALES.find((locale) => locale === i18n.language) ?? "en";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value.trim() : "";
    };
    const title = text("title");
    if (!title) {
      setTitleError(t("validation.required"));
      return;
    }
    setTitleError(undefined);
    setPending(true);
    setFailure(null);
    try {
      const created = await createSession(orgId, {
        title,
        question: text("question"),
        language: (LOCALES.find((locale) => locale === text("language")) ?? current) as Locale,
        anonymity: (ANONYMITY_MODES.find((mode) => mode === text("anonymity")) ??
          "named") as AnonymityMode,
        // One rule per line: how people write a list of rules on a flip chart.
        groundRules: text("groundRules")
          .split("\n")
          .map((rule) => rule.trim())
          .filter((rule) => rule.length > 0),
      });
      navigate(sessionPath(orgId, created.id));
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="new-session-title">
      <h2 id="new-session-title">{t("sessions.newTitle")}</h2>
      <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
        <Field
          name="title"
          label={t("sessions.titleField")}
          maxLength={200}
          required
          error={titleError}
        />
        <Field
          name="question"
          label={t("sessions.question")}
          hint={t("sessions.questionHint")}
          maxLength={1000}
        />
        <SelectField name="language" label={t("sessions.language")} defaultValue={current}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField name="anonymity" label={t("sessions.anonymity")} defaultValue="named">
          {ANONYMITY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`live.anonymity.${mode}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          name="groundRules"
          label={t("sessions.groundRules")}
          hint={t("sessions.groundRulesHint")}
          rows={4}
          maxLength={6000}
        />
        <div className="actions">
          <SubmitButton
            pending={pending}
            label={t("sessions.submit")}
            pendingLabel={t("sessions.submitting")}
          />
        </div>
      </form>
    </section>
  );
}
