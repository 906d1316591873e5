import type { AreaEvent, EventHandlers } from "../session/draft.js";

export const participantHandlers: EventHandlers<AreaEvent<"participant">> = {
  "participant.joined"(draft, { payload, at }) {
    const { participantId: id, displayName } = payload;
    draft.put("participants", id, {
      id,
      displayName,
      joinedAt: at,
      groundRulesAcknowledgedAt: null,
    });
    draft.own(draft.state, "participantOrder").push(id);
  },

  "participant.renamed"(draft, { payload }) {
    draft.update("participants", payload.participantId, (participant) => ({
      ...participant,
      displayName: payload.displayName,
    }));
  },

  "participant.ground_rules_acknowledged"(draft, { payload, at }) {
    draft.update("participants", payload.participantId, (participant) => ({
      ...participant,
      groundRulesAcknowledgedAt: at,
    }));
  },
};
