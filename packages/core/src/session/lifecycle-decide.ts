import { defineStep } from "../steps/definition.js";
import { decisionsByDesignSteps } from "../steps/templates.js";
import type { ActingActor } from "./actor.js";
import { type AreaCommand, accept, type CommandRules, type Decision, reject } from "./decision.js";
import { eventDraft, type SessionEventDraft } from "./events.js";
import type { SessionStatus } from "./schema.js";
import type { SessionState } from "./state.js";

export const lifecycleRules: CommandRules<AreaCommand<"session">> = {
  "session.create": {
    when: "new",
    decide(_state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      return accept(
        eventDraft("session.created", {
          organisationId: payload.organisationId,
          title: payload.title,
          question: payload.question,
          language: payload.language,
          anonymity: payload.anonymity ?? "named",
          groundRules: payload.groundRules ?? [],
          // Without an agenda of its own, a session follows the method's four steps.
          steps: (payload.steps ?? decisionsByDesignSteps(payload.language)).map((step) =>
            defineStep(ctx.newId(), step),
          ),
          createdBy: { userId: actor.userId, displayName: actor.displayName },
        }),
      );
    },
  },

  "session.update": {
    when: "created",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      // Once contributions may exist, changing who sees authors would re-label what people
      // wrote under one promise with another.
      const anonymityChanges =
        payload.anonymity !== undefined && payload.anonymity !== state.anonymity;
      if (anonymityChanges && state.status === "running") return reject("anonymity_locked");
      return Object.keys(payload).length === 0
        ? accept()
        : accept(eventDraft("session.updated", payload));
    },
  },

  "session.open": {
    when: "created",
    decide: (state, _command, actor) => transition(state, actor, "draft", "session.opened"),
  },

  "session.start": {
    when: "created",
    decide: (state, _command, actor) => transition(state, actor, "open", "session.started"),
  },

  "session.close": {
    when: "created",
    decide(state, _command, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      // Closing ends what is still going, explicitly, so talk time and timers end in the log.
      const windDown: SessionEventDraft[] = [];
      if (state.activeRoundId !== null) {
        windDown.push(
          eventDraft("round.ended", { roundId: state.activeRoundId, reason: "session_closed" }),
        );
      }
      if (state.activeProposalRoundId !== null) {
        windDown.push(
          eventDraft("proposal.round_ended", {
            roundId: state.activeProposalRoundId,
            reason: "session_closed",
          }),
        );
      }
      if (state.timer !== null) windDown.push(eventDraft("timer.stopped", {}));
      return accept(...windDown, eventDraft("session.closed", {}));
    },
  },
};

function transition(
  state: SessionState,
  actor: ActingActor,
  from: SessionStatus,
  type: "session.opened" | "session.started",
): Decision {
  if (actor.kind !== "facilitator") return reject("not_allowed");
  if (state.status !== from) return reject("invalid_transition");
  return accept(eventDraft(type, {}));
}
