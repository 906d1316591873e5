import type { AreaEvent, EventHandlers } from "../session/draft.js";

export const handHandlers: EventHandlers<AreaEvent<"hand">> = {
  "hand.raised"(draft, { payload }) {
    const hands = draft.own(draft.state, "hands");
    draft.own(hands, "queue").push(payload.participantId);
  },

  "hand.lowered"(draft, { payload }) {
    const hands = draft.own(draft.state, "hands");
    hands.queue = hands.queue.filter((id) => id !== payload.participantId);
  },

  // Given the floor, a hand is answered: it leaves the queue. Floor time runs from here to
  // the next floor event, both from event times.
  "hand.floor_given"(draft, { payload, at }) {
    const hands = draft.own(draft.state, "hands");
    hands.queue = hands.queue.filter((id) => id !== payload.participantId);
    hands.floor = { participantId: payload.participantId, since: at };
  },

  "hand.floor_ended"(draft) {
    draft.own(draft.state, "hands").floor = null;
  },

  "hand.queue_cleared"(draft) {
    draft.own(draft.state, "hands").queue = [];
  },
};
