import type { AreaEvent, EventHandlers } from "../session/draft.js";

export const roundHandlers: EventHandlers<AreaEvent<"round">> = {
  // The first speaker has the floor from the moment the round starts.
  "round.started"(draft, { payload, at }) {
    const { roundId: id, stepId, participantIds, turnSeconds } = payload;
    draft.own(draft.state, "rounds")[id] = {
      id,
      stepId,
      turnSeconds,
      startedAt: at,
      endedAt: null,
      endReason: null,
      turns: participantIds.map((participantId, index) => ({
        participantId,
        startedAt: index === 0 ? at : null,
        endedAt: null,
        outcome: null,
      })),
      currentTurn: 0,
    };
    draft.own(draft.state, "roundOrder").push(id);
    draft.state.activeRoundId = id;
  },

  // One event ends a turn and starts the next, so talk times add up with no gap between them.
  "round.turn_ended"(draft, { payload, at }) {
    const rounds = draft.own(draft.state, "rounds");
    if (rounds[payload.roundId] === undefined) return;
    const round = draft.own(rounds, payload.roundId);
    const turns = draft.own(round, "turns");
    const ending = turns[payload.turn];
    if (ending === undefined) return;
    turns[payload.turn] = { ...ending, endedAt: at, outcome: payload.outcome };
    const next = turns[payload.turn + 1];
    if (next !== undefined) turns[payload.turn + 1] = { ...next, startedAt: at };
    round.currentTurn = next === undefined ? null : payload.turn + 1;
  },

  "round.ended"(draft, { payload, at }) {
    const rounds = draft.own(draft.state, "rounds");
    if (rounds[payload.roundId] === undefined) return;
    const round = draft.own(rounds, payload.roundId);
    const speaking = round.currentTurn === null ? undefined : round.turns[round.currentTurn];
    if (round.currentTurn !== null && speaking !== undefined) {
      draft.own(round, "turns")[round.currentTurn] = {
        ...speaking,
        endedAt: at,
        outcome: "interrupted",
      };
    }
    Object.assign(round, { currentTurn: null, endedAt: at, endReason: payload.reason });
    if (draft.state.activeRoundId === round.id) draft.state.activeRoundId = null;
  },
};
