import type { Database } from "../duckdb/database.js";
import { inDays } from "./durations.js";

/** Summary statistics of a set of durations, in days. */
export interface Distribution {
  count: number;
  median: number | null;
  p85: number | null;
  p95: number | null;
  mean: number | null;
  /** Sample standard deviation (n - 1), as Python's `statistics.stdev`. */
  stdDev: number | null;
  /** Standard deviation over mean: variation relative to the typical lead time. */
  coefficientOfVariation: number | null;
  min: number | null;
  max: number | null;
}

/**
 * The distribution of a seconds column over the rows of `from` (a table or subquery with an
 * optional WHERE). Percentiles use the exclusive method (see `quantile_excl`).
 */
export async function distribution(
  db: Database,
  secondsColumn: string,
  from: string,
): Promise<Distribution> {
  const [row] = await db.rows<Distribution>(`
    WITH s AS (
      SELECT list_sort(list(${inDays(secondsColumn)})) AS v, count(*)::INTEGER AS n,
             avg(${inDays(secondsColumn)}) AS mean, stddev_samp(${inDays(secondsColumn)}) AS sd
      FROM ${from})
    SELECT n::DOUBLE AS count,
           quantile_excl(v, n, 50) AS median, quantile_excl(v, n, 85) AS p85,
           quantile_excl(v, n, 95) AS p95, mean, sd AS "stdDev",
           CASE WHEN mean > 0 THEN sd / mean END AS "coefficientOfVariation",
           v[1] AS min, v[n] AS max
    FROM s`);
  if (!row) throw new Error("distribution query returned no row");
  return row;
}
