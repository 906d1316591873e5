import { z } from "zod";

/** The full register (search, filters) is its own page; a list needs only to page. */
export const MAX_DECISIONS_PER_PAGE = 100;

// Query strings arrive as text: coerce, then bound.
export const decisionListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_DECISIONS_PER_PAGE).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type DecisionListQuery = z.infer<typeof decisionListQuerySchema>;
