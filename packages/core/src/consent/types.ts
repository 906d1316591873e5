import type { DecisionEffect } from "./effect.js";
import type {
  DecisionAction,
  DecisionRule,
  ObjectionOutcome,
  PollVote,
  Position,
  ProposalRoundKind,
} from "./schema.js";

/** One wording of a proposal. Versions are only ever added: history is never rewritten. */
export interface ProposalVersion {
  version: number;
  text: string;
  at: string;
  /** The facilitator who wrote it. */
  by: string;
  /** Why it changed (null for the first version). */
  note: string | null;
  /** The upheld objections (round entry ids) this version was written to meet. */
  integrates: string[];
}

export type ProposalOutcome =
  | {
      kind: "decided";
      at: string;
      decisionId: string;
      version: number;
      rationale: string;
      actions: DecisionAction[];
      reviewDate: string | null;
      effect?: DecisionEffect;
    }
  | { kind: "postponed"; at: string; decisionId: string; reason: string };

export interface Proposal {
  id: string;
  /** The step it was drafted in. */
  stepId: string | null;
  rule: DecisionRule;
  /** The insights (contribution ids) it was drafted from. */
  insightIds: string[];
  versions: ProposalVersion[];
  /** Its rounds, oldest first. */
  roundIds: string[];
  draftedAt: string;
  outcome: ProposalOutcome | null;
}

export interface ObjectionTest {
  outcome: ObjectionOutcome;
  rationale: string | null;
  at: string;
}

/**
 * One participant's answer in a proposal round. `participantId` is absent where the anonymity
 * mode hides who answered (a viewer always keeps their own).
 */
export interface RoundEntry {
  id: string;
  participantId?: string;
  /** Not among those asked when the round started: counted apart, so counts stay exact. */
  late?: true;
  at: string;
  /** A clarifying question or a reaction; absent when the participant passed. */
  text?: string;
  position?: Position;
  reason?: string;
  vote?: PollVote;
  /** Objections only, once tested (or withdrawn). */
  test?: ObjectionTest;
  /** Upheld objections only: the proposal version written to meet it. */
  integratedIn?: number;
}

export interface ProposalRound {
  id: string;
  proposalId: string;
  /** The proposal version it asks about. */
  version: number;
  kind: ProposalRoundKind;
  startedAt: string;
  endedAt: string | null;
  /** Who is asked, in turn (the round is called aloud, so it is named). */
  order: string[];
  /** In the order given. Someone who joined after the round started may answer too. */
  entries: RoundEntry[];
}
