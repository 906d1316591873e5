import type { FlowLog } from "../analysis/flow-log.js";
import { distribution } from "./distribution.js";
import { inDays, isoSql } from "./durations.js";

export interface CompletionPoint {
  caseId: string;
  completedAt: string;
  leadTimeDays: number;
}

export interface LeadTimeByCompletion {
  points: CompletionPoint[];
  /** More cases than `maxPoints`: the points are a uniform random sample (fixed seed). */
  sampled: boolean;
  cases: number;
  /** Horizontal lines for the scatter: percentiles over all cases. */
  percentiles: { p50: number | null; p85: number | null; p95: number | null };
}

/** Lead time by completion date: the scatter with percentile lines of Kanban flow analytics. */
export async function leadTimeByCompletion(
  log: FlowLog,
  maxPoints = 2000,
): Promise<LeadTimeByCompletion> {
  const stats = await distribution(log.db, "lead_s", "cases");
  const sample =
    stats.count > maxPoints ? `USING SAMPLE reservoir(${maxPoints} ROWS) REPEATABLE (17)` : "";
  const points = await log.db.rows<CompletionPoint>(`
    SELECT i.case_id AS "caseId", ${isoSql("c.end_ts")} AS "completedAt",
           ${inDays("c.lead_s")} AS "leadTimeDays"
    FROM (SELECT * FROM cases ${sample}) c JOIN case_ids i USING (case_no)
    ORDER BY c.end_ts, c.case_no`);
  return {
    points,
    sampled: sample !== "",
    cases: stats.count,
    percentiles: { p50: stats.median, p85: stats.p85, p95: stats.p95 },
  };
}
