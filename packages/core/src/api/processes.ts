import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";

/**
 * The process register's wire shapes, shared by the server (validation, serialisation, OpenAPI)
 * and the web app (forms, parsing). Requests are strict: an unknown field is a client bug.
 */

export const processNameSchema = z.string().trim().min(1).max(200);
export const processPurposeSchema = z.string().trim().max(5_000);
/** The organisational units (departments, teams) a process crosses. */
export const processUnitsSchema = z
  .array(z.string().trim().min(1).max(120))
  .max(50)
  .refine((units) => new Set(units).size === units.length, "Each unit once.");

export const createProcessBodySchema = z.strictObject({
  name: processNameSchema,
  purpose: processPurposeSchema.default(""),
  ownerUserId: idSchema.nullable().default(null),
  parentId: idSchema.nullable().default(null),
  units: processUnitsSchema.default([]),
});
export type CreateProcessBody = z.input<typeof createProcessBodySchema>;

export const updateProcessBodySchema = z.strictObject({
  name: processNameSchema.optional(),
  purpose: processPurposeSchema.optional(),
  ownerUserId: idSchema.nullable().optional(),
  parentId: idSchema.nullable().optional(),
  units: processUnitsSchema.optional(),
});
export type UpdateProcessBody = z.input<typeof updateProcessBodySchema>;

/** A row the flow room skipped or refused, with where and why (packages/flow's FlowError). */
export const flowProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  columnName: z.string().optional(),
  expected: z.string().optional(),
  found: z.string().optional(),
});
export type FlowProblem = z.infer<typeof flowProblemSchema>;

export const importReportSchema = z.object({
  format: z.enum(["csv", "xes"]),
  fileName: z.string(),
  sizeBytes: z.number(),
  rowsRead: z.number(),
  eventsImported: z.number(),
  rowsSkipped: z.number(),
  skippedByCode: z.record(z.string(), z.number()),
  skipped: z.array(flowProblemSchema),
  lifecycle: z.object({ mode: z.enum(["start-complete", "complete-only"]) }),
  notes: z.array(z.string()),
  seconds: z.number(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const MAPPING_ROLES = [
  "caseId",
  "activity",
  "timestamp",
  "startTimestamp",
  "resource",
  "unit",
] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number];

const columnSchema = z.string().min(1).max(500);
export const columnMappingSchema = z.strictObject({
  caseId: columnSchema.optional(),
  activity: columnSchema.optional(),
  timestamp: columnSchema.optional(),
  startTimestamp: columnSchema.optional(),
  resource: columnSchema.optional(),
  unit: columnSchema.optional(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * How to tell finished cases from open ones: the activities that end a case. Unset: every
 * activity that ends at least 5 % of cases (packages/flow's default rule).
 */
export const openCaseRuleSchema = z.strictObject({
  endActivities: z.array(z.string().min(1).max(500)).max(200).optional(),
});
export type OpenCaseRule = z.infer<typeof openCaseRuleSchema>;

export const updateEventLogBodySchema = z.strictObject({ openCaseRule: openCaseRuleSchema });
export type UpdateEventLogBody = z.input<typeof updateEventLogBodySchema>;

/** What the importer detected in an uploaded file, for a person to confirm or correct. */
export const importPlanSchema = z.object({
  uploadId: z.string(),
  format: z.enum(["csv", "xes"]),
  fileName: z.string(),
  sizeBytes: z.number(),
  dialect: z
    .object({
      encoding: z.string(),
      delimiter: z.string(),
      quote: z.string(),
      header: z.boolean(),
    })
    .nullable(),
  columns: z.array(z.string()),
  mapping: columnMappingSchema,
  timestampFormats: z.record(
    z.string(),
    z.object({ formats: z.array(z.string()), example: z.string(), ambiguousDayMonth: z.boolean() }),
  ),
  preview: z.array(z.array(z.string())),
  notes: z.array(z.string()),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

export const confirmImportBodySchema = z.strictObject({
  mapping: columnMappingSchema,
  openCaseRule: openCaseRuleSchema.default({}),
});
export type ConfirmImportBody = z.input<typeof confirmImportBodySchema>;

export const eventLogSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.enum(["csv", "xes"]),
  mapping: columnMappingSchema,
  openCaseRule: openCaseRuleSchema,
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  cases: z.number(),
  events: z.number(),
  report: importReportSchema,
});
export type EventLog = z.infer<typeof eventLogSchema>;

export const SCORE_KINDS = ["csat", "nps"] as const;
export const scoreMappingSchema = z.strictObject({
  score: columnSchema,
  caseId: columnSchema.optional(),
  date: columnSchema.optional(),
  kind: z.enum(SCORE_KINDS),
});
export type ScoreMapping = z.infer<typeof scoreMappingSchema>;

export const scoresPlanSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  columns: z.array(z.string()),
  preview: z.array(z.array(z.string())),
  mapping: scoreMappingSchema.partial(),
});
export type ScoresPlan = z.infer<typeof scoresPlanSchema>;

export const customerScoresSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  kind: z.enum(SCORE_KINDS),
  mapping: scoreMappingSchema,
  importedAt: z.string(),
  responses: z.number(),
  rowsSkipped: z.number(),
});
export type CustomerScores = z.infer<typeof customerScoresSchema>;

export const processSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  purpose: z.string(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  parentId: z.string().nullable(),
  units: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  eventLog: eventLogSchema.nullable(),
  customerScores: customerScoresSchema.nullable(),
});
export type Process = z.infer<typeof processSchema>;

export const processListSchema = z.object({ processes: z.array(processSchema) });
