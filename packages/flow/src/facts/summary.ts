import type { FlowLog } from "../analysis/flow-log.js";
import { distribution } from "./distribution.js";

/** The headline figures, named as the README's reference table and the CLI print them. */
export interface Summary {
  cases: number;
  events: number;
  activities: number;
  dfg_edges: number;
  variants: number;
  /** Lead time in days. */
  median: number | null;
  p85: number | null;
  p95: number | null;
  mean: number | null;
}

export async function summary(log: FlowLog): Promise<Summary> {
  const [counts] = await log.db.rows<Omit<Summary, "median" | "p85" | "p95" | "mean">>(`
    SELECT (SELECT count(*) FROM cases)::DOUBLE AS cases,
           (SELECT count(*) FROM ev)::DOUBLE AS events,
           (SELECT count(DISTINCT activity) FROM (SELECT unnest(activities) AS activity FROM variants))::DOUBLE
             AS activities,
           (SELECT count(*) FROM (SELECT DISTINCT act_no, next_act FROM ev WHERE next_act IS NOT NULL))::DOUBLE
             AS dfg_edges,
           (SELECT count(*) FROM variants)::DOUBLE AS variants`);
  const lead = await distribution(log.db, "lead_s", "cases");
  if (!counts) throw new Error("summary query returned no row");
  return { ...counts, median: lead.median, p85: lead.p85, p95: lead.p95, mean: lead.mean };
}
