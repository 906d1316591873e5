import type { FlowLog } from "../analysis/flow-log.js";
import { sqlStringList } from "../duckdb/sql.js";

/**
 * An event log does not say which cases are still open. A case counts as finished when its last
 * activity is an end activity: the ones given, or else every activity that ends at least
 * `minEndShare` of the cases (a rare last activity means the case stopped mid-way, as pm4py's
 * end-activity filter also assumes).
 */
export interface OpenCaseRule {
  endActivities?: string[];
  minEndShare?: number;
}

const DEFAULT_MIN_END_SHARE = 0.05;

export async function endActivities(log: FlowLog, rule: OpenCaseRule = {}): Promise<string[]> {
  if (rule.endActivities) return rule.endActivities;
  const share = rule.minEndShare ?? DEFAULT_MIN_END_SHARE;
  const rows = await log.db.rows<{ activity: string }>(`
    SELECT a.activity FROM cases c JOIN acts a ON a.act_no = c.last_act
    GROUP BY a.activity
    HAVING count(*) >= ${share} * (SELECT count(*) FROM cases)
    ORDER BY count(*) DESC`);
  return rows.map((row) => row.activity);
}

/** SQL predicate over `cases` (it names `last_act` only): the case is finished. */
export async function closedPredicate(log: FlowLog, rule: OpenCaseRule = {}): Promise<string> {
  const ends = await endActivities(log, rule);
  if (ends.length === 0) return "false";
  return `last_act IN (SELECT act_no FROM acts WHERE activity IN (SELECT unnest(${sqlStringList(ends)})))`;
}
