import { z } from "zod";
import { eventLogSchema, SCORE_KINDS } from "./processes.js";

/**
 * The flow facts as the API answers them: packages/flow's fact types written as schemas, so the
 * web app can parse them and the server's route fails to compile if the two drift apart. All
 * durations are in days, all instants ISO 8601 UTC.
 */

const days = z.number().nullable();

export const distributionSchema = z.object({
  count: z.number(),
  median: days,
  p85: days,
  p95: days,
  mean: days,
  stdDev: days,
  coefficientOfVariation: z.number().nullable(),
  min: days,
  max: days,
});
export type Distribution = z.infer<typeof distributionSchema>;

const percentilesSchema = z.object({ p50: days, p85: days, p95: days });

const waitStatsSchema = z.object({
  count: z.number(),
  totalDays: z.number(),
  meanDays: z.number(),
  medianDays: z.number(),
  maxDays: z.number(),
});
export const dfgEdgeSchema = waitStatsSchema.extend({ from: z.string(), to: z.string() });
export type DfgEdge = z.infer<typeof dfgEdgeSchema>;
const activityWaitSchema = waitStatsSchema.extend({ activity: z.string() });

export const xmrChartSchema = z.object({
  points: z.array(
    z.object({ label: z.string(), value: z.number(), movingRange: z.number().nullable() }),
  ),
  centre: z.number().nullable(),
  averageMovingRange: z.number().nullable(),
  upperLimit: z.number().nullable(),
  lowerLimit: z.number().nullable(),
  movingRangeUpperLimit: z.number().nullable(),
  baselinePoints: z.number(),
  signals: z.array(
    z.object({
      rule: z.enum(["beyond_limits", "three_of_four", "run_of_eight"]),
      side: z.enum(["upper", "lower"]),
      from: z.number(),
      to: z.number(),
    }),
  ),
});
export type XmrChart = z.infer<typeof xmrChartSchema>;

export const flowFactsSchema = z.object({
  summary: z.object({
    cases: z.number(),
    events: z.number(),
    activities: z.number(),
    dfg_edges: z.number(),
    variants: z.number(),
    median: days,
    p85: days,
    p95: days,
    mean: days,
  }),
  leadTime: distributionSchema.extend({
    histogram: z.array(z.object({ fromDays: z.number(), toDays: z.number(), cases: z.number() })),
  }),
  leadTimeByCompletion: z.object({
    points: z.array(
      z.object({ caseId: z.string(), completedAt: z.string(), leadTimeDays: z.number() }),
    ),
    sampled: z.boolean(),
    cases: z.number(),
    percentiles: percentilesSchema,
  }),
  throughput: z.object({
    weeks: z.array(z.object({ week: z.string(), weekStart: z.string(), completed: z.number() })),
    totalCompleted: z.number(),
    meanPerWeek: z.number().nullable(),
  }),
  wip: z.object({
    interval: z.enum(["day", "week"]),
    points: z.array(
      z.object({
        period: z.string(),
        wip: z.number(),
        started: z.number(),
        finished: z.number(),
      }),
    ),
    openCases: z.number(),
  }),
  workItemAge: z.object({
    asOf: z.string(),
    historical: percentilesSchema,
    openCases: z.number(),
    oldest: z.array(
      z.object({
        caseId: z.string(),
        startedAt: z.string(),
        ageDays: z.number(),
        lastActivity: z.string(),
        beyond: z.enum(["p50", "p85", "p95"]).nullable(),
      }),
    ),
  }),
  stability: z.object({ leadTime: xmrChartSchema, throughput: xmrChartSchema }),
  dfg: z.object({
    activities: z.array(
      z.object({
        activity: z.string(),
        count: z.number(),
        starts: z.number(),
        ends: z.number(),
        medianServiceDays: days,
      }),
    ),
    edges: z.array(dfgEdgeSchema),
    timeKind: z.enum(["waiting", "transition"]),
  }),
  bottlenecks: z.object({
    edgesByTotal: z.array(dfgEdgeSchema),
    edgesByMedian: z.array(dfgEdgeSchema),
    activitiesByTotal: z.array(activityWaitSchema),
    activitiesByMedian: z.array(activityWaitSchema),
  }),
  rework: z.object({
    casesWithRework: z.number(),
    share: z.number(),
    activities: z.array(
      z.object({
        activity: z.string(),
        cases: z.number(),
        share: z.number(),
        repeats: z.number(),
      }),
    ),
  }),
  variants: z.object({
    total: z.number(),
    cases: z.number(),
    top: z.array(
      z.object({
        rank: z.number(),
        activities: z.array(z.string()),
        cases: z.number(),
        share: z.number(),
        cumulativeShare: z.number(),
        medianLeadTimeDays: z.number(),
      }),
    ),
  }),
  handoffs: z.object({
    available: z.boolean(),
    units: z.array(z.string()),
    handoffs: z.array(dfgEdgeSchema),
  }),
});
export type FlowFacts = z.infer<typeof flowFactsSchema>;

export const customerExperienceSchema = z.object({
  kind: z.enum(SCORE_KINDS),
  responses: z.number(),
  matchedCases: z.number(),
  meanScore: z.number().nullable(),
  nps: z.number().nullable(),
  weeks: z.array(
    z.object({
      week: z.string(),
      weekStart: z.string(),
      responses: z.number(),
      meanScore: z.number().nullable(),
      medianLeadTimeDays: days,
    }),
  ),
  byLeadTime: z.array(
    z.object({
      band: z.enum(["upToP50", "p50ToP85", "aboveP85"]),
      responses: z.number(),
      meanScore: z.number().nullable(),
    }),
  ),
  leadTimeCorrelation: z.number().nullable(),
});
export type CustomerExperience = z.infer<typeof customerExperienceSchema>;

export const attributeValuesSchema = z.object({
  key: z.string(),
  distinct: z.number(),
  values: z.array(z.object({ value: z.string(), events: z.number() })),
});
export type AttributeValues = z.infer<typeof attributeValuesSchema>;

// Filters travel in the query string as JSON (`?filters=...`): nested and repeated values that
// flat query parameters express badly. Bounded, like every input.
const instantSchema = z.iso.datetime({ offset: true }).or(z.iso.date());
export const flowFiltersSchema = z.strictObject({
  dateRange: z
    .strictObject({
      from: instantSchema.optional(),
      to: instantSchema.optional(),
      mode: z.enum(["intersecting", "contained", "started", "completed"]).optional(),
    })
    .optional(),
  variants: z
    .array(z.array(z.string().max(500)).max(1_000))
    .max(50)
    .optional(),
  attributes: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(500),
        values: z.array(z.string().max(500)).min(1).max(500),
        keep: z.enum(["cases", "events"]).optional(),
        exclude: z.boolean().optional(),
      }),
    )
    .max(20)
    .optional(),
});
export type FlowFilters = z.infer<typeof flowFiltersSchema>;

export const flowFactsResponseSchema = z.object({
  eventLog: eventLogSchema,
  filters: flowFiltersSchema,
  facts: flowFactsSchema,
  customerExperience: customerExperienceSchema.nullable(),
  attributes: z.array(attributeValuesSchema),
});
export type FlowFactsResponse = z.infer<typeof flowFactsResponseSchema>;

const periodFiguresSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  completed: z.number(),
  throughputPerWeek: z.number(),
  leadTime: distributionSchema,
  variants: z.number(),
  reworkShare: z.number(),
});

export const periodComparisonSchema = z.object({
  a: periodFiguresSchema,
  b: periodFiguresSchema,
  change: z.object({
    completed: z.number(),
    throughputPerWeek: z.number(),
    medianLeadTimeDays: days,
    p85LeadTimeDays: days,
  }),
});
export type PeriodComparison = z.infer<typeof periodComparisonSchema>;

export const compareQuerySchema = z.strictObject({
  filters: z.string().max(50_000).optional(),
  aFrom: instantSchema,
  aTo: instantSchema,
  bFrom: instantSchema,
  bTo: instantSchema,
});
