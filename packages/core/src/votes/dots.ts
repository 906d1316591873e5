import { stepEntry } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";

/** A participant's dots in a step, by target key. The engine and the ballot read the same. */
export function dotsPlaced(
  state: SessionState,
  stepId: string,
  participantId: string,
): Record<string, number> {
  return stepEntry(state.dots, stepId, participantId) ?? {};
}

/**
 * How many more dots the participant may place in the step. A budget lowered mid-step keeps the
 * dots already placed but takes no more, so this never goes below zero.
 */
export function dotsLeft(state: SessionState, stepId: string, participantId: string): number {
  const budget = state.steps[stepId]?.settings.dotVoteBudget ?? 0;
  const used = Object.values(dotsPlaced(state, stepId, participantId)).reduce(
    (sum, dots) => sum + dots,
    0,
  );
  return Math.max(0, budget - used);
}
