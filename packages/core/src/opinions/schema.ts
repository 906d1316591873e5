import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { actorRefSchema } from "../session/actor.js";
import { messageSchema } from "../session/schema-helpers.js";

/*
 * The opinion map (issue 8): participants write short statements and vote agree, disagree or
 * pass on each other's; the server projects the votes into opinion groups (packages/insight).
 * Statements and votes are events; the map itself is derived data and never enters the log.
 */

/** A statement is a line, not an essay: it is read and voted on in seconds on a phone. */
export const MAX_STATEMENT_CHARS = 280;
/** So that one voice cannot fill the deck. */
export const MAX_STATEMENTS_PER_PARTICIPANT = 10;
/** Bounds the vote matrix a step can grow (and a recompute's cost). */
export const MAX_STATEMENTS_PER_STEP = 500;

export const OPINION_VOTES = ["agree", "disagree", "pass"] as const;
export type OpinionVote = (typeof OPINION_VOTES)[number];
export const opinionVoteSchema = z.enum(OPINION_VOTES);

/** `facilitator`: a statement waits for approval before anyone votes on it. `auto`: it does not. */
export const OPINION_MODERATION = ["facilitator", "auto"] as const;
export type OpinionModeration = (typeof OPINION_MODERATION)[number];

/** A step's opinion-map setting; absent (or null) means the step has no opinion map. */
export const opinionMapSettingSchema = z.strictObject({
  moderation: z.enum(OPINION_MODERATION),
});
export type OpinionMapSetting = z.infer<typeof opinionMapSettingSchema>;

export const STATEMENT_STATUSES = ["pending", "approved", "rejected"] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const voteTallySchema = z.strictObject({
  agree: z.number().int().nonnegative(),
  disagree: z.number().int().nonnegative(),
  pass: z.number().int().nonnegative(),
});
export type VoteTally = z.infer<typeof voteTallySchema>;

/**
 * A statement as one viewer sees it: `text` is absent for peers while it waits for (or failed)
 * moderation, `author` where the anonymity mode hides it (`mine` tells the author it is theirs).
 */
export const statementSchema = z.strictObject({
  id: idSchema,
  stepId: idSchema,
  text: z.string().optional(),
  author: actorRefSchema.optional(),
  mine: z.literal(true).optional(),
  status: z.enum(STATEMENT_STATUSES),
  createdAt: z.string(),
  /** Totals are known to all; who voted what is known to the voter alone (see redact.ts). */
  votes: voteTallySchema,
  /** What a facilitator made of it, so the console shows it once and offers it no more. */
  insightId: idSchema.nullable(),
  proposalId: idSchema.nullable(),
});
export type Statement = z.infer<typeof statementSchema>;

// The wire bound is in UTF-16 code units, where a code point takes at most two.
const statementTextSchema = z
  .string()
  .trim()
  .max(MAX_STATEMENT_CHARS * 2);

export const opinionCommandSchemas = [
  messageSchema("opinion.submit", { text: statementTextSchema }),
  messageSchema("opinion.moderate", { statementId: idSchema, approve: z.boolean() }),
  messageSchema("opinion.vote", { statementId: idSchema, vote: opinionVoteSchema }),
  messageSchema("opinion.show_name", { shown: z.boolean() }),
  messageSchema("opinion.make_insight", { statementId: idSchema }),
  messageSchema("opinion.draft_proposal", { statementId: idSchema }),
] as const;

export const opinionEventSchemas = [
  messageSchema("opinion.submitted", {
    statementId: idSchema,
    ...statementSchema.pick({ stepId: true, text: true, author: true, mine: true, status: true })
      .shape,
  }),
  /** Redacted copies for peers carry the text (and author) an approval discloses. */
  messageSchema("opinion.moderated", {
    statementId: idSchema,
    status: z.enum(["approved", "rejected"]),
    text: z.string().optional(),
    author: actorRefSchema.optional(),
  }),
  /** `previous` keeps totals right for viewers who do not know the voter's earlier vote. */
  messageSchema("opinion.voted", {
    stepId: idSchema,
    statementId: idSchema,
    vote: opinionVoteSchema,
    previous: opinionVoteSchema.nullable(),
    participantId: idSchema.optional(),
  }),
  messageSchema("opinion.name_shown", { participantId: idSchema, shown: z.boolean() }),
  messageSchema("opinion.converted", {
    statementId: idSchema,
    insightId: idSchema.optional(),
    proposalId: idSchema.optional(),
  }),
] as const;
