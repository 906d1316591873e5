import {
  POLL_VOTES,
  type ProposalRound,
  pollTally,
  type SessionState,
  unansweredCount,
} from "@samspel/core";
import { ObjectionFate } from "../../../components/consent/ObjectionFate";
import { PositionCounts } from "../../../components/consent/PositionCounts";
import { PositionTile } from "../../../components/consent/PositionTile";
import { useSessionT } from "../../../components/SessionLanguage";
import { participantName } from "../../../live/view";

/**
 * A proposal round as it fills: one tile per answer, with its reason; names only where the
 * anonymity mode lets the room know them (the observer's view carries no ids otherwise); and how
 * many have not answered yet, which anyone may count.
 */
export function WallRound({ state, round }: { state: SessionState; round: ProposalRound }) {
  const { t } = useSessionT();
  const missing = unansweredCount(round);
  const who = (participantId: string | undefined) =>
    participantId === undefined
      ? null
      : participantName(state, participantId, (number) => t("live.unnamed", { number }));
  return (
    <section className="wall-panel wall-round" aria-labelledby="wall-round">
      <div className="wall-round-head">
        <h2 id="wall-round">{t(`decisions.roundKinds.${round.kind}`)}</h2>
        <p className="wall-round-status" data-testid="wall-unanswered">
          {round.endedAt !== null
            ? t("decisions.wall.roundEnded")
            : missing > 0
              ? t("decisions.notAnswered", { count: missing })
              : t("decisions.wall.allAnswered")}
        </p>
      </div>
      {round.kind === "consent" && (
        <>
          <PositionCounts entries={round.entries} className="wall-counts" />
          {/* A large group's tiles get smaller, so the whole round stays on one screen. */}
          <ul
            className={
              round.entries.length > 10
                ? "position-tiles wall-tiles wall-tiles-many"
                : "position-tiles wall-tiles"
            }
          >
            {round.entries.map((entry) =>
              entry.position ? (
                <PositionTile
                  key={entry.id}
                  position={entry.position}
                  reason={entry.reason}
                  who={who(entry.participantId)}
                >
                  {entry.test && (
                    <ObjectionFate test={entry.test} integratedIn={entry.integratedIn ?? null} />
                  )}
                </PositionTile>
              ) : null,
            )}
          </ul>
        </>
      )}
      {round.kind === "poll" && <PollBars round={round} />}
      {(round.kind === "clarifying" || round.kind === "reactions") && (
        <ul className="wall-list">
          {round.entries.map((entry) =>
            entry.text ? (
              <li key={entry.id}>
                {entry.text}
                {who(entry.participantId) && (
                  <span className="wall-note-author"> · {who(entry.participantId)}</span>
                )}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}

/** A poll's votes as bars against everyone asked, so a thin turnout shows as one. */
function PollBars({ round }: { round: ProposalRound }) {
  const { t } = useSessionT();
  const tally = pollTally(round);
  const asked = Math.max(1, round.order.length);
  return (
    <dl className="wall-poll">
      {POLL_VOTES.map((vote) => (
        <div key={vote} className={`wall-poll-row wall-poll-${vote}`}>
          <dt>{t(`decisions.pollVotes.${vote}`)}</dt>
          <dd>
            <span
              className="wall-bar"
              style={{ inlineSize: `${(tally[vote] / asked) * 100}%` }}
              aria-hidden="true"
            />
            <span className="wall-poll-count">{tally[vote]}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
