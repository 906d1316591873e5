import { utc } from "../analysis/filters.js";
import type { FlowLog } from "../analysis/flow-log.js";
import { sqlString } from "../duckdb/sql.js";
import { distribution } from "./distribution.js";
import { inDays, isoSql } from "./durations.js";
import { closedPredicate, type OpenCaseRule } from "./open-cases.js";

export interface OpenCase {
  caseId: string;
  startedAt: string;
  ageDays: number;
  lastActivity: string;
  /** The highest historical lead-time percentile this age has passed, if any. */
  beyond: "p50" | "p85" | "p95" | null;
}

export interface WorkItemAge {
  asOf: string;
  /** Lead time percentiles of finished cases, in days: the yardstick for an open case's age. */
  historical: { p50: number | null; p85: number | null; p95: number | null };
  openCases: number;
  /** The oldest open cases, at most `limit`. */
  oldest: OpenCase[];
}

/**
 * Age of each open case (as of the log's last event, or `asOf`) against how long finished cases
 * took: an item older than the 85th percentile is already late by the process's own history.
 */
export async function workItemAge(
  log: FlowLog,
  options: OpenCaseRule & { asOf?: string; limit?: number } = {},
): Promise<WorkItemAge> {
  const closed = await closedPredicate(log, options);
  const history = await distribution(log.db, "lead_s", `cases WHERE ${closed}`);
  const asOf = options.asOf
    ? `TIMESTAMP ${sqlString(utc(options.asOf))}`
    : "(SELECT max(end_ts) FROM cases)";
  const [at] = await log.db.rows<{ asOf: string | null }>(`SELECT ${isoSql(asOf)} AS "asOf"`);
  const { median: p50, p85, p95 } = history;
  const whens = [
    [p95, "p95"],
    [p85, "p85"],
    [p50, "p50"],
  ].flatMap(([limit, label]) =>
    limit === null ? [] : [`WHEN age_days > ${limit} THEN '${label}'`],
  );
  const beyond = whens.length > 0 ? `CASE ${whens.join(" ")} END` : "NULL";
  const oldest = await log.db.rows<OpenCase>(`
    SELECT i.case_id AS "caseId", ${isoSql("c.start_ts")} AS "startedAt", age_days AS "ageDays",
           a.activity AS "lastActivity",
           ${beyond} AS beyond
    FROM (SELECT *, ${inDays(`epoch(${asOf}) - epoch(start_ts)`)} AS age_days
          FROM cases WHERE NOT (${closed})) c
    JOIN case_ids i USING (case_no) JOIN acts a ON a.act_no = c.last_act
    ORDER BY age_days DESC, c.case_no LIMIT ${options.limit ?? 100}`);
  const [open] = await log.db.rows<{ n: number }>(
    `SELECT count(*)::DOUBLE AS n FROM cases WHERE NOT (${closed})`,
  );
  return { asOf: at?.asOf ?? "", historical: { p50, p85, p95 }, openCases: open?.n ?? 0, oldest };
}
