import { proposalRules } from "../consent/decide.js";
import { actorRef } from "../session/actor.js";
import {
  type AreaCommand,
  accept,
  type CommandRules,
  type Refusal,
  reject,
} from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { currentStep, requireCurrentStep } from "../session/guards.js";
import type { SessionState, Step } from "../session/state.js";
import {
  MAX_STATEMENT_CHARS,
  MAX_STATEMENTS_PER_PARTICIPANT,
  MAX_STATEMENTS_PER_STEP,
  type Statement,
} from "./schema.js";
import { isOwnStatement, opinionVotesOf, statementsOf } from "./selectors.js";

/**
 * The opinion map's commands. Participants and facilitators write statements; participants vote
 * (facilitators hold the process, not a view, as with dots); facilitators moderate and turn a
 * statement into an insight or a proposal draft through the insight and proposal events.
 */
export const opinionRules: CommandRules<AreaCommand<"opinion">> = {
  "opinion.submit": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      // AUTH: anyone acting; observers never reach here.
      // VALIDATION
      const step = mapStep(state);
      if ("ok" in step) return step;
      if (payload.text.length === 0) return reject("text_empty");
      if ([...payload.text].length > MAX_STATEMENT_CHARS) return reject("statement_too_long");
      const written = statementsOf(state, step.id);
      if (written.length >= MAX_STATEMENTS_PER_STEP) return reject("statements_full");
      if (
        actor.kind === "participant" &&
        written.filter((s) => isOwnStatement(s, actor.participantId)).length >=
          MAX_STATEMENTS_PER_PARTICIPANT
      ) {
        return reject("statement_limit_reached");
      }
      // RESOLUTION: a facilitator's statement needs no one's approval.
      const approved =
        step.settings.opinionMap?.moderation === "auto" || actor.kind === "facilitator";
      return accept(
        eventDraft("opinion.submitted", {
          statementId: ctx.newId(),
          stepId: step.id,
          text: payload.text,
          author: actorRef(actor),
          status: approved ? "approved" : "pending",
        }),
      );
    },
  },

  "opinion.moderate": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const statement = state.statements[payload.statementId];
      if (statement === undefined) return reject("unknown_statement");
      if (statement.status !== "pending") return reject("statement_not_pending");
      return accept(
        eventDraft("opinion.moderated", {
          statementId: statement.id,
          status: payload.approve ? "approved" : "rejected",
        }),
      );
    },
  },

  "opinion.vote": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      const statement = votable(state, payload.statementId);
      if ("ok" in statement) return statement;
      if (isOwnStatement(statement, actor.participantId)) return reject("own_statement");
      const previous = opinionVotesOf(state, statement.stepId, actor.participantId)[statement.id];
      // Changing one's mind is allowed; the same vote again changes nothing.
      if (previous === payload.vote) return accept();
      return accept(
        eventDraft("opinion.voted", {
          stepId: statement.stepId,
          statementId: statement.id,
          vote: payload.vote,
          previous: previous ?? null,
          participantId: actor.participantId,
        }),
      );
    },
  },

  "opinion.show_name": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "participant") return reject("not_allowed");
      if (state.anonymity !== "named") return reject("session_not_named");
      if (state.namesOnMap.includes(actor.participantId) === payload.shown) return accept();
      return accept(
        eventDraft("opinion.name_shown", {
          participantId: actor.participantId,
          shown: payload.shown,
        }),
      );
    },
  },

  "opinion.make_insight": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const statement = convertible(state, payload.statementId);
      if ("ok" in statement) return statement;
      if (statement.insightId !== null) return reject("already_converted");
      const step = requireCurrentStep(state);
      if ("ok" in step) return step;
      // The insight is the facilitator's record of what the room holds in common, in the step
      // the room is in: it does not need the step to take insights from participants.
      const insightId = ctx.newId();
      return accept(
        eventDraft("contribution.added", {
          contributionId: insightId,
          stepId: step.id,
          kind: "insight",
          text: statement.text ?? "",
          author: actorRef(actor),
          replyTo: null,
        }),
        eventDraft("opinion.converted", { statementId: statement.id, insightId }),
      );
    },
  },

  "opinion.draft_proposal": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const statement = convertible(state, payload.statementId);
      if ("ok" in statement) return statement;
      if (statement.proposalId !== null) return reject("already_converted");
      // The proposal's own rules decide (a decide step, one open proposal at a time).
      const drafted = proposalRules["proposal.draft"].decide(
        state,
        {
          type: "proposal.draft",
          payload: {
            text: statement.text ?? "",
            ...(statement.insightId !== null && { insightIds: [statement.insightId] }),
          },
        },
        actor,
        ctx,
      );
      if (!drafted.ok) return drafted;
      const event = drafted.events.find((e) => e.type === "proposal.drafted");
      if (event?.type !== "proposal.drafted") return drafted;
      return accept(
        ...drafted.events,
        eventDraft("opinion.converted", {
          statementId: statement.id,
          proposalId: event.payload.proposalId,
        }),
      );
    },
  },
};

/** The current step, if it has an opinion map. */
function mapStep(state: SessionState): Step | Refusal {
  const step = requireCurrentStep(state);
  if ("ok" in step) return step;
  return step.settings.opinionMap ? step : reject("opinion_map_off");
}

/** A statement open for votes: approved, in the current step, which still has its map. */
function votable(state: SessionState, statementId: string): Statement | Refusal {
  const statement = state.statements[statementId];
  if (statement === undefined) return reject("unknown_statement");
  if (statement.status !== "approved") return reject("statement_not_approved");
  const step = currentStep(state);
  if (step?.id !== statement.stepId) return reject("phase_closed");
  if (!step.settings.opinionMap) return reject("opinion_map_off");
  return statement;
}

/** A statement a facilitator may carry into the session: approved, from any step. */
function convertible(state: SessionState, statementId: string): Statement | Refusal {
  const statement = state.statements[statementId];
  if (statement === undefined) return reject("unknown_statement");
  if (statement.status !== "approved") return reject("statement_not_approved");
  return statement;
}
