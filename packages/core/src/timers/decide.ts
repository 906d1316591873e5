import type { ActingActor } from "../session/actor.js";
import {
  type AreaCommand,
  accept,
  type CommandRules,
  type Refusal,
  reject,
} from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { requireCurrentStep } from "../session/guards.js";
import type { SessionState, Timer } from "../session/state.js";

/** The step timer. Starting again restarts it; the end times are computed here, from ctx.now. */
export const timerRules: CommandRules<AreaCommand<"timer">> = {
  "timer.start": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const step = requireCurrentStep(state);
      if ("ok" in step) return step;
      return accept(
        eventDraft("timer.started", {
          stepId: step.id,
          durationSeconds: payload.seconds,
          endsAt: new Date(ctx.now.getTime() + payload.seconds * 1_000).toISOString(),
        }),
      );
    },
  },

  "timer.pause": {
    when: "running",
    decide(state, _command, actor, ctx) {
      const timer = facilitatorsTimer(state, actor);
      if ("ok" in timer) return timer;
      if (timer.status !== "running" || timer.endsAt === null) return reject("timer_not_running");
      // A timer paused after it ran out pauses at zero, not below.
      const remainingMs = Math.max(0, Date.parse(timer.endsAt) - ctx.now.getTime());
      return accept(eventDraft("timer.paused", { remainingMs }));
    },
  },

  "timer.resume": {
    when: "running",
    decide(state, _command, actor, ctx) {
      const timer = facilitatorsTimer(state, actor);
      if ("ok" in timer) return timer;
      if (timer.status !== "paused" || timer.remainingMs === null)
        return reject("timer_not_paused");
      const endsAt = new Date(ctx.now.getTime() + timer.remainingMs).toISOString();
      return accept(eventDraft("timer.resumed", { endsAt }));
    },
  },

  "timer.stop": {
    when: "running",
    decide(state, _command, actor) {
      const timer = facilitatorsTimer(state, actor);
      if ("ok" in timer) return timer;
      return accept(eventDraft("timer.stopped", {}));
    },
  },
};

function facilitatorsTimer(state: SessionState, actor: ActingActor): Timer | Refusal {
  if (actor.kind !== "facilitator") return reject("not_allowed");
  return state.timer ?? reject("no_timer");
}
