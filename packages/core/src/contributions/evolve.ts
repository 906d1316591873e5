import type { AreaEvent, EventHandlers } from "../session/draft.js";
import type { EventOf } from "../session/events.js";
import { applyDisclosures } from "./disclosure.js";
import type { Contribution } from "./schema.js";

/** A contribution as `contribution.added` brings it (also used to redact that event). */
export function newContribution({ payload, at }: EventOf<"contribution.added">): Contribution {
  const { contributionId: id, ...content } = payload;
  return {
    id,
    ...content,
    createdAt: at,
    editedAt: null,
    withdrawnAt: null,
    moderation: null,
    groupId: null,
    votes: {},
    reactions: {},
  };
}

export const contributionHandlers: EventHandlers<
  Exclude<AreaEvent<"contribution">, "contribution.grouped">
> = {
  "contribution.added"(draft, event) {
    const contribution = newContribution(event);
    const { id, stepId } = contribution;
    draft.put("contributions", id, contribution);
    const order = draft.own(draft.state, "contributionOrder");
    if (order[stepId] === undefined) order[stepId] = [id];
    else draft.own(order, stepId).push(id);
  },

  "contribution.edited"(draft, { payload, at }) {
    draft.update("contributions", payload.contributionId, (contribution) => ({
      ...contribution,
      ...(payload.text !== undefined && { text: payload.text }),
      editedAt: at,
    }));
  },

  // The words leave the state; the log keeps them for the audit trail.
  "contribution.withdrawn"(draft, { payload, at }) {
    draft.update(
      "contributions",
      payload.contributionId,
      ({ text: _text, source: _source, ...contribution }) => ({ ...contribution, withdrawnAt: at }),
    );
  },

  "contribution.hidden"(draft, { payload, at }) {
    const moderation = { at, ...(payload.reason !== undefined && { reason: payload.reason }) };
    draft.update("contributions", payload.contributionId, (contribution) => ({
      ...contribution,
      moderation,
    }));
    applyDisclosures(draft, payload.disclosures);
  },

  "contribution.disputed"(draft, { payload, at }) {
    const disputed = { at, ...(payload.note !== undefined && { note: payload.note }) };
    draft.update("contributions", payload.contributionId, (contribution) => ({
      ...contribution,
      disputed,
    }));
  },

  "contribution.undisputed"(draft, { payload }) {
    draft.update(
      "contributions",
      payload.contributionId,
      ({ disputed: _disputed, ...rest }) => rest,
    );
  },

  "contribution.unhidden"(draft, { payload }) {
    draft.update("contributions", payload.contributionId, (contribution) => ({
      ...contribution,
      moderation: null,
    }));
    applyDisclosures(draft, payload.disclosures);
  },
};
