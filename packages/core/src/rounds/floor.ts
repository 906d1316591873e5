import type { Round, SessionState, Turn } from "../session/state.js";

export interface Floor {
  round: Round;
  /** Index of the turn being spoken, the one end_turn and pass must name. */
  index: number;
  turn: Turn;
  /** Who speaks after this turn, if anyone. */
  next: Turn | undefined;
}

/** Who has the floor in the session's active round, if a round is running. */
export function currentFloor(state: SessionState): Floor | undefined {
  const round = state.activeRoundId ? state.rounds[state.activeRoundId] : undefined;
  const index = round?.currentTurn ?? null;
  const turn = round && index !== null ? round.turns[index] : undefined;
  if (!round || index === null || !turn) return undefined;
  return { round, index, turn, next: round.turns[index + 1] };
}
