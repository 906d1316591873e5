import type { AreaEvent, Draft, EventHandlers } from "../session/draft.js";
import type { EventOf } from "../session/events.js";
import { emptyIdMap, getById } from "../session/id-map.js";

export const voteHandlers: EventHandlers<AreaEvent<"vote">> = {
  "vote.recorded": (draft, event) => countDot(draft, event, +1),
  "vote.retracted": (draft, event) => countDot(draft, event, -1),
};

/** Adds `delta` to a per-step count, dropping it at zero so that equal votes are equal JSON. */
function addTo(counts: Record<string, number>, key: string, delta: number): Record<string, number> {
  const next = { ...counts };
  const count = Math.max(0, (next[key] ?? 0) + delta);
  if (count === 0) delete next[key];
  else next[key] = count;
  return next;
}

/**
 * The total on the target is known to all; the voter's own tally only where the event names
 * them (the viewer may know who voted).
 */
function countDot(
  draft: Draft,
  { payload }: EventOf<"vote.recorded" | "vote.retracted">,
  delta: 1 | -1,
): void {
  const { stepId, target, participantId } = payload;
  if (target.kind === "contribution") {
    draft.update("contributions", target.id, (contribution) => ({
      ...contribution,
      votes: addTo(contribution.votes, stepId, delta),
    }));
  } else {
    const groups = draft.own(draft.state, "groups");
    const group = groups[target.id];
    if (group !== undefined)
      groups[group.id] = { ...group, votes: addTo(group.votes, stepId, delta) };
  }
  if (participantId === undefined) return;
  const dots = draft.own(draft.state, "dots");
  if (dots[stepId] === undefined) dots[stepId] = emptyIdMap();
  const byParticipant = draft.own(dots, stepId);
  draft.putIn(
    byParticipant,
    participantId,
    addTo(getById(byParticipant, participantId) ?? {}, target.id, delta),
  );
}
