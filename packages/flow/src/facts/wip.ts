import type { FlowLog } from "../analysis/flow-log.js";
import { closedPredicate, type OpenCaseRule } from "./open-cases.js";

export interface WipPoint {
  /** The period (day or ISO week start), `YYYY-MM-DD`. */
  period: string;
  /** Cases started by the end of the period and not finished by then. */
  wip: number;
  started: number;
  finished: number;
}

export interface Wip {
  interval: "day" | "week";
  points: WipPoint[];
  /** Cases never finished (see the open-case rule): they stay in progress to the log's end. */
  openCases: number;
}

/**
 * Work in progress at the end of each day (or week): a running sum of starts minus finishes, so
 * a case started and finished the same day never counts. Open cases never leave.
 */
export async function wip(
  log: FlowLog,
  interval: "day" | "week" = "day",
  rule: OpenCaseRule = {},
): Promise<Wip> {
  const closed = await closedPredicate(log, rule);
  const step = interval === "day" ? "INTERVAL 1 DAY" : "INTERVAL 7 DAY";
  const points = await log.db.rows<WipPoint>(`
    WITH flows AS (
      SELECT date_trunc('${interval}', start_ts) AS period, 1 AS started, 0 AS finished FROM cases
      UNION ALL
      SELECT date_trunc('${interval}', end_ts), 0, 1 FROM cases WHERE ${closed}),
    per_period AS (SELECT period, sum(started) AS started, sum(finished) AS finished FROM flows GROUP BY 1),
    periods AS (
      SELECT unnest(generate_series(min(period), max(period), ${step})) AS period FROM per_period)
    SELECT strftime(p.period, '%Y-%m-%d') AS period,
           (sum(coalesce(f.started, 0) - coalesce(f.finished, 0)) OVER (ORDER BY p.period))::DOUBLE AS wip,
           coalesce(f.started, 0)::DOUBLE AS started, coalesce(f.finished, 0)::DOUBLE AS finished
    FROM periods p LEFT JOIN per_period f USING (period)
    ORDER BY p.period`);
  const [open] = await log.db.rows<{ n: number }>(
    `SELECT count(*)::DOUBLE AS n FROM cases WHERE NOT (${closed})`,
  );
  return { interval, points, openCases: open?.n ?? 0 };
}
