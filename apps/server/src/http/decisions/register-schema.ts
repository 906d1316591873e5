import { DECISION_STATUSES, idSchema, REGISTER_SORTS } from "@samspel/core";
import { z } from "zod";

export const MAX_REGISTER_PAGE = 100;

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a calendar day, YYYY-MM-DD");

// Query strings arrive as text: lists are comma-separated, booleans "true" or "false".
export const registerQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  process: idSchema.optional(),
  facilitator: idSchema.optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  status: z
    .string()
    .transform((text) => text.split(","))
    .pipe(z.array(z.enum(DECISION_STATUSES)).min(1).max(DECISION_STATUSES.length))
    .optional(),
  openActions: z
    .enum(["true", "false"])
    .transform((text) => text === "true")
    .optional(),
  reviewDueBy: daySchema.optional(),
  sort: z.enum(REGISTER_SORTS).default("newest"),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_REGISTER_PAGE).default(25),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;
