import { z } from "zod";
import { decisionRecordSchema } from "../consent/record.js";

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
