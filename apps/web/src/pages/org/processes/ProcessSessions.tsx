import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchProcessSessions } from "../../../api/decision-effects";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { formatDate } from "../../../lib/format";
import { useResource } from "../../../lib/use-resource";

/** The sessions that worked from this process's flow facts; each opens its report. */
export function ProcessSessions({ orgId, processId }: { orgId: string; processId: string }) {
  const { t, i18n } = useTranslation();
  const sessions = useResource(`process-sessions:${processId}`, (signal) =>
    fetchProcessSessions(processId, signal),
  );
  return (
    <section className="card stack" aria-labelledby="process-sessions-title">
      <h2 id="process-sessions-title">{t("flow.process.sessionsTitle")}</h2>
      {sessions.status === "loading" ? (
        <Loading />
      ) : sessions.status === "error" ? (
        <LoadError error={sessions.error} onRetry={sessions.reload} />
      ) : sessions.data.length === 0 ? (
        <p className="empty">{t("flow.process.noSessions")}</p>
      ) : (
        <ul className="stack" data-testid="process-sessions">
          {sessions.data.map((session) => (
            <li key={session.sessionId}>
              <Link
                href={`/orgs/${encodeURIComponent(orgId)}/sessions/${encodeURIComponent(session.sessionId)}/report`}
              >
                {session.title}
              </Link>{" "}
              <span className="muted">· {formatDate(session.firstSharedAt, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
