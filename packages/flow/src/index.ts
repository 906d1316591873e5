// The flow room's public surface: import event logs, open them, compute flow facts.

export type { AttributeFilter, DateRangeFilter, FlowFilters } from "./analysis/filters.js";
export type { FlowLog, OpenLogOptions } from "./analysis/flow-log.js";
export { openFlowLog } from "./analysis/flow-log.js";
export type { AnalyzeIo } from "./cli/analyze.js";
export { FLOW_HELP, runFlowCommand } from "./cli/analyze.js";
export type { DatabaseOptions } from "./duckdb/database.js";
export type { FlowError, FlowErrorCode, Result } from "./errors.js";
export type { AllFacts, FactName } from "./facts/all-facts.js";
export { allFacts, FACTS } from "./facts/all-facts.js";
export type { AttributeValues } from "./facts/attribute-values.js";
export { attributeValues } from "./facts/attribute-values.js";
export type { ActivityWait, Bottlenecks } from "./facts/bottlenecks.js";
export { bottlenecks } from "./facts/bottlenecks.js";
export type { Period, PeriodComparison, PeriodFigures } from "./facts/compare-periods.js";
export { comparePeriods } from "./facts/compare-periods.js";
export type {
  CustomerExperience,
  ExperienceBand,
  ExperienceWeek,
} from "./facts/customer-experience.js";
export { customerExperience } from "./facts/customer-experience.js";
export type { Dfg, DfgActivity, DfgEdge } from "./facts/dfg.js";
export { dfg } from "./facts/dfg.js";
export type { Distribution } from "./facts/distribution.js";
export type {
  EffectDirection,
  EffectFollowUp,
  EffectFollowUpInput,
  EffectVerdict,
  WeeklyValue,
} from "./facts/effect-verdict.js";
export { effectFollowUp } from "./facts/effect-verdict.js";
export type { Handoff, Handoffs } from "./facts/handoffs.js";
export { handoffs } from "./facts/handoffs.js";
export type { HistogramBin, LeadTime } from "./facts/lead-time.js";
export { leadTime } from "./facts/lead-time.js";
export type { CompletionPoint, LeadTimeByCompletion } from "./facts/lead-time-by-completion.js";
export { leadTimeByCompletion } from "./facts/lead-time-by-completion.js";
export type { OpenCaseRule } from "./facts/open-cases.js";
export { endActivities } from "./facts/open-cases.js";
export type { ActivityRework, Rework } from "./facts/rework.js";
export { rework } from "./facts/rework.js";
export type { Stability, StabilityOptions } from "./facts/stability.js";
export { stability } from "./facts/stability.js";
export type { Summary } from "./facts/summary.js";
export { summary } from "./facts/summary.js";
export type { Throughput } from "./facts/throughput.js";
export { throughput } from "./facts/throughput.js";
export type { Variant, Variants } from "./facts/variants.js";
export { variants } from "./facts/variants.js";
export type { WeeklyMetric } from "./facts/weekly-metric.js";
export { weeklyMetric } from "./facts/weekly-metric.js";
export type { Wip, WipPoint } from "./facts/wip.js";
export { wip } from "./facts/wip.js";
export type { OpenCase, WorkItemAge } from "./facts/work-item-age.js";
export { workItemAge } from "./facts/work-item-age.js";
export type { XmrChart, XmrPoint, XmrRule, XmrSignal } from "./facts/xmr.js";
export { xmrChart } from "./facts/xmr.js";
export type { ColumnMapping, MappingRole } from "./import/column-mapping.js";
export { importCsv } from "./import/csv-import.js";
export type { CsvDialect, CsvImportPlan } from "./import/csv-plan.js";
export { planCsvImport } from "./import/csv-plan.js";
export type { CsvEncoding } from "./import/encoding.js";
export type { ImportedLog, ImportOptions } from "./import/import-options.js";
export type { LogFormat } from "./import/log-format.js";
export { detectLogFormat } from "./import/log-format.js";
export type { ImportReport, LifecycleSummary, TransitionCounts } from "./import/report.js";
export type { TimestampFormat } from "./import/timestamp-format.js";
export { detectTimestampFormat } from "./import/timestamp-format.js";
export type { XesImportOptions } from "./import/xes-import.js";
export { importXes } from "./import/xes-import.js";
export type { XesMapping } from "./import/xes-mapping.js";
export { DEFAULT_XES_MAPPING } from "./import/xes-mapping.js";
export type { ScoreImportReport } from "./scores/score-import.js";
export { importScores } from "./scores/score-import.js";
export type { ScoreKind, ScoreMapping } from "./scores/score-mapping.js";
export { suggestScoreMapping } from "./scores/score-mapping.js";
export { logCounts } from "./storage/log-counts.js";
export type { LogMeta, StoredLog } from "./storage/log-meta.js";
export type { LogLocation } from "./storage/log-store.js";
export { eventsPath } from "./storage/log-store.js";
