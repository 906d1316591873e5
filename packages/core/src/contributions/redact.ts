import type { Viewer } from "../session/actor.js";
import { isUnrevealed } from "../session/guards.js";
import type { SessionState } from "../session/state.js";
import { seesIdentities, selfOf } from "../session/viewer.js";
import type { Contribution, ReactionTally } from "./schema.js";

/**
 * One contribution as `viewer` may see it in `state`:
 * - its text only for facilitators and its author while it sits in an unrevealed silent step
 *   (everyone else sees `hidden: true`) or is hidden by a facilitator (the reason too);
 * - its participant author only where the anonymity mode allows, else at most `mine: true` for
 *   the author's own view; a facilitator author is always named;
 * - its reactors only where the mode allows (the viewer still sees their own).
 */
export function redactContribution(
  contribution: Contribution,
  viewer: Viewer,
  state: SessionState,
): Contribution {
  const {
    text,
    source,
    author,
    mine: _mine,
    hidden: _hidden,
    moderation,
    reactions,
    ...rest
  } = contribution;
  const self = selfOf(viewer);
  const mine = self !== undefined && author?.kind === "participant" && author.id === self;
  const privileged = viewer.class === "facilitator" || mine;
  const unrevealed = isUnrevealed(state.steps[contribution.stepId]);
  const withheld = !privileged && (unrevealed || moderation !== null);
  const sees = seesIdentities(viewer, state.anonymity);
  const named = author !== undefined && !withheld && (author.kind === "facilitator" || sees);
  return {
    ...rest,
    ...(text !== undefined && !withheld && { text }),
    ...(source !== undefined && !withheld && { source }),
    ...(named && { author }),
    ...(mine && { mine: true as const }),
    ...(!privileged && unrevealed && { hidden: true as const }),
    moderation: moderation && !privileged ? { at: moderation.at } : moderation,
    reactions: sees ? reactions : reactionsSeenBy(reactions, self),
  };
}

function reactionsSeenBy(
  reactions: Contribution["reactions"],
  self: string | undefined,
): Contribution["reactions"] {
  const seen: Contribution["reactions"] = {};
  for (const [reaction, tally] of Object.entries(reactions) as [
    keyof Contribution["reactions"],
    ReactionTally,
  ][]) {
    seen[reaction] = { count: tally.count, by: tally.by.filter((id) => id === self) };
  }
  return seen;
}
