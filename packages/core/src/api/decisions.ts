import { z } from "zod";
import { decisionRecordSchema } from "../consent/record.js";

/**
 * Where a decision is in its life: in effect when taken, then possibly under review, and in the
 * end superseded by a later decision or revoked with a reason (consent/lifecycle.ts).
 */
export const DECISION_STATUSES = ["in_effect", "under_review", "superseded", "revoked"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/**
 * The decisions HTTP API's answers. A decision record is written once, in the transaction that
 * appends the event deciding (or postponing) a proposal, and read by the organisation's members.
 */
export const decisionSummarySchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  outcome: z.enum(["decided", "postponed"]),
  title: z.string(),
  text: z.string(),
  language: z.string(),
  decidedAt: z.string(),
  reviewDate: z.string().nullable(),
});
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;

export const decisionListSchema = z.object({ decisions: z.array(decisionSummarySchema) });

export const decisionSchema = z.object({ record: decisionRecordSchema });
export type DecisionResponse = z.infer<typeof decisionSchema>;

export const REGISTER_SORTS = ["newest", "oldest", "relevance", "review_date"] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

/** A decision as the register lists it: the summary plus where it is in its life. */
export const registerEntrySchema = decisionSummarySchema.extend({
  status: z.enum(DECISION_STATUSES),
  supersededBy: z.string().nullable(),
  supersedes: z.string().nullable(),
  processId: z.string().nullable(),
  /** Its actions still open (neither done nor dropped). */
  openActions: z.number().int(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const registerPageSchema = z.object({
  decisions: z.array(registerEntrySchema),
  /** Opaque; give it back as `cursor` for the next page. Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type RegisterPageResponse = z.infer<typeof registerPageSchema>;
