import { type AreaCommand, accept, type CommandRules, reject } from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { invisibility, requireCurrentStep } from "../session/guards.js";
import { getById } from "../session/id-map.js";

export const reactionRules: CommandRules<AreaCommand<"reaction">> = {
  "reaction.toggle": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      const step = requireCurrentStep(state);
      if ("ok" in step) return step;
      if (!step.settings.reactions) return reject("reactions_off");
      const hidden = invisibility(state, payload.contributionId);
      if (hidden) return reject(hidden);
      const tally = getById(state.contributions, payload.contributionId)?.reactions[
        payload.reaction
      ];
      const reacted = tally?.by.includes(actor.participantId) ?? false;
      return accept(
        eventDraft(reacted ? "reaction.removed" : "reaction.added", {
          ...payload,
          participantId: actor.participantId,
        }),
      );
    },
  },
};
