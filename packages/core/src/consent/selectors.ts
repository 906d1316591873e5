import type { DomainErrorCode } from "../session/errors.js";
import type { SessionState } from "../session/state.js";
import type { DecisionRule, PollVote, ProposalRoundKind } from "./schema.js";
import type { Proposal, ProposalRound, ProposalVersion, RoundEntry } from "./types.js";

/** The wording the group is working on: the newest version. */
export function currentVersion(proposal: Proposal): ProposalVersion {
  // A proposal is drafted with its first version, and versions are never removed.
  return proposal.versions[proposal.versions.length - 1] as ProposalVersion;
}

export function roundsOf(state: SessionState, proposal: Proposal): ProposalRound[] {
  return proposal.roundIds.flatMap((id) => state.proposalRounds[id] ?? []);
}

/** The newest round of a kind on the current version, if there is one. */
export function latestRound(
  state: SessionState,
  proposal: Proposal,
  kind: ProposalRoundKind,
): ProposalRound | undefined {
  const { version } = currentVersion(proposal);
  return roundsOf(state, proposal)
    .filter((round) => round.kind === kind && round.version === version)
    .at(-1);
}

export interface ObjectionRef {
  round: ProposalRound;
  entry: RoundEntry;
}

/** Every objection raised on a proposal, in every consent round, oldest first. */
export function objectionsOf(state: SessionState, proposal: Proposal): ObjectionRef[] {
  return roundsOf(state, proposal).flatMap((round) =>
    round.entries
      .filter((entry) => entry.position === "objection")
      .map((entry) => ({ round, entry })),
  );
}

/**
 * What is to be followed up after the decision: every concern given with consent, and every
 * objection the group found not paramount (kept as a concern), oldest first.
 */
export function concernsOf(state: SessionState, proposal: Proposal): ObjectionRef[] {
  return roundsOf(state, proposal).flatMap((round) =>
    round.entries
      .filter((entry) => entry.position === "concern" || entry.test?.outcome === "not_paramount")
      .map((entry) => ({ round, entry })),
  );
}

export function isUntested({ entry }: ObjectionRef): boolean {
  return entry.test === undefined;
}

/** Upheld and not yet met by a later version. */
export function isOutstanding({ entry }: ObjectionRef): boolean {
  return entry.test?.outcome === "upheld" && entry.integratedIn === undefined;
}

export type PollTally = Record<PollVote, number>;

export function pollTally(round: ProposalRound): PollTally {
  const tally: PollTally = { for: 0, against: 0, abstain: 0 };
  for (const entry of round.entries) if (entry.vote) tally[entry.vote] += 1;
  return tally;
}

/** Whether a poll passes under the rule; a consent rule never passes by poll. */
export function pollPasses(rule: DecisionRule, tally: PollTally): boolean {
  if (rule.kind === "majority") return tally.for > tally.against;
  if (rule.kind === "threshold") {
    const cast = tally.for + tally.against;
    return cast > 0 && tally.for * 100 >= rule.percent * cast;
  }
  return false;
}

/**
 * Who in the round's order has not answered yet, as far as the viewer can tell: where the
 * anonymity mode hides who answered, nobody can be named (only counted: `unansweredCount`).
 */
export function notYetAnswered(round: ProposalRound): string[] {
  const answered = new Set(round.entries.map((entry) => entry.participantId));
  return round.order.filter((id) => !answered.has(id));
}

/** How many of those asked have not answered; anyone may count this, whatever the mode. */
export function unansweredCount(round: ProposalRound): number {
  return round.order.length - round.entries.filter((entry) => !entry.late).length;
}

export function activeProposal(state: SessionState): Proposal | undefined {
  return state.activeProposalId === null ? undefined : state.proposals[state.activeProposalId];
}

export function activeProposalRound(state: SessionState): ProposalRound | undefined {
  return state.activeProposalRoundId === null
    ? undefined
    : state.proposalRounds[state.activeProposalRoundId];
}

/**
 * What holds back a decisive round (consent or poll) on the proposal: an objection not yet
 * tested with the group, or an upheld one the wording does not meet yet. Questions and
 * reactions are never held back.
 */
export function decisiveRoundBlocker(
  state: SessionState,
  proposal: Proposal,
): "objection_untested" | "objection_not_integrated" | undefined {
  const objections = objectionsOf(state, proposal);
  if (objections.some(isUntested)) return "objection_untested";
  if (objections.some(isOutstanding)) return "objection_not_integrated";
  return undefined;
}

/**
 * What holds back a decision on the proposal, or undefined when it may be taken: the last
 * decisive round on its current wording must have ended with every objection tested and none
 * upheld (consent), or passed (a poll). The engine refuses with this code; a console asks the
 * same question to say why before anyone presses the button.
 */
export function decisionBlocker(
  state: SessionState,
  proposal: Proposal,
): DomainErrorCode | undefined {
  if (proposal.rule.kind !== "consent") {
    const poll = latestRound(state, proposal, "poll");
    if (poll === undefined || poll.endedAt === null) return "no_poll_round";
    return pollPasses(proposal.rule, pollTally(poll)) ? undefined : "poll_not_passed";
  }
  const round = latestRound(state, proposal, "consent");
  if (round === undefined || round.endedAt === null) return "no_consent_round";
  const objections = objectionsOf(state, proposal);
  if (objections.some(isUntested)) return "objection_untested";
  if (objections.some(isOutstanding)) return "objection_upheld";
  return undefined;
}
