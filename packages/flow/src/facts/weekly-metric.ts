import type { FlowLog } from "../analysis/flow-log.js";
import type { WeeklyValue } from "./effect-verdict.js";
import type { OpenCaseRule } from "./open-cases.js";
import { weeklyFigures } from "./weeks.js";

/** The metrics a decision can name as its effect; lead times in days, throughput in cases. */
export type WeeklyMetric = "lead_time_median" | "lead_time_p85" | "throughput";

/**
 * One metric per ISO week of completion. Weeks without a completed case have no lead time and
 * are left out (as on the stability chart); for throughput they count as 0.
 */
export async function weeklyMetric(
  log: FlowLog,
  metric: WeeklyMetric,
  rule: OpenCaseRule = {},
): Promise<WeeklyValue[]> {
  const weeks = await weeklyFigures(log, rule);
  return weeks.flatMap(({ weekStart, completed, medianLeadTimeDays, p85LeadTimeDays }) => {
    const value =
      metric === "throughput"
        ? completed
        : metric === "lead_time_median"
          ? medianLeadTimeDays
          : p85LeadTimeDays;
    return value === null ? [] : [{ weekStart, value }];
  });
}
