import { z } from "zod";
import { decisionEffectSchema } from "../consent/effect.js";

/*
 * GET /api/decisions/:id/effect: the effect a decision named, the baseline taken when it was
 * decided, and the follow-up computed from the process's CURRENT event log.
 */

export const EFFECT_VERDICTS = ["effect_confirmed", "no_signal_yet", "worse"] as const;
export type EffectVerdictName = (typeof EFFECT_VERDICTS)[number];

export const weeklyValueSchema = z.strictObject({ weekStart: z.string(), value: z.number() });

/** About ten years of weeks: a baseline is bounded like any stored JSON. */
export const MAX_BASELINE_WEEKS = 520;

export const effectBaselineSchema = z.strictObject({
  takenAt: z.string(),
  eventLogId: z.string(),
  /** The metric's weekly figures up to the decision, as the log showed them that day. */
  weeks: z.array(weeklyValueSchema).max(MAX_BASELINE_WEEKS),
});
export type EffectBaseline = z.infer<typeof effectBaselineSchema>;

export const effectFollowUpSchema = z.strictObject({
  verdict: z.enum(EFFECT_VERDICTS),
  eventLogImportedAt: z.string(),
  weeks: z.array(z.strictObject({ weekStart: z.string(), value: z.number(), signal: z.boolean() })),
  baselineWeeks: z.number().int(),
  afterWeeks: z.number().int(),
  centre: z.number().nullable(),
  upperLimit: z.number().nullable(),
  lowerLimit: z.number().nullable(),
  targetReached: z.boolean(),
});
export type EffectFollowUpResponse = z.infer<typeof effectFollowUpSchema>;

export const decisionEffectResponseSchema = z.strictObject({
  effect: decisionEffectSchema,
  /** The decision's calendar date (UTC): the line between before and after. */
  decidedOn: z.string(),
  /** Null when the process has been removed since. */
  processName: z.string().nullable(),
  baseline: effectBaselineSchema.nullable(),
  /** Null while the process has no event log to judge from. */
  followUp: effectFollowUpSchema.nullable(),
});
export type DecisionEffectResponse = z.infer<typeof decisionEffectResponseSchema>;

/** GET /api/processes/:id/decisions: the decisions that name this process's flow as their aim. */
export const processDecisionSchema = z.strictObject({
  decisionId: z.string(),
  title: z.string(),
  text: z.string(),
  decidedAt: z.string(),
  effect: decisionEffectSchema,
});
export type ProcessDecision = z.infer<typeof processDecisionSchema>;
export const processDecisionListSchema = z.strictObject({
  decisions: z.array(processDecisionSchema),
});

/** GET /api/processes/:id/sessions: the sessions that worked from this process's flow facts. */
export const processSessionListSchema = z.strictObject({
  sessions: z.array(
    z.strictObject({
      sessionId: z.string(),
      title: z.string(),
      status: z.string(),
      firstSharedAt: z.string(),
    }),
  ),
});
