import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { textSchema, timestampSchema } from "../session/schema-helpers.js";

/*
 * A flow chart shared as a fact (issue 6, "Into decisions"): a FROZEN snapshot, not a link to
 * live figures. The group decides on what it saw that day; a later import must not change the
 * fact under the decision record. So the snapshot carries what is needed to redraw the chart:
 * its kind, the process, the filters, when it was taken, and the compact series.
 */

export const CHART_KINDS = [
  "lead_time_by_week",
  "lead_time_xmr",
  "throughput",
  "throughput_xmr",
  "wip",
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Enough for two years of weekly points or a year of daily WIP; keeps a fact under 64 KiB. */
export const MAX_CHART_POINTS = 400;
export const MAX_CHART_FILTERS = 20;

const chartNumber = z.number().finite();

export const chartPointSchema = z.strictObject({
  /** The period as the chart labels it: an ISO week ("2011-W41") or a day ("2011-10-11"). */
  x: z.string().min(1).max(20),
  y: chartNumber,
  /** XmR charts only: this point is part of a Wheeler signal. */
  signal: z.literal(true).optional(),
});
export type ChartPoint = z.infer<typeof chartPointSchema>;

/** A filter as the process page showed it, already in words ("from" -> "2026-01-01"). */
export const chartFilterSchema = z.strictObject({
  name: textSchema(1, 60),
  value: textSchema(1, 200),
});

/** XmR natural process limits; the lower one is absent where it would fall below zero. */
export const chartLimitsSchema = z.strictObject({
  centre: chartNumber,
  upper: chartNumber,
  lower: chartNumber.optional(),
});

export const chartSnapshotSchema = z.strictObject({
  kind: z.enum(CHART_KINDS),
  processId: idSchema,
  processName: textSchema(1, 200),
  filters: z.array(chartFilterSchema).max(MAX_CHART_FILTERS),
  takenAt: timestampSchema,
  /** "days" for lead time, "cases" for throughput and WIP. */
  unit: z.enum(["days", "cases"]),
  points: z.array(chartPointSchema).max(MAX_CHART_POINTS),
  limits: chartLimitsSchema.optional(),
});
export type ChartSnapshot = z.infer<typeof chartSnapshotSchema>;
