import type { Contribution } from "../contributions/schema.js";
import { takingPart } from "../session/guards.js";
import { idMapValues } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";

/**
 * The common interest (seed 001: "steer on the common interest"): the insights everyone taking
 * part agrees with, an agreement being a 👍 on the insight. Counts, not names, so it holds in
 * every anonymity mode.
 */
export function agreedByAll(state: SessionState, insight: Contribution): boolean {
  const everyone = takingPart(state).length;
  return everyone > 0 && (insight.reactions.thumbs_up?.count ?? 0) >= everyone;
}

export function commonGround(state: SessionState): Contribution[] {
  return idMapValues(state.contributions).filter(
    (c) =>
      c.kind === "insight" &&
      c.text !== undefined &&
      c.withdrawnAt === null &&
      c.moderation === null &&
      agreedByAll(state, c),
  );
}
