import { type AreaCommand, accept, type CommandRules, reject } from "../session/decision.js";
import { eventDraft, type SessionEventDraft } from "../session/events.js";
import type { Step } from "../session/state.js";
import { changeStep, defineStep } from "./definition.js";
import { MAX_STEPS, type StepDefinition } from "./schema.js";

export const stepRules: CommandRules<AreaCommand<"step">> = {
  "step.add": {
    when: "created",
    decide(state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      if (state.stepOrder.length >= MAX_STEPS) return reject("too_many_steps");
      const index = Math.min(payload.index ?? state.stepOrder.length, state.stepOrder.length);
      return accept(
        eventDraft("step.added", { step: defineStep(ctx.newId(), payload.step), index }),
      );
    },
  },

  "step.update": {
    when: "created",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const step = state.steps[payload.stepId];
      if (step === undefined) return reject("unknown_step");
      const changed = changeStep(definitionOf(step), payload.changes);
      // Turning silence on or off once people have written would expose or bury what they
      // wrote under the other promise; reveal is the way to end a silent step.
      if (step.startedAt !== null && changed.settings.silent !== step.settings.silent) {
        return reject("step_already_started");
      }
      return accept(eventDraft("step.updated", { step: changed }));
    },
  },

  "step.remove": {
    when: "created",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const step = state.steps[payload.stepId];
      if (step === undefined) return reject("unknown_step");
      // A started step may hold contributions, votes and rounds: the record keeps it.
      if (step.startedAt !== null) return reject("step_already_started");
      return accept(eventDraft("step.removed", { stepId: step.id }));
    },
  },

  "step.move": {
    when: "created",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      if (state.steps[payload.stepId] === undefined) return reject("unknown_step");
      const index = Math.min(payload.index, state.stepOrder.length - 1);
      return accept(eventDraft("step.moved", { stepId: payload.stepId, index }));
    },
  },

  "step.start": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      if (state.steps[payload.stepId] === undefined) return reject("unknown_step");
      if (state.currentStepId === payload.stepId) return accept();
      // A round belongs to its step: the facilitator ends it before moving on.
      if (state.activeRoundId !== null) return reject("round_in_progress");
      const events: SessionEventDraft[] = [];
      if (state.timer !== null) events.push(eventDraft("timer.stopped", {}));
      events.push(eventDraft("step.started", { stepId: payload.stepId }));
      return accept(...events);
    },
  },

  "step.reveal": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const step = state.steps[payload.stepId];
      if (step === undefined) return reject("unknown_step");
      if (!step.settings.silent) return reject("step_not_silent");
      if (step.revealedAt !== null) return reject("step_already_revealed");
      return accept(eventDraft("step.revealed", { stepId: step.id }));
    },
  },
};

export function definitionOf(step: Step): StepDefinition {
  const { startedAt: _started, revealedAt: _revealed, ...definition } = step;
  return definition;
}
