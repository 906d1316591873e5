import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import type { Contribution } from "../contributions/schema.js";
import { isUnrevealed } from "../session/guards.js";
import { getById } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";

/** The longest name a group may have (`group.create`). */
export const MAX_GROUP_NAME = 80;

/**
 * Suggested groups for a step's reflections, as a facilitator sees them before accepting:
 * derived data, never an event. Accepting one is `group.create` and `group.move_contribution`.
 */
export const groupSuggestionsSchema = z.object({
  stepId: idSchema,
  language: z.string(),
  groups: z.array(
    z.object({
      name: z.string().max(MAX_GROUP_NAME),
      contributionIds: z.array(idSchema),
      /** The contribution most like the rest of its group. */
      centralId: idSchema,
    }),
  ),
  /** Alike no other closely enough: left for the facilitator to place. */
  ungrouped: z.array(idSchema),
});
export type GroupSuggestions = z.infer<typeof groupSuggestionsSchema>;

/** Everyone may read it: written, not withdrawn, not hidden by a moderator. */
function readable(contribution: Contribution): boolean {
  return (
    contribution.text !== undefined &&
    contribution.withdrawnAt === null &&
    contribution.moderation === null
  );
}

/**
 * The reflections a step may still group: those of the steps before it that everyone can read
 * (a silent step's only after its reveal), in none of this step's groups yet. The engine refuses
 * to group the rest, so neither the board nor a suggestion offers them.
 */
export function ungroupedReflections(state: SessionState, stepId: string): Contribution[] {
  const index = state.stepOrder.indexOf(stepId);
  const grouped = new Set<string>();
  for (const groupId of state.groupOrder) {
    const group = state.groups[groupId];
    if (group?.stepId === stepId) for (const id of group.contributionIds) grouped.add(id);
  }
  return state.stepOrder
    .slice(0, Math.max(0, index))
    .filter((earlier) => {
      const step = state.steps[earlier];
      return step !== undefined && !isUnrevealed(step);
    })
    .flatMap((earlier) => state.contributionOrder[earlier] ?? [])
    .flatMap((id) => {
      const contribution = getById(state.contributions, id);
      return contribution?.kind === "reflection" && readable(contribution) && !grouped.has(id)
        ? [contribution]
        : [];
    });
}
