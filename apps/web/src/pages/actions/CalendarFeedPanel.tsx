import type { CalendarFeed } from "@samspel/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createCalendarFeed, fetchCalendarFeed, revokeCalendarFeed } from "../../api/actions";
import { ErrorAlert, SuccessNote } from "../../components/Alert";
import { CopyButton } from "../../components/CopyButton";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { useRun } from "./use-run";

/**
 * The reader's calendar feed. The server keeps only a hash of its secret, so the address is
 * shown once, when made; making another revokes the one before.
 */
export function CalendarFeedPanel() {
  const { t, i18n } = useTranslation();
  const state = useResource("calendar-feed", (signal) => fetchCalendarFeed(signal));
  const [made, setMade] = useState<CalendarFeed | null>(null);
  const [revoked, setRevoked] = useState(false);
  const { pending, failure, run } = useRun();
  const urlRef = useRef<HTMLElement>(null);

  const create = () =>
    run(createCalendarFeed, (feed) => {
      setMade(feed);
      setRevoked(false);
      state.set({ createdAt: feed.createdAt });
    });
  const revoke = () =>
    run(revokeCalendarFeed, () => {
      setMade(null);
      setRevoked(true);
      state.set({ createdAt: null });
    });

  const createdAt = state.status === "ready" ? state.data.createdAt : null;
  return (
    <section className="card stack" aria-labelledby="feed-title" data-testid="calendar-feed">
      <h2 id="feed-title">{t("actions.feed.title")}</h2>
      <p className="muted">{t("actions.feed.intro")}</p>
      {made ? (
        <div className="stack">
          <p className="label">{t("actions.feed.url")}</p>
          <code className="feed-url break" ref={urlRef} data-testid="feed-url">
            {made.url}
          </code>
          <div className="actions">
            <CopyButton text={made.url} source={urlRef} />
            <a className="button button-secondary" href={made.webcalUrl}>
              {t("actions.feed.subscribe")}
            </a>
          </div>
          <p className="field-hint">{t("actions.feed.secret")}</p>
        </div>
      ) : createdAt ? (
        <p>{t("actions.feed.active", { date: formatDateTime(createdAt, i18n.language) })}</p>
      ) : (
        state.status === "ready" && <p>{t("actions.feed.none")}</p>
      )}
      {revoked && <SuccessNote>{t("actions.feed.revoked")}</SuccessNote>}
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
      {state.status === "ready" && (
        <div className="actions">
          <button
            type="button"
            className={createdAt ? "button button-secondary" : "button button-primary"}
            disabled={pending}
            onClick={() => void create()}
          >
            {createdAt ? t("actions.feed.regenerate") : t("actions.feed.create")}
          </button>
          {createdAt && (
            <button
              type="button"
              className="button button-quiet"
              disabled={pending}
              onClick={() => void revoke()}
            >
              {t("actions.feed.revoke")}
            </button>
          )}
        </div>
      )}
      {createdAt && <p className="field-hint">{t("actions.feed.regenerateHint")}</p>}
    </section>
  );
}
