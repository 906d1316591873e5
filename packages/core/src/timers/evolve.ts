import type { AreaEvent, EventHandlers } from "../session/draft.js";

export const timerHandlers: EventHandlers<AreaEvent<"timer">> = {
  "timer.started"({ state }, { payload, at }) {
    state.timer = {
      stepId: payload.stepId,
      durationSeconds: payload.durationSeconds,
      startedAt: at,
      status: "running",
      endsAt: payload.endsAt,
      remainingMs: null,
    };
  },

  "timer.paused"({ state }, { payload }) {
    if (state.timer === null) return;
    state.timer = {
      ...state.timer,
      status: "paused",
      endsAt: null,
      remainingMs: payload.remainingMs,
    };
  },

  "timer.resumed"({ state }, { payload }) {
    if (state.timer === null) return;
    state.timer = { ...state.timer, status: "running", endsAt: payload.endsAt, remainingMs: null };
  },

  "timer.stopped"({ state }) {
    state.timer = null;
  },
};
