import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchFacilitatedSessions } from "../../api/sessions";
import { LoadError } from "../../components/LoadError";
import { useResource } from "../../lib/use-resource";

/**
 * The sessions a booking sent you to run in another organisation: their console and report are
 * the only pages of that organisation you may open, so this list is how you find them. Hidden
 * while there are none.
 */
export function FacilitatingPanel() {
  const { t } = useTranslation();
  const granted = useResource("facilitated-sessions", (signal) => fetchFacilitatedSessions(signal));
  if (granted.status === "loading") return null;
  if (granted.status === "error")
    return <LoadError error={granted.error} onRetry={granted.reload} />;
  if (granted.data.sessions.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="facilitating-title" data-testid="facilitating">
      <h2 id="facilitating-title">{t("training.facilitating.title")}</h2>
      <p className="muted">{t("training.facilitating.intro")}</p>
      <ul className="plain-list stack">
        {granted.data.sessions.map((session) => {
          const sessionPath = `/orgs/${encodeURIComponent(session.organisationId)}/sessions/${encodeURIComponent(session.sessionId)}`;
          return (
            <li key={session.sessionId} className="card session-row">
              <div>
                <p>
                  <strong>{session.title}</strong> · {session.organisationName}
                </p>
                <p className="muted">{t(`training.facilitating.role.${session.role}`)}</p>
              </div>
              <div className="actions">
                {/* As in the console: the report is worth reading once the session has closed. */}
                {session.status === "closed" && (
                  <Link className="button button-secondary" href={`${sessionPath}/report`}>
                    {t("report.page.link")}
                  </Link>
                )}
                <Link className="button button-primary" href={sessionPath}>
                  {t("training.facilitating.open")}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
