import type { FlowLog } from "../analysis/flow-log.js";
import { type Distribution, distribution } from "./distribution.js";
import { SECONDS_PER_DAY } from "./durations.js";

export interface HistogramBin {
  fromDays: number;
  toDays: number;
  cases: number;
}

export interface LeadTime extends Distribution {
  histogram: HistogramBin[];
}

/**
 * Lead time per case: first event (its start, when the log has starts) to last completion, in
 * days — pm4py's case duration. Every case counts, as in the reference figures; work-item age
 * looks at the open ones separately.
 */
export async function leadTime(log: FlowLog, bins = 20): Promise<LeadTime> {
  const stats = await distribution(log.db, "lead_s", "cases");
  const width = stats.max && stats.max > 0 ? (stats.max * SECONDS_PER_DAY) / bins : 1;
  const rows = await log.db.rows<{ bin: number; cases: number }>(`
    SELECT least(floor(lead_s / ${width}), ${bins - 1})::INTEGER AS bin, count(*)::DOUBLE AS cases
    FROM cases GROUP BY 1 ORDER BY 1`);
  const counts = new Map(rows.map((row) => [row.bin, row.cases]));
  const widthDays = width / SECONDS_PER_DAY;
  const histogram = Array.from({ length: stats.count > 0 ? bins : 0 }, (_, bin) => ({
    fromDays: bin * widthDays,
    toDays: (bin + 1) * widthDays,
    cases: counts.get(bin) ?? 0,
  }));
  return { ...stats, histogram };
}
