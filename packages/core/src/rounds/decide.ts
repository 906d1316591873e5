import type { ActingActor } from "../session/actor.js";
import {
  type AreaCommand,
  accept,
  type CommandRules,
  type Decision,
  reject,
} from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { takingPart } from "../session/guards.js";
import { hasId } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";

export const roundRules: CommandRules<AreaCommand<"round">> = {
  "round.start": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      if (state.activeRoundId !== null) return reject("round_in_progress");
      // Core knows nothing of connections: the server may pass who is present, in any order.
      const given = payload.participantIds;
      if (given?.some((id) => !hasId(state.participants, id))) return reject("unknown_participant");
      const participantIds = given ?? takingPart(state);
      if (participantIds.length === 0) return reject("round_empty");
      return accept(
        eventDraft("round.started", {
          roundId: ctx.newId(),
          stepId: state.currentStepId,
          participantIds,
          turnSeconds: payload.turnSeconds ?? null,
        }),
      );
    },
  },

  "round.end_turn": {
    when: "running",
    decide: (state, { payload }, actor) => endTurn(state, actor, payload, "spoke"),
  },

  // Passing is a turn too: the round records that the person was asked and chose not to speak.
  "round.pass": {
    when: "running",
    decide: (state, { payload }, actor) => endTurn(state, actor, payload, "passed"),
  },

  "round.end": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      if (state.activeRoundId !== payload.roundId) return reject("round_not_active");
      return accept(
        eventDraft("round.ended", { roundId: payload.roundId, reason: "ended_by_facilitator" }),
      );
    },
  },
};

/** The speaker ends their own turn; a facilitator may end anyone's (time is up, or absent). */
function endTurn(
  state: SessionState,
  actor: ActingActor,
  { roundId, turn }: { roundId: string; turn: number },
  outcome: "spoke" | "passed",
): Decision {
  const round = state.activeRoundId === roundId ? state.rounds[roundId] : undefined;
  if (round === undefined) return reject("round_not_active");
  const speaker = round.turns[turn];
  if (round.currentTurn !== turn || speaker === undefined) return reject("not_current_turn");
  if (actor.kind === "participant" && actor.participantId !== speaker.participantId) {
    return reject("not_your_turn");
  }
  const ended = eventDraft("round.turn_ended", {
    roundId,
    turn,
    participantId: speaker.participantId,
    outcome,
  });
  const last = turn === round.turns.length - 1;
  return last
    ? accept(ended, eventDraft("round.ended", { roundId, reason: "completed" }))
    : accept(ended);
}
