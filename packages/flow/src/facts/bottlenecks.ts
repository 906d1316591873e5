import type { FlowLog } from "../analysis/flow-log.js";
import type { DfgEdge } from "./dfg.js";
import { WAIT_STATS_SQL, type WaitStats } from "./waiting.js";

export interface ActivityWait extends WaitStats {
  /** The activity waited for: time from the previous event's completion to this activity. */
  activity: string;
}

export interface Bottlenecks {
  edgesByTotal: DfgEdge[];
  edgesByMedian: DfgEdge[];
  activitiesByTotal: ActivityWait[];
  activitiesByMedian: ActivityWait[];
}

/**
 * Where time goes: directly-follows edges and activities ranked by total waiting (where the most
 * case-days are lost overall) and by median waiting (what a typical case waits there).
 */
export async function bottlenecks(log: FlowLog, top = 10): Promise<Bottlenecks> {
  // One pass over the events for both rankings (grouping sets): on 10M events this halves the
  // time of an edge query followed by an activity query.
  const rows = await log.db.rows<WaitStats & { from: string | null; to: string }>(`
    SELECT f.activity AS "from", t.activity AS "to", w.* EXCLUDE (act_no, next_act)
    FROM (SELECT act_no, next_act, ${WAIT_STATS_SQL} FROM ev WHERE next_act IS NOT NULL
          GROUP BY GROUPING SETS ((act_no, next_act), (next_act))) w
    LEFT JOIN acts f ON f.act_no = w.act_no JOIN acts t ON t.act_no = w.next_act`);
  const edges: DfgEdge[] = [];
  const activities: ActivityWait[] = [];
  for (const { from, to, ...stats } of rows) {
    if (from === null) activities.push({ activity: to, ...stats });
    else edges.push({ from, to, ...stats });
  }
  return {
    edgesByTotal: ranked(edges, (edge) => edge.totalDays, top),
    edgesByMedian: ranked(edges, (edge) => edge.medianDays, top),
    activitiesByTotal: ranked(activities, (activity) => activity.totalDays, top),
    activitiesByMedian: ranked(activities, (activity) => activity.medianDays, top),
  };
}

function ranked<T>(items: readonly T[], by: (item: T) => number, top: number): T[] {
  return [...items].sort((a, b) => by(b) - by(a)).slice(0, top);
}
