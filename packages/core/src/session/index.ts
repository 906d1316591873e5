// The session aggregate: commands -> events -> state, and what each viewer may see of it.
export { agreedByAll, commonGround } from "../consent/common-ground.js";
export {
  type DecisionEffect,
  decisionEffectSchema,
  EFFECT_DIRECTIONS,
  EFFECT_METRICS,
  type EffectDirection,
  type EffectMetric,
} from "../consent/effect.js";
export {
  type DecisionLifecycle,
  type DecisionStatusChange,
  decisionLifecycleSchema,
  decisionStatusChangeSchema,
  isDecisionLive,
  LIVE_DECISION_STATUSES,
  type LifecycleDecision,
  type LifecycleRefusal,
  nextStatuses,
  refuseStatusChange,
} from "../consent/lifecycle.js";
export { publicDecisionRecord } from "../consent/public-record.js";
export {
  buildDecisionRecord,
  type DecisionRecord,
  decisionRecordSchema,
} from "../consent/record.js";
export { RECORD_WORDS, type RecordWords } from "../consent/record-words.js";
export {
  calendarDateSchema,
  type DecisionAction,
  type DecisionRule,
  decisionActionSchema,
  decisionRuleSchema,
  MAX_PROPOSAL_CHARS,
  MAX_REASON_CHARS,
  missingReasonCode,
  OBJECTION_OUTCOMES,
  type ObjectionOutcome,
  POLL_VOTES,
  POSITIONS,
  type PollVote,
  type Position,
  PROPOSAL_ROUND_KINDS,
  type ProposalRoundKind,
} from "../consent/schema.js";
export {
  activeProposal,
  activeProposalRound,
  concernsOf,
  currentVersion,
  decisionBlocker,
  decisiveRoundBlocker,
  isOutstanding,
  isUntested,
  latestRound,
  notYetAnswered,
  type ObjectionRef,
  objectionsOf,
  type PollTally,
  pollPasses,
  pollTally,
  roundsOf,
  unansweredCount,
} from "../consent/selectors.js";
export type {
  ObjectionTest,
  Proposal,
  ProposalOutcome,
  ProposalRound,
  ProposalVersion,
  RoundEntry,
} from "../consent/types.js";
export {
  CHART_KINDS,
  type ChartKind,
  type ChartPoint,
  type ChartSnapshot,
  chartSnapshotSchema,
  MAX_CHART_FILTERS,
  MAX_CHART_POINTS,
} from "../contributions/chart-snapshot.js";
export {
  CONTRIBUTION_KINDS,
  type Contribution,
  type ContributionKind,
  type Disclosure,
  type FactSource,
  MAX_CONTRIBUTION_CHARS,
  REACTIONS,
  type Reaction,
  type ReactionTally,
} from "../contributions/schema.js";
export {
  type GroupSuggestions,
  groupSuggestionsSchema,
  MAX_GROUP_NAME,
  ungroupedReflections,
} from "../groups/suggestions.js";
export {
  alignOpinionMap,
  type ComputedOpinionMap,
  nameOnMap,
  type OpinionMapView,
  opinionMapViewSchema,
  presentOpinionMap,
  redactOpinionMap,
} from "../opinions/map.js";
export {
  MAX_STATEMENT_CHARS,
  MAX_STATEMENTS_PER_PARTICIPANT,
  OPINION_MODERATION,
  OPINION_VOTES,
  type OpinionMapSetting,
  type OpinionModeration,
  type OpinionVote,
  type Statement,
  type StatementStatus,
  type VoteTally,
} from "../opinions/schema.js";
export {
  isOwnStatement,
  isVotable,
  moderationQueue,
  nextStatementFor,
  opinionVotesOf,
  statementsOf,
  totalVotes,
  votingProgress,
} from "../opinions/selectors.js";
export { currentFloor, type Floor } from "../rounds/floor.js";
export {
  ROUND_END_REASONS,
  type RoundEndReason,
  TURN_OUTCOMES,
  type TurnOutcome,
} from "../rounds/schema.js";
export { PHASE_DEFAULTS } from "../steps/definition.js";
export {
  GROUPING_MODES,
  type GroupingMode,
  MAX_DOT_VOTE_BUDGET,
  MAX_STEPS,
  MAX_TIMEBOX_SECONDS,
  PHASES,
  type Phase,
  type StepDefinition,
  type StepInput,
  type StepSettings,
} from "../steps/schema.js";
export { decisionsByDesignSteps } from "../steps/templates.js";
export { timerRemainingMs } from "../timers/remaining.js";
export { dotsLeft, dotsPlaced } from "../votes/dots.js";
export type { VoteTarget } from "../votes/schema.js";
export {
  type ActingActor,
  type Actor,
  type ActorRef,
  actorRef,
  type DecideContext,
  VIEWER_CLASSES,
  type Viewer,
  viewerSchema,
} from "./actor.js";
export {
  COMMAND_TYPES,
  type CommandEnvelope,
  type CommandOf,
  type CommandType,
  commandEnvelopeSchema,
  commandIdSchema,
  type SessionCommand,
  sessionCommandSchema,
} from "./commands.js";
export { decide } from "./decide.js";
export type { Decision } from "./decision.js";
export {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERRORS,
  type DomainError,
  type DomainErrorCode,
  domainError,
  isDomainErrorCode,
} from "./errors.js";
export {
  EVENT_TYPES,
  type EventOf,
  type EventPayload,
  type EventStamp,
  type EventType,
  type SessionEvent,
  type SessionEventDraft,
  sessionEventDraftSchema,
  sessionEventSchema,
  stampEvents,
} from "./events.js";
export { evolve, evolveAll } from "./evolve.js";
export { takingPart } from "./guards.js";
export { getById, hasId, type IdMap, idMapValues } from "./id-map.js";
export { redactEvent, redactState } from "./redact.js";
export {
  ANONYMITY_MODES,
  type AnonymityMode,
  MAX_GROUND_RULES,
  SESSION_STATUSES,
  type SessionStatus,
} from "./schema.js";
export {
  emptySessionState,
  type Facilitator,
  type Group,
  type Hands,
  type Participant,
  type Round,
  type SessionState,
  type Step,
  type Timer,
  type Turn,
} from "./state.js";
export { seesIdentities } from "./viewer.js";
