import type { AllFacts } from "../facts/all-facts.js";
import type { XmrChart } from "../facts/xmr.js";
import type { LogFormat } from "../import/log-format.js";
import type { ImportReport } from "../import/report.js";

/**
 * The CLI's JSON: the headline figures at the top level under the names the README's reference
 * table uses (lead times in days), the edge list and XmR limits for scripts, then every fact.
 */
export function analysisJson(
  file: string,
  format: LogFormat,
  report: ImportReport,
  facts: AllFacts,
): Record<string, unknown> {
  return {
    file,
    format,
    ...facts.summary,
    p95: facts.leadTime.p95,
    std_dev: facts.leadTime.stdDev,
    cv: facts.leadTime.coefficientOfVariation,
    edges: facts.dfg.edges.map(({ from, to, count, medianDays, totalDays }) => ({
      from,
      to,
      count,
      medianDays,
      totalDays,
    })),
    xmr: {
      weekly_median_lead_time: limits(facts.stability.leadTime),
      weekly_throughput: limits(facts.stability.throughput),
    },
    import: report,
    facts,
  };
}

function limits(chart: XmrChart) {
  const { centre, averageMovingRange, upperLimit, lowerLimit, movingRangeUpperLimit, signals } =
    chart;
  return { centre, averageMovingRange, upperLimit, lowerLimit, movingRangeUpperLimit, signals };
}
