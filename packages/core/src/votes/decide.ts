import { type AreaCommand, accept, type CommandRules, reject } from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { invisibility, requireCurrentStep } from "../session/guards.js";
import { dotsLeft, dotsPlaced } from "./dots.js";

/**
 * Dot voting: each participant places up to the step's budget of dots, several on one target if
 * they like, and may take dots back. Facilitators do not vote: they hold the process, not a view.
 */
export const voteRules: CommandRules<AreaCommand<"vote">> = {
  "vote.cast": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      const step = requireCurrentStep(state);
      if ("ok" in step) return step;
      const budget = step.settings.dotVoteBudget;
      if (budget === 0) return reject("voting_off");
      const { target } = payload;
      if (target.kind === "group" && state.groups[target.id] === undefined) {
        return reject("unknown_group");
      }
      const hidden = target.kind === "contribution" && invisibility(state, target.id);
      if (hidden) return reject(hidden);
      if (dotsLeft(state, step.id, actor.participantId) === 0) {
        return reject("vote_budget_exhausted");
      }
      return accept(
        eventDraft("vote.recorded", {
          stepId: step.id,
          target,
          participantId: actor.participantId,
        }),
      );
    },
  },

  // Taking a dot back needs only that it is there: also from a target since withdrawn or
  // hidden, so nobody's budget stays stuck on something no longer on the board.
  "vote.retract": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      const step = requireCurrentStep(state);
      if ("ok" in step) return step;
      const { target } = payload;
      if ((dotsPlaced(state, step.id, actor.participantId)[target.id] ?? 0) === 0) {
        return reject("no_vote_to_retract");
      }
      return accept(
        eventDraft("vote.retracted", {
          stepId: step.id,
          target,
          participantId: actor.participantId,
        }),
      );
    },
  },
};
