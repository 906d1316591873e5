import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { messageSchema, textSchema } from "../session/schema-helpers.js";
import { decisionEffectSchema } from "./effect.js";

/*
 * Deciding by consent (seed 001, "Decisions by Design"): a proposal stands when nobody present
 * has a reasoned, paramount objection. A proposal goes through rounds — clarifying questions,
 * reactions, consent — each asking every participant in turn; objections are tested with the
 * group, upheld ones are integrated into a new version, and consent is asked again on it.
 */

export const MAX_PROPOSAL_CHARS = 4_000;
export const MAX_REASON_CHARS = 2_000;
export const MAX_ACTIONS = 50;
/** Insights a proposal names as its ground. */
export const MAX_PROPOSAL_INSIGHTS = 50;

/**
 * `consent` is the method's rule and the default. A poll is for groups that chose one:
 * `majority` passes with more votes for than against, `threshold` when the share of votes for
 * (abstentions not counted) reaches `percent`.
 */
export const decisionRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("consent") }),
  z.strictObject({ kind: z.literal("majority") }),
  z.strictObject({ kind: z.literal("threshold"), percent: z.number().int().min(50).max(100) }),
]);
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

/** `poll` is the round of a non-consent rule; the other three belong to the consent process. */
export const PROPOSAL_ROUND_KINDS = ["clarifying", "reactions", "consent", "poll"] as const;
export type ProposalRoundKind = (typeof PROPOSAL_ROUND_KINDS)[number];

/**
 * A position in a consent round. A concern consents and asks for follow-up; an objection says
 * what harm the proposal does to the shared aim; standing aside steps out of this decision.
 */
export const POSITIONS = ["consent", "concern", "objection", "stand_aside"] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * The refusal for a position given without a reason, or null where a reason is optional: a
 * concern must say what to follow up, an objection what harm it does to the shared aim.
 */
export function missingReasonCode(
  position: Position,
): "concern_needs_reason" | "objection_needs_reason" | null {
  if (position === "concern") return "concern_needs_reason";
  if (position === "objection") return "objection_needs_reason";
  return null;
}

export const POLL_VOTES = ["for", "against", "abstain"] as const;
export type PollVote = (typeof POLL_VOTES)[number];

/**
 * How a tested objection ended: `upheld` (reasoned and paramount: the proposal must meet it),
 * `withdrawn` (by the objector), `not_paramount` (kept as a concern for follow-up).
 */
export const OBJECTION_OUTCOMES = ["upheld", "withdrawn", "not_paramount"] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export const PROPOSAL_ROUND_END_REASONS = [
  "ended_by_facilitator",
  "proposal_postponed",
  "session_closed",
] as const;

const proposalTextSchema = textSchema(1, MAX_PROPOSAL_CHARS);
const reasonSchema = textSchema(0, MAX_REASON_CHARS);
/** A calendar day, `YYYY-MM-DD`: due dates and review dates are days, not instants. */
export const calendarDateSchema = z.iso.date();

export const decisionActionSchema = z.strictObject({
  what: textSchema(1, 500),
  /** A name as the group said it: owners need not have an account. */
  owner: textSchema(1, 120),
  dueDate: calendarDateSchema.nullable(),
});
export type DecisionAction = z.infer<typeof decisionActionSchema>;

const roundRef = { roundId: idSchema };
const entryRef = { roundId: idSchema, entryId: idSchema };

export const proposalCommandSchemas = [
  messageSchema("proposal.draft", {
    text: proposalTextSchema,
    insightIds: z.array(idSchema).max(MAX_PROPOSAL_INSIGHTS).optional(),
    rule: decisionRuleSchema.optional(),
  }),
  messageSchema("proposal.amend", {
    proposalId: idSchema,
    text: proposalTextSchema,
    /** Why it changed, for the record. */
    note: reasonSchema.optional(),
    /** The upheld objections this version meets. */
    integrates: z.array(idSchema).max(100).optional(),
  }),
  messageSchema("proposal.start_round", {
    proposalId: idSchema,
    kind: z.enum(PROPOSAL_ROUND_KINDS),
    /** Who is asked, in turn; without it, everyone who may take part, in join order. */
    participantIds: z.array(idSchema).min(1).max(5_000).optional(),
  }),
  /** A clarifying question or a reaction; without text, the participant passes. */
  messageSchema("proposal.speak", { ...roundRef, text: z.string().trim().max(4_000).optional() }),
  messageSchema("proposal.give_position", {
    ...roundRef,
    position: z.enum(POSITIONS),
    reason: reasonSchema.optional(),
  }),
  messageSchema("proposal.vote", { ...roundRef, vote: z.enum(POLL_VOTES) }),
  messageSchema("proposal.end_round", roundRef),
  messageSchema("proposal.test_objection", {
    ...entryRef,
    outcome: z.enum(OBJECTION_OUTCOMES),
    rationale: textSchema(1, MAX_REASON_CHARS),
  }),
  messageSchema("proposal.withdraw_objection", { ...entryRef, note: reasonSchema.optional() }),
  messageSchema("proposal.decide", {
    proposalId: idSchema,
    rationale: reasonSchema.optional(),
    actions: z.array(decisionActionSchema).max(MAX_ACTIONS).optional(),
    reviewDate: calendarDateSchema.nullable().optional(),
    effect: decisionEffectSchema.optional(),
  }),
  messageSchema("proposal.postpone", { proposalId: idSchema, reason: textSchema(1, 2_000) }),
] as const;

export const proposalEventSchemas = [
  messageSchema("proposal.drafted", {
    proposalId: idSchema,
    stepId: idSchema.nullable(),
    text: z.string(),
    insightIds: z.array(idSchema),
    rule: decisionRuleSchema,
  }),
  messageSchema("proposal.amended", {
    proposalId: idSchema,
    version: z.number().int().min(2),
    text: z.string(),
    note: z.string().nullable(),
    integrates: z.array(idSchema),
  }),
  messageSchema("proposal.round_started", {
    roundId: idSchema,
    proposalId: idSchema,
    version: z.number().int().positive(),
    kind: z.enum(PROPOSAL_ROUND_KINDS),
    participantIds: z.array(idSchema),
  }),
  /** `participantId` is absent where the anonymity mode hides who said what. */
  messageSchema("proposal.responded", {
    roundId: idSchema,
    entryId: idSchema,
    participantId: idSchema.optional(),
    /** Not among those asked when the round started (joined later, say). */
    late: z.literal(true).optional(),
    text: z.string().optional(),
    position: z.enum(POSITIONS).optional(),
    reason: z.string().optional(),
    vote: z.enum(POLL_VOTES).optional(),
  }),
  messageSchema("proposal.round_ended", {
    roundId: idSchema,
    reason: z.enum(PROPOSAL_ROUND_END_REASONS),
  }),
  messageSchema("proposal.objection_tested", {
    ...entryRef,
    outcome: z.enum(OBJECTION_OUTCOMES),
    rationale: z.string().nullable(),
  }),
  messageSchema("proposal.decided", {
    proposalId: idSchema,
    /** The decision record's id: the server writes the record under it. */
    decisionId: idSchema,
    version: z.number().int().positive(),
    rationale: z.string(),
    actions: z.array(decisionActionSchema),
    reviewDate: calendarDateSchema.nullable(),
    /** Absent when the decision names no effect to follow up. */
    effect: decisionEffectSchema.optional(),
  }),
  messageSchema("proposal.postponed", {
    proposalId: idSchema,
    decisionId: idSchema,
    reason: z.string(),
  }),
] as const;
