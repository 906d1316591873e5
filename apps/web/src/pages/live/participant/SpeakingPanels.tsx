import { currentFloor, type SessionState } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { RunButton } from "../../../forms/RunButton";
import { useCommand } from "../../../live/use-command";
import type { LiveSession } from "../../../live/use-live-session";
import { useParticipantName } from "../../../live/use-participant-name";

interface Props {
  state: SessionState;
  live: LiveSession;
  self: string;
}

/** A speaking round, when one runs: whose turn it is, and "done" or "pass" on one's own. */
export function TurnPanel({ state, live, self }: Props) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const name = useParticipantName(state);
  const floor = currentFloor(state);
  if (!floor) return null;
  const { round, index, turn } = floor;
  const mine = turn.participantId === self;
  return (
    <section className={mine ? "card stack turn turn-mine" : "card stack turn"} aria-live="polite">
      <p className="turn-who">
        {mine
          ? t("participant.yourTurn")
          : t("participant.hasFloor", { name: name(turn.participantId) })}
      </p>
      {mine && (
        <div className="actions">
          <RunButton
            runner={command}
            command={{ type: "round.end_turn", payload: { roundId: round.id, turn: index } }}
            label={t("participant.done")}
          />
          <RunButton
            runner={command}
            command={{ type: "round.pass", payload: { roundId: round.id, turn: index } }}
            label={t("participant.pass")}
            tone="secondary"
          />
        </div>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}

export function HandPanel({ state, live, self }: Props) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const name = useParticipantName(state);
  const position = state.hands.queue.indexOf(self);
  const raised = position >= 0;
  const floor = state.hands.floor;
  return (
    <div className="hand">
      {floor && (
        <p aria-live="polite">
          {floor.participantId === self
            ? t("participant.yourTurn")
            : t("participant.hasFloor", { name: name(floor.participantId) })}
        </p>
      )}
      {raised && (
        <p aria-live="polite">{t("participant.handRaised", { position: position + 1 })}</p>
      )}
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={raised}
        disabled={command.pending}
        onClick={() =>
          void command.run(
            raised ? { type: "hand.lower", payload: {} } : { type: "hand.raise", payload: {} },
          )
        }
      >
        <span aria-hidden="true">✋ </span>
        {raised ? t("participant.lowerHand") : t("participant.raiseHand")}
      </button>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </div>
  );
}
