import type { AreaEvent, Draft, EventHandlers } from "../session/draft.js";
import type { EventOf } from "../session/events.js";

export const reactionHandlers: EventHandlers<AreaEvent<"reaction">> = {
  "reaction.added": (draft, event) => tallyReaction(draft, event, +1),
  "reaction.removed": (draft, event) => tallyReaction(draft, event, -1),
};

/**
 * Counts every reaction; names the reactor only when the event does (the viewer may know). A
 * tally that falls to zero disappears, so every view of the same reactions is the same JSON.
 */
function tallyReaction(
  draft: Draft,
  { payload }: EventOf<"reaction.added" | "reaction.removed">,
  delta: 1 | -1,
): void {
  const { contributionId, reaction, participantId } = payload;
  draft.update("contributions", contributionId, (contribution) => {
    const tally = contribution.reactions[reaction] ?? { count: 0, by: [] };
    const count = Math.max(0, tally.count + delta);
    const others = tally.by.filter((id) => id !== participantId);
    const by = participantId !== undefined && delta > 0 ? [...others, participantId] : others;
    const reactions = { ...contribution.reactions };
    if (count === 0) delete reactions[reaction];
    else reactions[reaction] = { count, by };
    return { ...contribution, reactions };
  });
}
