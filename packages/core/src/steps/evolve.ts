import { applyDisclosures } from "../contributions/disclosure.js";
import type { AreaEvent, EventHandlers } from "../session/draft.js";

export const stepHandlers: EventHandlers<AreaEvent<"step">> = {
  "step.added"(draft, { payload }) {
    draft.own(draft.state, "steps")[payload.step.id] = {
      ...payload.step,
      startedAt: null,
      revealedAt: null,
    };
    draft.own(draft.state, "stepOrder").splice(payload.index, 0, payload.step.id);
  },

  "step.updated"(draft, { payload }) {
    const steps = draft.own(draft.state, "steps");
    const step = steps[payload.step.id];
    if (step !== undefined) steps[step.id] = { ...step, ...payload.step };
  },

  "step.removed"(draft, { payload }) {
    delete draft.own(draft.state, "steps")[payload.stepId];
    draft.state.stepOrder = draft.state.stepOrder.filter((id) => id !== payload.stepId);
  },

  "step.moved"(draft, { payload }) {
    if (draft.state.steps[payload.stepId] === undefined) return;
    const order = draft.state.stepOrder.filter((id) => id !== payload.stepId);
    order.splice(payload.index, 0, payload.stepId);
    draft.state.stepOrder = order;
  },

  "step.started"(draft, { payload, at }) {
    const steps = draft.own(draft.state, "steps");
    const step = steps[payload.stepId];
    if (step === undefined) return;
    draft.state.currentStepId = step.id;
    if (step.startedAt === null) steps[step.id] = { ...step, startedAt: at };
  },

  "step.revealed"(draft, { payload, at }) {
    const steps = draft.own(draft.state, "steps");
    const step = steps[payload.stepId];
    if (step !== undefined) steps[step.id] = { ...step, revealedAt: at };
    applyDisclosures(draft, payload.disclosures);
  },
};
