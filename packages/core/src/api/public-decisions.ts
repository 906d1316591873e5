import { z } from "zod";
import { decisionLifecycleSchema } from "../consent/lifecycle.js";
import { decisionRecordSchema } from "../consent/record.js";

/*
 * A decision's public read-only link: off until a member who manages decisions turns it on for
 * that one decision. The token is the whole secret; turning the link off forgets it, and turning
 * it on again makes a new one.
 */

export const publicLinkSchema = z.object({
  /** Null while the link is off. */
  token: z.string().nullable(),
  enabledAt: z.string().nullable(),
});
export type PublicLink = z.infer<typeof publicLinkSchema>;

export const publicLinkChangeSchema = z.strictObject({ enabled: z.boolean() });
export type PublicLinkChange = z.infer<typeof publicLinkChangeSchema>;

/** What an outsider sees: the record without names (publicDecisionRecord) and its status. */
export const publicDecisionSchema = z.object({
  record: decisionRecordSchema,
  lifecycle: decisionLifecycleSchema,
});
export type PublicDecision = z.infer<typeof publicDecisionSchema>;

/** The path of the web page a public link opens. */
export const publicDecisionPath = (token: string) => `/p/decisions/${encodeURIComponent(token)}`;
