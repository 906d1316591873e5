import { textProblem } from "../contributions/text.js";
import type { ActingActor } from "../session/actor.js";
import {
  type AreaCommand,
  accept,
  type CommandRules,
  type Decision,
  type Refusal,
  reject,
} from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { currentStep, takingPart } from "../session/guards.js";
import { hasId } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";
import { missingReasonCode, type ProposalRoundKind } from "./schema.js";
import {
  currentVersion,
  decisionBlocker,
  decisiveRoundBlocker,
  isOutstanding,
  objectionsOf,
} from "./selectors.js";
import type { Proposal, ProposalRound, RoundEntry } from "./types.js";

/**
 * The consent process. Facilitators draft, amend, run rounds, test objections and record the
 * outcome; participants answer for themselves only (no command names another participant, so a
 * facilitator cannot give a position for someone else).
 */
export const proposalRules: CommandRules<AreaCommand<"proposal">> = {
  "proposal.draft": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const step = currentStep(state);
      if (step === undefined) return reject("no_current_step");
      if (step.phase !== "decide") return reject("not_a_decide_step");
      if (state.activeProposalId !== null) return reject("proposal_open");
      const insightIds = [...new Set(payload.insightIds ?? [])];
      if (insightIds.some((id) => !hasId(state.contributions, id))) {
        return reject("unknown_contribution");
      }
      return accept(
        eventDraft("proposal.drafted", {
          proposalId: ctx.newId(),
          stepId: step.id,
          text: payload.text,
          insightIds,
          rule: payload.rule ?? { kind: "consent" },
        }),
      );
    },
  },

  "proposal.amend": {
    when: "running",
    decide(state, { payload }, actor) {
      const proposal = openProposalFor(state, actor, payload.proposalId);
      if ("ok" in proposal) return proposal;
      if (state.activeProposalRoundId !== null) return reject("proposal_round_in_progress");
      const current = currentVersion(proposal);
      if (current.text === payload.text) return reject("amendment_unchanged");
      const integrates = [...new Set(payload.integrates ?? [])];
      const outstanding = new Set(
        objectionsOf(state, proposal)
          .filter(isOutstanding)
          .map(({ entry }) => entry.id),
      );
      if (integrates.some((id) => !outstanding.has(id))) return reject("not_an_upheld_objection");
      return accept(
        eventDraft("proposal.amended", {
          proposalId: proposal.id,
          version: current.version + 1,
          text: payload.text,
          note: payload.note || null,
          integrates,
        }),
      );
    },
  },

  "proposal.start_round": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const proposal = openProposalFor(state, actor, payload.proposalId);
      if ("ok" in proposal) return proposal;
      if (state.activeProposalRoundId !== null) return reject("proposal_round_in_progress");
      const ruleRefusal = roundKindRefusal(proposal, payload.kind);
      if (ruleRefusal) return ruleRefusal;
      // Only a decisive round waits for objections: questions and reactions may come any time.
      if (payload.kind === "consent" || payload.kind === "poll") {
        const blocker = decisiveRoundBlocker(state, proposal);
        if (blocker) return reject(blocker);
      }
      const given = payload.participantIds && [...new Set(payload.participantIds)];
      if (given?.some((id) => !hasId(state.participants, id))) return reject("unknown_participant");
      const participantIds = given ?? takingPart(state);
      if (participantIds.length === 0) return reject("round_empty");
      return accept(
        eventDraft("proposal.round_started", {
          roundId: ctx.newId(),
          proposalId: proposal.id,
          version: currentVersion(proposal).version,
          kind: payload.kind,
          participantIds,
        }),
      );
    },
  },

  "proposal.speak": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const round = answerableRound(state, actor, payload.roundId, ["clarifying", "reactions"]);
      if ("ok" in round) return round;
      if (answered(round, actor)) return reject("already_responded");
      const text = payload.text || undefined;
      const problem = text === undefined ? undefined : textProblem(text);
      if (problem) return reject(problem);
      return respond(round, actor, ctx.newId(), { ...(text !== undefined && { text }) });
    },
  },

  "proposal.give_position": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const round = answerableRound(state, actor, payload.roundId, ["consent"]);
      if ("ok" in round) return round;
      if (answered(round, actor)) return reject("position_already_given");
      const reason = payload.reason || undefined;
      const missing = missingReasonCode(payload.position);
      if (missing && reason === undefined) return reject(missing);
      return respond(round, actor, ctx.newId(), {
        position: payload.position,
        ...(reason !== undefined && { reason }),
      });
    },
  },

  "proposal.vote": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const round = answerableRound(state, actor, payload.roundId, ["poll"]);
      if ("ok" in round) return round;
      if (answered(round, actor)) return reject("already_responded");
      return respond(round, actor, ctx.newId(), { vote: payload.vote });
    },
  },

  "proposal.end_round": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      if (state.activeProposalRoundId !== payload.roundId) return reject("round_not_active");
      return accept(
        eventDraft("proposal.round_ended", {
          roundId: payload.roundId,
          reason: "ended_by_facilitator",
        }),
      );
    },
  },

  // Testing happens with the group after the round: every position is in by then.
  "proposal.test_objection": {
    when: "running",
    decide(state, { payload }, actor) {
      if (actor.kind !== "facilitator") return reject("not_allowed");
      const objection = untestedObjection(state, payload.roundId, payload.entryId);
      if ("ok" in objection) return objection;
      if (objection.round.endedAt === null) return reject("round_still_open");
      return accept(eventDraft("proposal.objection_tested", payload));
    },
  },

  // The objector may let go of their objection at any time before it is tested.
  "proposal.withdraw_objection": {
    when: "running",
    decide(state, { payload }, actor) {
      const objection = untestedObjection(state, payload.roundId, payload.entryId);
      if ("ok" in objection) return objection;
      if (actor.kind !== "participant" || objection.entry.participantId !== actor.participantId) {
        return reject("not_your_objection");
      }
      return accept(
        eventDraft("proposal.objection_tested", {
          roundId: payload.roundId,
          entryId: payload.entryId,
          outcome: "withdrawn",
          rationale: payload.note || null,
        }),
      );
    },
  },

  "proposal.decide": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const proposal = openProposalFor(state, actor, payload.proposalId);
      if ("ok" in proposal) return proposal;
      if (state.activeProposalRoundId !== null) return reject("proposal_round_in_progress");
      const blocker = decisionBlocker(state, proposal);
      if (blocker) return reject(blocker);
      return accept(
        eventDraft("proposal.decided", {
          proposalId: proposal.id,
          decisionId: ctx.newId(),
          version: currentVersion(proposal).version,
          rationale: payload.rationale ?? "",
          actions: payload.actions ?? [],
          reviewDate: payload.reviewDate ?? null,
          ...(payload.effect !== undefined && { effect: payload.effect }),
        }),
      );
    },
  },

  // Ending without a decision is an outcome too, and recorded as one.
  "proposal.postpone": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const proposal = openProposalFor(state, actor, payload.proposalId);
      if ("ok" in proposal) return proposal;
      const postponed = eventDraft("proposal.postponed", {
        proposalId: proposal.id,
        decisionId: ctx.newId(),
        reason: payload.reason,
      });
      const roundId = state.activeProposalRoundId;
      return roundId === null
        ? accept(postponed)
        : accept(
            eventDraft("proposal.round_ended", { roundId, reason: "proposal_postponed" }),
            postponed,
          );
    },
  },
};

function openProposalFor(
  state: SessionState,
  actor: ActingActor,
  proposalId: string,
): Proposal | Refusal {
  if (actor.kind !== "facilitator") return reject("not_allowed");
  const proposal = state.proposals[proposalId];
  if (proposal === undefined) return reject("unknown_proposal");
  if (proposal.outcome !== null) return reject("proposal_closed");
  return proposal;
}

function roundKindRefusal(proposal: Proposal, kind: ProposalRoundKind): Refusal | undefined {
  const consent = proposal.rule.kind === "consent";
  if (kind === "consent" && !consent) return reject("wrong_decision_rule");
  if (kind === "poll" && consent) return reject("wrong_decision_rule");
  return undefined;
}

/** The active round, if it asks for this kind of answer, for a participant to answer in. */
function answerableRound(
  state: SessionState,
  actor: ActingActor,
  roundId: string,
  kinds: readonly ProposalRoundKind[],
): ProposalRound | Refusal {
  if (actor.kind !== "participant") return reject("not_allowed");
  const round = state.proposalRounds[roundId];
  if (round === undefined || state.activeProposalRoundId !== roundId) {
    return reject("round_not_active");
  }
  if (!kinds.includes(round.kind)) return reject("wrong_round_kind");
  return round;
}

function answered(round: ProposalRound, actor: ActingActor): boolean {
  return (
    actor.kind === "participant" &&
    round.entries.some((entry) => entry.participantId === actor.participantId)
  );
}

function respond(
  round: ProposalRound,
  actor: ActingActor,
  entryId: string,
  answer: Pick<RoundEntry, "text" | "position" | "reason" | "vote">,
): Decision {
  if (actor.kind !== "participant") return reject("not_allowed");
  const late = !round.order.includes(actor.participantId);
  return accept(
    eventDraft("proposal.responded", {
      roundId: round.id,
      entryId,
      participantId: actor.participantId,
      ...(late && { late: true as const }),
      ...answer,
    }),
  );
}

function untestedObjection(
  state: SessionState,
  roundId: string,
  entryId: string,
): { round: ProposalRound; entry: RoundEntry } | Refusal {
  const round = state.proposalRounds[roundId];
  const entry = round?.entries.find((candidate) => candidate.id === entryId);
  if (round === undefined || entry === undefined) return reject("unknown_entry");
  if (state.proposals[round.proposalId]?.outcome !== null) return reject("proposal_closed");
  if (entry.position !== "objection") return reject("not_an_objection");
  if (entry.test !== undefined) return reject("objection_already_tested");
  return { round, entry };
}
