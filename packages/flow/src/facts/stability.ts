import type { FlowLog } from "../analysis/flow-log.js";
import type { OpenCaseRule } from "./open-cases.js";
import { weeklyFigures } from "./weeks.js";
import { type XmrChart, xmrChart } from "./xmr.js";

export interface Stability {
  /** Weekly median lead time (days) of the cases completed that week; weeks without any skipped. */
  leadTime: XmrChart;
  /** Cases completed per week. */
  throughput: XmrChart;
}

export interface StabilityOptions extends OpenCaseRule {
  /** Compute the limits from the first N weeks only (a baseline), then judge the rest. */
  baselineWeeks?: number;
}

/** Is the process stable? XmR charts of weekly median lead time and weekly throughput. */
export async function stability(log: FlowLog, options: StabilityOptions = {}): Promise<Stability> {
  const weeks = await weeklyFigures(log, options);
  const leadSeries = weeks.flatMap((week) =>
    week.medianLeadTimeDays === null ? [] : [{ label: week.week, value: week.medianLeadTimeDays }],
  );
  const throughputSeries = weeks.map((week) => ({ label: week.week, value: week.completed }));
  return {
    leadTime: xmrChart(leadSeries, options.baselineWeeks),
    throughput: xmrChart(throughputSeries, options.baselineWeeks),
  };
}
