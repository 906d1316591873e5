import type { FlowLog } from "../analysis/flow-log.js";
import { WAIT_STATS_SQL, type WaitStats } from "./waiting.js";

export interface DfgEdge extends WaitStats {
  from: string;
  to: string;
}

export interface DfgActivity {
  activity: string;
  /** Events of this activity. */
  count: number;
  /** Cases that start / end with it. */
  starts: number;
  ends: number;
  /** Median service time (start to completion) in days, when the log has start times. */
  medianServiceDays: number | null;
}

export interface Dfg {
  activities: DfgActivity[];
  /** Directly-follows edges with their frequency and the time spent between the two events. */
  edges: DfgEdge[];
  /** `waiting` with start timestamps, `transition` (complete to complete) without. */
  timeKind: "waiting" | "transition";
}

/**
 * The directly-follows graph as pm4py counts it: for each case, each event and the next one in
 * timestamp order (ties in file order) make one edge occurrence.
 */
export async function dfg(log: FlowLog): Promise<Dfg> {
  const edges = await dfgEdges(log);
  const activities = await log.db.rows<DfgActivity>(`
    SELECT a.activity, count(*)::DOUBLE AS count,
           count(*) FILTER (WHERE e.seq = 1)::DOUBLE AS starts,
           count(*) FILTER (WHERE e.next_act IS NULL)::DOUBLE AS ends,
           ${log.hasStartTimestamps ? "median(epoch(e.ts) - epoch(e.start_ts)) / 86400.0" : "NULL::DOUBLE"}
             AS "medianServiceDays"
    FROM ev e JOIN acts a USING (act_no)
    GROUP BY a.activity ORDER BY count DESC, a.activity`);
  return { activities, edges, timeKind: log.hasStartTimestamps ? "waiting" : "transition" };
}

export async function dfgEdges(log: FlowLog): Promise<DfgEdge[]> {
  return log.db.rows<DfgEdge>(`
    SELECT f.activity AS "from", t.activity AS "to", ${WAIT_STATS_SQL}
    FROM (SELECT act_no, next_act, wait_s FROM ev WHERE next_act IS NOT NULL) e
    JOIN acts f ON f.act_no = e.act_no JOIN acts t ON t.act_no = e.next_act
    GROUP BY f.activity, t.activity ORDER BY count DESC, "from", "to"`);
}
