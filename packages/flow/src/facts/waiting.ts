/** Statistics of the waits (`ev.wait_s`, see `tables.ts`) of a group of events, in days. */
export interface WaitStats {
  count: number;
  totalDays: number;
  meanDays: number;
  medianDays: number;
  maxDays: number;
}

/** SQL select-list for WaitStats over `wait_s`. */
export const WAIT_STATS_SQL = `count(*)::DOUBLE AS count, sum(wait_s) / 86400.0 AS "totalDays",
  avg(wait_s) / 86400.0 AS "meanDays", median(wait_s) / 86400.0 AS "medianDays",
  max(wait_s) / 86400.0 AS "maxDays"`;
