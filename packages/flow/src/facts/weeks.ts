import type { FlowLog } from "../analysis/flow-log.js";
import { SECONDS_PER_DAY } from "./durations.js";
import { closedPredicate, type OpenCaseRule } from "./open-cases.js";

export interface WeekFigures {
  /** ISO 8601 week, e.g. `2011-W41`. */
  week: string;
  /** Monday of the week. */
  weekStart: string;
  completed: number;
  /** Median lead time of the cases completed that week, in days; null for a week without any. */
  medianLeadTimeDays: number | null;
  /** 85th percentile of the same cases' lead time, in days; null likewise. */
  p85LeadTimeDays: number | null;
}

/**
 * Finished cases per ISO week of completion (UTC), every week from the first to the last
 * included, so that a week without completions shows as 0 rather than disappearing.
 */
export async function weeklyFigures(log: FlowLog, rule: OpenCaseRule = {}): Promise<WeekFigures[]> {
  const closed = await closedPredicate(log, rule);
  return log.db.rows<WeekFigures>(`
    WITH closed AS (SELECT end_ts, lead_s FROM cases WHERE ${closed}),
    weeks AS (
      SELECT unnest(generate_series(date_trunc('week', min(end_ts)), date_trunc('week', max(end_ts)),
                                    INTERVAL 7 DAY)) AS week_start
      FROM closed),
    figures AS (
      SELECT date_trunc('week', end_ts) AS week_start, count(*)::DOUBLE AS completed,
             median(lead_s) / ${SECONDS_PER_DAY}.0 AS median_days,
             quantile_cont(lead_s, 0.85) / ${SECONDS_PER_DAY}.0 AS p85_days
      FROM closed GROUP BY 1)
    SELECT strftime(w.week_start, '%G-W%V') AS week, strftime(w.week_start, '%Y-%m-%d') AS "weekStart",
           coalesce(f.completed, 0) AS completed, f.median_days AS "medianLeadTimeDays",
           f.p85_days AS "p85LeadTimeDays"
    FROM weeks w LEFT JOIN figures f USING (week_start)
    ORDER BY w.week_start`);
}
