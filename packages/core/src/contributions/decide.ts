import { type ActingActor, actorRef } from "../session/actor.js";
import {
  type AreaCommand,
  accept,
  type CommandRules,
  type Decision,
  type Refusal,
  reject,
} from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { isAuthor, requireCurrentStep } from "../session/guards.js";
import { getById } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";
import type { Contribution } from "./schema.js";
import { textProblem } from "./text.js";

export const contributionRules: CommandRules<AreaCommand<"contribution">> = {
  "contribution.add": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      // AUTH: facilitators write too (issue 4: they post facts); observers never reach here.
      // VALIDATION
      const step = requireCurrentStep(state);
      if ("ok" in step) return step;
      if (!step.settings.contributionKinds.includes(payload.kind)) {
        return reject("kind_not_allowed");
      }
      const problem = textProblem(payload.text);
      if (problem) return reject(problem);
      if (payload.replyTo !== undefined && !getById(state.contributions, payload.replyTo)) {
        return reject("unknown_contribution");
      }
      if (payload.source !== undefined && payload.kind !== "fact") {
        return reject("source_only_for_facts");
      }
      // RESOLUTION
      return accept(
        eventDraft("contribution.added", {
          contributionId: ctx.newId(),
          stepId: step.id,
          kind: payload.kind,
          text: payload.text,
          author: actorRef(actor),
          replyTo: payload.replyTo ?? null,
          ...(payload.source !== undefined && { source: payload.source }),
        }),
      );
    },
  },

  "contribution.edit": {
    when: "running",
    decide(state, { payload }, actor) {
      const contribution = getById(state.contributions, payload.contributionId);
      const refused = ownChangeRefused(state, contribution, actor);
      if (refused) return refused;
      // An edit must not slip past a facilitator's hiding.
      if (contribution?.moderation) return reject("contribution_not_visible");
      const problem = textProblem(payload.text);
      if (problem) return reject(problem);
      if (contribution?.text === payload.text) return accept();
      return accept(
        eventDraft("contribution.edited", {
          contributionId: payload.contributionId,
          text: payload.text,
        }),
      );
    },
  },

  "contribution.withdraw": {
    when: "running",
    decide(state, { payload }, actor) {
      const contribution = getById(state.contributions, payload.contributionId);
      const refused = ownChangeRefused(state, contribution, actor);
      if (refused) return refused;
      return accept(
        eventDraft("contribution.withdrawn", { contributionId: payload.contributionId }),
      );
    },
  },

  "contribution.hide": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const contribution = getById(state.contributions, payload.contributionId);
      if (contribution === undefined) return reject("unknown_contribution");
      if (contribution.withdrawnAt !== null) return reject("contribution_withdrawn");
      if (contribution.moderation !== null) return reject("already_hidden");
      return accept(
        eventDraft("contribution.hidden", {
          contributionId: contribution.id,
          reason: payload.reason,
        }),
      );
    },
  },

  // Facts are checkable, unlike opinions: marking one disputed tells the room to check it
  // before a decision rests on it.
  "contribution.dispute": {
    when: "running",
    decide(state, { payload }, actor) {
      const fact = factFor(state, actor, payload.contributionId);
      if ("ok" in fact) return fact;
      if (fact.disputed !== undefined) return reject("already_disputed");
      return accept(
        eventDraft("contribution.disputed", {
          contributionId: fact.id,
          ...(payload.note && { note: payload.note }),
        }),
      );
    },
  },

  "contribution.undispute": {
    when: "running",
    decide(state, { payload }, actor) {
      const fact = factFor(state, actor, payload.contributionId);
      if ("ok" in fact) return fact;
      if (fact.disputed === undefined) return reject("not_disputed");
      return accept(eventDraft("contribution.undisputed", { contributionId: fact.id }));
    },
  },

  "contribution.unhide": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const contribution = getById(state.contributions, payload.contributionId);
      if (contribution === undefined) return reject("unknown_contribution");
      if (contribution.moderation === null) return reject("not_hidden");
      return accept(eventDraft("contribution.unhidden", { contributionId: contribution.id }));
    },
  },
};

/**
 * Authors change only their own words, and only while the step they wrote in is current: once
 * the group has moved on, what it worked from stays as it was.
 */
function ownChangeRefused(
  state: SessionState,
  contribution: Contribution | undefined,
  actor: ActingActor,
): Decision | undefined {
  if (contribution === undefined) return reject("unknown_contribution");
  if (!isAuthor(contribution, actor)) return reject("not_your_contribution");
  if (contribution.withdrawnAt !== null) return reject("contribution_withdrawn");
  if (contribution.stepId !== state.currentStepId) return reject("phase_closed");
  return undefined;
}

function factFor(
  state: SessionState,
  actor: ActingActor,
  contributionId: string,
): Contribution | Refusal {
  if (actor.kind !== "facilitator") return reject("not_allowed");
  const contribution = getById(state.contributions, contributionId);
  if (contribution === undefined) return reject("unknown_contribution");
  if (contribution.kind !== "fact") return reject("not_a_fact");
  return contribution;
}
