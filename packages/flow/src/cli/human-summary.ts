import type { AllFacts } from "../facts/all-facts.js";
import type { XmrChart } from "../facts/xmr.js";
import type { LogFormat } from "../import/log-format.js";
import type { ImportReport } from "../import/report.js";

const number = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const days = (value: number | null) => (value === null ? "–" : value.toFixed(2));
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** A few lines a person reads at a terminal; `--json` has everything. */
export function humanSummary(
  file: string,
  format: LogFormat,
  report: ImportReport,
  facts: AllFacts,
): string {
  const { summary, leadTime, throughput, wip, stability, bottlenecks, rework, variants } = facts;
  const lines = [
    `${file} (${format}): ${number.format(summary.cases)} cases, ${number.format(summary.events)} events, ` +
      `${summary.activities} activities, ${summary.dfg_edges} directly-follows edges, ` +
      `${number.format(summary.variants)} variants`,
    `Lead time (days): median ${days(summary.median)}, p85 ${days(summary.p85)}, ` +
      `p95 ${days(summary.p95)}, mean ${days(summary.mean)}, std dev ${days(leadTime.stdDev)}`,
    `Throughput: ${days(throughput.meanPerWeek)} cases/week over ${throughput.weeks.length} weeks; ` +
      `${number.format(wip.openCases)} cases open at the end`,
    xmrLine("weekly median lead time", stability.leadTime),
    xmrLine("weekly throughput", stability.throughput),
  ];
  const edge = bottlenecks.edgesByTotal[0];
  if (edge) {
    lines.push(
      `Biggest wait: ${edge.from} -> ${edge.to}, ${days(edge.totalDays)} days in total ` +
        `(${number.format(edge.count)} times, median ${days(edge.medianDays)})`,
    );
  }
  const handoff = facts.handoffs.handoffs[0];
  if (handoff) {
    lines.push(
      `Biggest handoff delay: ${handoff.from} -> ${handoff.to}, ${days(handoff.totalDays)} days ` +
        `over ${number.format(handoff.count)} handoffs`,
    );
  }
  lines.push(`Rework: ${percent(rework.share)} of cases repeat an activity`);
  const top = variants.top[0];
  if (top)
    lines.push(
      `Most common variant: ${percent(top.share)} of cases, ${top.activities.length} steps`,
    );
  if (report.rowsSkipped > 0) {
    lines.push(
      `Skipped ${number.format(report.rowsSkipped)} of ${number.format(report.rowsRead)} rows (see --json)`,
    );
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return `${lines.join("\n")}\n`;
}

function xmrLine(name: string, chart: XmrChart): string {
  if (chart.upperLimit === null || chart.lowerLimit === null) return `XmR ${name}: too few weeks`;
  return (
    `XmR ${name}: centre ${days(chart.centre)}, natural process limits ` +
    `${days(Math.max(0, chart.lowerLimit))}–${days(chart.upperLimit)}, ${chart.signals.length} signal(s)`
  );
}
