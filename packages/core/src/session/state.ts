import type { Locale } from "../accounts/locales.js";
import type { Proposal, ProposalRound } from "../consent/types.js";
import type { Contribution } from "../contributions/schema.js";
import type { OpinionVote, Statement } from "../opinions/schema.js";
import type { RoundEndReason, TurnOutcome } from "../rounds/schema.js";
import type { StepDefinition } from "../steps/schema.js";
import { emptyIdMap, type IdMap } from "./id-map.js";
import type { AnonymityMode, SessionStatus } from "./schema.js";

export interface Facilitator {
  userId: string;
  displayName: string;
}

export interface Participant {
  id: string;
  displayName: string | null;
  joinedAt: string;
  /** Null until acknowledged; commands other than acknowledging and renaming wait for it. */
  groundRulesAcknowledgedAt: string | null;
}

export interface Step extends StepDefinition {
  /** First started; a step may be started again when the facilitator goes back to it. */
  startedAt: string | null;
  /** When a silent step's contributions were shown to everyone. */
  revealedAt: string | null;
}

/** A named cluster of contributions (a theme, in "discover new insights"). */
export interface Group {
  id: string;
  /** The step it was made in: only that step may change it. */
  stepId: string;
  name: string;
  createdAt: string;
  contributionIds: string[];
  /** Dots per step id. */
  votes: Record<string, number>;
}

/** One participant's turn; talk time is `endedAt - startedAt`, both taken from event times. */
export interface Turn {
  participantId: string;
  startedAt: string | null;
  endedAt: string | null;
  outcome: TurnOutcome | null;
}

/** Ordered turns: each participant gets the floor in turn (a round is spoken aloud, so named). */
export interface Round {
  id: string;
  stepId: string | null;
  turnSeconds: number | null;
  startedAt: string;
  endedAt: string | null;
  endReason: RoundEndReason | null;
  turns: Turn[];
  /** Index into `turns` of the speaker, null once the round has ended. */
  currentTurn: number | null;
}

export interface Hands {
  /** Raised hands, first raised first. */
  queue: string[];
  floor: { participantId: string; since: string } | null;
}

/**
 * The step timer. Running: clients count down to `endsAt`. Paused: `remainingMs` is frozen.
 * Times are absolute and come from events, never from a clock read by the reducer.
 */
export interface Timer {
  stepId: string;
  durationSeconds: number;
  startedAt: string;
  status: "running" | "paused";
  endsAt: string | null;
  remainingMs: number | null;
}

/**
 * A session: a pure function of its event log. Plain JSON (the server sends it as a snapshot):
 * records keyed by id, with ordered id lists beside them where order matters. The two maps that
 * grow with the audience are `IdMap`s (see id-map.ts) so one event copies little.
 */
export interface SessionState {
  sessionId: string;
  organisationId: string;
  /** Null until `session.created`: nothing but creating the session is possible before. */
  createdAt: string | null;
  createdBy: string | null;
  title: string;
  question: string;
  language: Locale;
  anonymity: AnonymityMode;
  groundRules: string[];
  status: SessionStatus;
  openedAt: string | null;
  startedAt: string | null;
  closedAt: string | null;

  /** By userId. */
  facilitators: Record<string, Facilitator>;
  participants: IdMap<Participant>;
  /** Join order. */
  participantOrder: string[];

  steps: Record<string, Step>;
  stepOrder: string[];
  currentStepId: string | null;

  contributions: IdMap<Contribution>;
  /** Per step id, in the order they were written. */
  contributionOrder: Record<string, string[]>;

  groups: Record<string, Group>;
  groupOrder: string[];

  /**
   * Dots per step id, then per participant id, then per target (contribution or group) id, as
   * far as the viewer may know: everyone's, only their own, or nobody's. Totals live on the
   * targets (`votes`), so they are known to all.
   */
  dots: Record<string, IdMap<Record<string, number>>>;

  rounds: Record<string, Round>;
  roundOrder: string[];
  activeRoundId: string | null;

  hands: Hands;
  timer: Timer | null;

  proposals: Record<string, Proposal>;
  proposalOrder: string[];
  /** The proposal being worked on; null once it is decided or postponed. */
  activeProposalId: string | null;
  proposalRounds: Record<string, ProposalRound>;
  activeProposalRoundId: string | null;

  /** Opinion-map statements by id, and per step id in the order they were written. */
  statements: Record<string, Statement>;
  statementOrder: Record<string, string[]>;
  /**
   * Per step id, then participant id: their vote on each statement, as far as the viewer may
   * know (the server: everyone's; a participant: their own; nobody else: none).
   */
  opinionVotes: Record<string, IdMap<Record<string, OpinionVote>>>;
  /** Participants who chose to show their name on the map (heeded in named sessions only). */
  namesOnMap: string[];
}

export function emptySessionState(sessionId: string): SessionState {
  return {
    sessionId,
    organisationId: "",
    createdAt: null,
    createdBy: null,
    title: "",
    question: "",
    language: "en",
    anonymity: "named",
    groundRules: [],
    status: "draft",
    openedAt: null,
    startedAt: null,
    closedAt: null,
    facilitators: {},
    participants: emptyIdMap(),
    participantOrder: [],
    steps: {},
    stepOrder: [],
    currentStepId: null,
    contributions: emptyIdMap(),
    contributionOrder: {},
    groups: {},
    groupOrder: [],
    dots: {},
    rounds: {},
    roundOrder: [],
    activeRoundId: null,
    hands: { queue: [], floor: null },
    timer: null,
    proposals: {},
    proposalOrder: [],
    activeProposalId: null,
    proposalRounds: {},
    activeProposalRoundId: null,
    statements: {},
    statementOrder: {},
    opinionVotes: {},
    namesOnMap: [],
  };
}
