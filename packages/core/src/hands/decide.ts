import { type AreaCommand, accept, type CommandRules, reject } from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { hasId } from "../session/id-map.js";

/** Hand raising: a first-come queue; the facilitator gives the floor, one person at a time. */
export const handRules: CommandRules<AreaCommand<"hand">> = {
  "hand.raise": {
    when: "running",
    decide(state, _command, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      if (state.hands.queue.includes(actor.participantId)) return reject("hand_already_raised");
      return accept(eventDraft("hand.raised", { participantId: actor.participantId }));
    },
  },

  "hand.lower": {
    when: "running",
    decide(state, { payload }, actor) {
      // A participant lowers their own hand; a facilitator names whose ("that is answered").
      let participantId: string | undefined;
      if (actor.kind === "participant") {
        if (payload.participantId !== undefined && payload.participantId !== actor.participantId) {
          return reject("not_allowed");
        }
        participantId = actor.participantId;
      } else {
        participantId = payload.participantId;
        if (participantId === undefined) return reject("unknown_participant");
      }
      if (!state.hands.queue.includes(participantId)) return reject("hand_not_raised");
      return accept(eventDraft("hand.lowered", { participantId }));
    },
  },

  "hand.give_floor": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      // A facilitator may also call on someone whose hand is not up.
      const participantId = payload.participantId ?? state.hands.queue[0];
      if (participantId === undefined) return reject("queue_empty");
      if (!hasId(state.participants, participantId)) return reject("unknown_participant");
      return accept(eventDraft("hand.floor_given", { participantId }));
    },
  },

  "hand.end_floor": {
    when: "running",
    decide(state, _command, actor) {
      const floor = state.hands.floor;
      if (floor === null) return reject("no_floor");
      if (actor.kind === "participant" && actor.participantId !== floor.participantId) {
        return reject("not_allowed");
      }
      return accept(eventDraft("hand.floor_ended", { participantId: floor.participantId }));
    },
  },

  "hand.clear": {
    when: "running",
    decide(state, _command, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      return state.hands.queue.length === 0
        ? accept()
        : accept(eventDraft("hand.queue_cleared", {}));
    },
  },
};
