import {
  notYetAnswered,
  POLL_VOTES,
  type ProposalRound,
  pollTally,
  type RoundEntry,
  type SessionState,
  unansweredCount,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { useParticipantName } from "../../../live/use-participant-name";

interface RoundViewProps {
  state: SessionState;
  round: ProposalRound;
  /** Whether this viewer may know who answered what (the session's anonymity mode). */
  seesNames: boolean;
  /** The viewer's participant id, to mark their own answer. */
  self?: string | undefined;
  /** Off where the round is already named above (the phone's answer panel). */
  heading?: boolean;
}

/** A proposal round as it fills: who is still to answer, and each answer as it arrives. */
export function RoundView({ state, round, seesNames, self, heading = true }: RoundViewProps) {
  const { t } = useTranslation();
  const open = round.endedAt === null;
  return (
    <div className="stack round-view" data-testid="round-view" data-kind={round.kind}>
      {heading && (
        <p className="round-head">
          <strong>{t(`consent.roundKinds.${round.kind}`)}</strong>{" "}
          <span className="muted">
            · {t("consent.proposal.version", { version: round.version })} ·{" "}
            {open ? t("consent.round.open") : t("consent.round.ended")}
          </span>
        </p>
      )}
      {open && <StillToAnswer state={state} round={round} seesNames={seesNames} />}
      {round.kind === "poll" && <PollTallyLine round={round} />}
      {round.entries.length > 0 && (
        <ol className="entries" data-testid="round-entries" aria-live="polite">
          {round.entries.map((entry) => (
            <EntryRow key={entry.id} state={state} round={round} entry={entry} self={self} />
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * At a glance, who has not answered: names where the anonymity mode lets this viewer know who
 * answered, otherwise only how many (the count is known to all in every mode).
 */
function StillToAnswer({ state, round, seesNames }: Omit<RoundViewProps, "self" | "heading">) {
  const { t } = useTranslation();
  const name = useParticipantName(state);
  const waiting = unansweredCount(round);
  const answered = round.order.length - waiting;
  return (
    <div className="still-to-answer" data-testid="still-to-answer" data-count={waiting}>
      <p>
        {t("consent.round.progress", { answered, total: round.order.length })}
        {waiting > 0 && !seesNames && <> · {t("consent.round.waitingCount", { count: waiting })}</>}
      </p>
      {waiting > 0 && seesNames && (
        <p>
          <span className="muted">{t("consent.round.waitingFor")}</span>{" "}
          {notYetAnswered(round).map(name).join(", ")}
        </p>
      )}
    </div>
  );
}

function PollTallyLine({ round }: { round: ProposalRound }) {
  const { t } = useTranslation();
  const tally = pollTally(round);
  return (
    <p className="poll-tally" data-testid="poll-tally">
      {POLL_VOTES.map((vote) => `${t(`consent.votes.${vote}`)}: ${tally[vote]}`).join(" · ")}
    </p>
  );
}

function EntryRow({
  state,
  round,
  entry,
  self,
}: {
  state: SessionState;
  round: ProposalRound;
  entry: RoundEntry;
  self: string | undefined;
}) {
  const { t } = useTranslation();
  const name = useParticipantName(state);
  const who =
    entry.participantId === undefined
      ? t("live.anonymousAuthor")
      : entry.participantId === self
        ? t("consent.round.you")
        : name(entry.participantId);
  const passed = (round.kind === "clarifying" || round.kind === "reactions") && !entry.text;
  return (
    <li className="entry" data-testid="round-entry" data-position={entry.position}>
      <p className="entry-head">
        <strong>{who}</strong>
        {entry.position && (
          <span className={`badge position position-${entry.position}`}>
            {t(`consent.positions.${entry.position}.title`)}
          </span>
        )}
        {entry.vote && <span className="badge">{t(`consent.votes.${entry.vote}`)}</span>}
        {passed && <span className="muted">{t("consent.round.passed")}</span>}
        {entry.late && <span className="muted">{t("consent.round.late")}</span>}
      </p>
      {entry.text && <p className="entry-text">{entry.text}</p>}
      {entry.reason && <p className="entry-text">{entry.reason}</p>}
      {entry.test && (
        <p className="entry-test" data-testid="objection-test" data-outcome={entry.test.outcome}>
          <span className={`badge outcome-${entry.test.outcome}`}>
            {t(`consent.outcomes.${entry.test.outcome}.title`)}
          </span>{" "}
          {entry.test.rationale}
        </p>
      )}
      {entry.integratedIn !== undefined && (
        <p className="muted">{t("consent.round.integratedIn", { version: entry.integratedIn })}</p>
      )}
    </li>
  );
}
