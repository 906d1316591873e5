import {
  type Contribution,
  REACTIONS,
  type Reaction,
  type SessionState,
  type SessionStatus,
  type Timer,
} from "@samspel/core";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock } from "../../lib/format";
import type { LiveStatus } from "../../live/live-connection";
import { useTimerRemaining } from "../../live/use-timer-remaining";
import { participantName } from "../../live/view";

const REACTION_SYMBOLS: Record<Reaction, string> = {
  thumbs_up: "👍",
  heart: "❤️",
  light_bulb: "💡",
  question: "❓",
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`} data-testid="session-status" data-status={status}>
      {t(`live.status.${status}`)}
    </span>
  );
}

export function ConnectionNote({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`connection connection-${status}`} role="status">
      <span className="connection-dot" aria-hidden="true" />
      {t(`live.connection.${status}`)}
    </span>
  );
}

/** Counts down to the timer's end, as every client does, from the server's absolute time. */
export function Countdown({ timer }: { timer: Timer }) {
  const { t } = useTranslation();
  const remaining = useTimerRemaining(timer);
  const text = formatClock(Math.ceil(remaining / 1000));
  return (
    <p className="countdown">
      <span className="muted">{remaining > 0 ? t("live.timeLeft") : t("live.timeUp")}</span>{" "}
      <time className="countdown-time">{text}</time>
    </p>
  );
}

/**
 * The few keys authorLabel reads. Narrower than i18next's TFunction on purpose: checking a call
 * against the whole typed catalogue here runs into TypeScript's instantiation depth limit.
 */
type AuthorWords = (
  key: "live.anonymousAuthor" | "live.facilitatorAuthor" | "live.unnamed",
  options?: { number: number },
) => string;

export function authorLabel(
  state: SessionState,
  contribution: Contribution,
  t: AuthorWords,
): string {
  const author = contribution.author;
  if (!author?.id) return t("live.anonymousAuthor");
  if (author.kind === "facilitator") {
    return state.facilitators[author.id]?.displayName ?? t("live.facilitatorAuthor");
  }
  return participantName(state, author.id, (number) => t("live.unnamed", { number }));
}

interface BoardProps {
  state: SessionState;
  contributions: Contribution[];
  /** The viewer's participant id, to mark their reactions. */
  self?: string | null;
  reactions?: boolean;
  onReact?: (contribution: Contribution, reaction: Reaction) => void;
  /** Extra controls under each visible contribution (votes, hiding). */
  actions?: (contribution: Contribution) => ReactNode;
  /** More to read under each visible contribution's text (a fact's source, its questions). */
  details?: (contribution: Contribution) => ReactNode;
  large?: boolean;
}

/** The live board: every contribution as a card, newest last; announces new ones politely. */
export function ContributionBoard({
  state,
  contributions,
  self = null,
  reactions = false,
  onReact,
  actions,
  details,
  large = false,
}: BoardProps) {
  const { t } = useTranslation();
  const announcement = useNewContributionAnnouncement(contributions);
  return (
    <section aria-label={t("board.label")} className="stack">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {contributions.length === 0 ? (
        <p className="empty">{t("board.empty")}</p>
      ) : (
        <ul className={large ? "board board-large" : "board"} data-testid="contribution-list">
          {contributions.map((contribution) => (
            <li
              key={contribution.id}
              className={contribution.text === undefined ? "note note-hidden" : "note"}
              data-testid="contribution"
            >
              <ContributionBody state={state} contribution={contribution} />
              {contribution.text !== undefined && details?.(contribution)}
              {contribution.text !== undefined && (reactions || actions) && (
                <div className="note-actions">
                  {reactions &&
                    REACTIONS.map((reaction) => {
                      const tally = contribution.reactions[reaction];
                      const count = tally?.count ?? 0;
                      const mine = self !== null && (tally?.by.includes(self) ?? false);
                      const label = t("board.react", {
                        reaction: t(`live.reactions.${reaction}`),
                        count,
                      });
                      return onReact ? (
                        <button
                          key={reaction}
                          type="button"
                          className="reaction"
                          aria-pressed={mine}
                          aria-label={label}
                          title={t(`live.reactions.${reaction}`)}
                          onClick={() => onReact(contribution, reaction)}
                        >
                          <span aria-hidden="true">{REACTION_SYMBOLS[reaction]}</span>
                          {count > 0 && <span aria-hidden="true">{count}</span>}
                        </button>
                      ) : count > 0 ? (
                        <span key={reaction} className="reaction" role="img" aria-label={label}>
                          <span aria-hidden="true">
                            {REACTION_SYMBOLS[reaction]} {count}
                          </span>
                        </span>
                      ) : null;
                    })}
                  {actions?.(contribution)}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ContributionBody({
  state,
  contribution,
}: {
  state: SessionState;
  contribution: Contribution;
}) {
  const { t } = useTranslation();
  if (contribution.text === undefined) {
    return (
      <p className="muted">
        {contribution.moderation
          ? contribution.moderation.reason
            ? t("board.moderatedReason", { reason: contribution.moderation.reason })
            : t("board.moderated")
          : t("board.silentHidden")}
      </p>
    );
  }
  const totalDots = Object.values(contribution.votes).reduce((a, b) => a + b, 0);
  return (
    <>
      <p className="note-text">{contribution.text}</p>
      <p className="note-meta">
        <span className="kind">{t(`live.kinds.${contribution.kind}`)}</span>
        <span>{authorLabel(state, contribution, t)}</span>
        {contribution.mine && <span className="badge">{t("board.mine")}</span>}
        {contribution.moderation && (
          <span className="badge badge-closed">
            {contribution.moderation.reason
              ? t("board.moderatedReason", { reason: contribution.moderation.reason })
              : t("board.moderated")}
          </span>
        )}
        {totalDots > 0 && <span className="dots">{t("board.dots", { count: totalDots })}</span>}
      </p>
    </>
  );
}

/** One sentence about the latest contribution, for the polite live region. */
function useNewContributionAnnouncement(contributions: Contribution[]): string {
  const { t } = useTranslation();
  const seen = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const ids = new Set(contributions.map((c) => c.id));
    if (seen.current === null) {
      seen.current = ids;
      return;
    }
    const fresh = contributions.filter((c) => !seen.current?.has(c.id) && !c.mine);
    seen.current = ids;
    const last = fresh.at(-1);
    if (!last) return;
    setAnnouncement(
      last.text === undefined
        ? t("board.newHidden")
        : t("board.newContribution", { text: last.text }),
    );
  }, [contributions, t]);
  return announcement;
}
