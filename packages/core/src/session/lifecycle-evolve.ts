import type { AreaEvent, EventHandlers } from "./draft.js";

export const lifecycleHandlers: EventHandlers<AreaEvent<"session"> | "facilitator.joined"> = {
  "session.created"({ state }, { payload, at }) {
    const { steps, createdBy, ...settings } = payload;
    Object.assign(state, settings);
    state.createdAt = at;
    state.createdBy = createdBy.userId;
    state.facilitators = { [createdBy.userId]: createdBy };
    state.steps = Object.fromEntries(
      steps.map((step) => [step.id, { ...step, startedAt: null, revealedAt: null }]),
    );
    state.stepOrder = steps.map((step) => step.id);
  },

  "session.updated"({ state }, { payload }) {
    Object.assign(state, payload);
  },

  "session.opened"({ state }, { at }) {
    state.status = "open";
    state.openedAt = at;
  },

  "session.started"({ state }, { at }) {
    state.status = "running";
    state.startedAt = at;
  },

  "session.closed"({ state }, { at }) {
    state.status = "closed";
    state.closedAt = at;
  },

  "facilitator.joined"(draft, { payload }) {
    draft.own(draft.state, "facilitators")[payload.userId] = payload;
  },
};
