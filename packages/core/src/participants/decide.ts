import { type AreaCommand, accept, type CommandRules, reject } from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { getById, hasId } from "../session/id-map.js";

export const participantRules: CommandRules<AreaCommand<"participant">> = {
  // The server issues this on the participant's behalf when it hands out their secret token;
  // the participant id is minted there, so the actor already carries it.
  "participant.join": {
    when: "joinable",
    participantGate: "none",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      if (hasId(state.participants, actor.participantId)) return reject("already_joined");
      return accept(
        eventDraft("participant.joined", {
          participantId: actor.participantId,
          displayName: payload.displayName ?? null,
        }),
      );
    },
  },

  "participant.rename": {
    when: "joinable",
    participantGate: "joined",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      const participant = getById(state.participants, actor.participantId);
      if (participant?.displayName === payload.displayName) return accept();
      return accept(
        eventDraft("participant.renamed", {
          participantId: actor.participantId,
          displayName: payload.displayName,
        }),
      );
    },
  },

  // Acknowledging twice (two taps, two tabs) is no mistake worth an error: it changes nothing.
  "participant.acknowledge_ground_rules": {
    when: "joinable",
    participantGate: "joined",
    decide(state, _command, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      const participant = getById(state.participants, actor.participantId);
      if (participant?.groundRulesAcknowledgedAt) return accept();
      return accept(
        eventDraft("participant.ground_rules_acknowledged", { participantId: actor.participantId }),
      );
    },
  },
};
