import { can, publicDecisionPath } from "@samspel/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchPublicLink, setPublicLink } from "../../api/decisions";
import { ErrorAlert } from "../../components/Alert";
import { CopyButton } from "../../components/CopyButton";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { useMe } from "../../session/session-context";

/**
 * The decision's public read-only link, for members who manage decisions: off by default; on,
 * it shows the link to copy. Off again, the link is dead for good (a new one comes next time).
 */
export function PublicLinkPanel({
  decisionId,
  organisationId,
}: {
  decisionId: string;
  organisationId: string;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const role = me.organisations.find((org) => org.id === organisationId)?.role;
  const manager = role !== undefined && can(role, "manageDecisions");
  const link = useResource(`public-link:${decisionId}`, (signal) =>
    manager ? fetchPublicLink(decisionId, signal) : Promise.resolve(null),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shown = useRef<HTMLAnchorElement>(null);
  if (!manager || link.status !== "ready" || link.data === null) return null;
  const { token, enabledAt } = link.data;
  const url = token ? new URL(publicDecisionPath(token), window.location.origin).href : null;

  const turn = async (enabled: boolean) => {
    setBusy(true);
    setError(null);
    try {
      link.set(await setPublicLink(decisionId, enabled));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="card stack no-print record-status"
      aria-labelledby="public-link-title"
      data-testid="public-link"
    >
      <h2 id="public-link-title">{t("decisions.publicLink.title")}</h2>
      <p className="muted">{t("decisions.publicLink.intro")}</p>
      {url && enabledAt ? (
        <>
          <p>{t("decisions.publicLink.on", { date: formatDateTime(enabledAt, i18n.language) })}</p>
          <p className="actions">
            <a href={url} className="public-link-url" ref={shown} data-testid="public-link-url">
              {url}
            </a>
            <CopyButton text={url} source={shown} />
          </p>
        </>
      ) : (
        <p>{t("decisions.publicLink.off")}</p>
      )}
      {error !== null && <ErrorAlert>{errorMessage(error, t)}</ErrorAlert>}
      <div>
        <button
          type="button"
          className={token ? "button button-secondary" : "button"}
          disabled={busy}
          onClick={() => void turn(token === null)}
        >
          {token ? t("decisions.publicLink.disable") : t("decisions.publicLink.enable")}
        </button>
      </div>
    </section>
  );
}
