import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";

/*
 * The effect a decision names (seed 002: "follow up on flow and effect"): which process, which
 * flow metric it means to move, which way, to what, and by when. The server takes a baseline
 * from the process's event log when the decision is taken, and later compares the current log
 * against it on the weekly XmR chart of that metric.
 */

/** Each metric has its unit: days for lead time, cases per week for throughput. */
export const EFFECT_METRICS = ["lead_time_median", "lead_time_p85", "throughput"] as const;
export type EffectMetric = (typeof EFFECT_METRICS)[number];

export const EFFECT_DIRECTIONS = ["decrease", "increase"] as const;
export type EffectDirection = (typeof EFFECT_DIRECTIONS)[number];

export const decisionEffectSchema = z.strictObject({
  processId: idSchema,
  metric: z.enum(EFFECT_METRICS),
  direction: z.enum(EFFECT_DIRECTIONS),
  target: z.number().finite().nonnegative().max(1_000_000),
  targetDate: z.iso.date(),
});
export type DecisionEffect = z.infer<typeof decisionEffectSchema>;
