import type { FlowLog } from "../analysis/flow-log.js";

export interface ActivityRework {
  activity: string;
  /** Cases in which the activity happens more than once. */
  cases: number;
  /** Share of the cases that have the activity at all. */
  share: number;
  /** Occurrences beyond the first, summed over cases. */
  repeats: number;
}

export interface Rework {
  casesWithRework: number;
  share: number;
  activities: ActivityRework[];
}

/**
 * Rework: cases that repeat an activity (bupaR's "number of repetitions", per activity). A
 * case's repetitions follow from its activity sequence alone, so they are counted once per
 * variant and weighted by the variant's cases: a tenth of a second on 10M events, where grouping
 * the events by (case, activity) took several.
 */
export async function rework(log: FlowLog): Promise<Rework> {
  const activities = await log.db.rows<ActivityRework>(`
    WITH occurrences AS (
      SELECT v.variant_key, any_value(v.cases) AS cases, o.activity, count(*) AS k
      FROM variants v, unnest(v.activities) AS o(activity)
      GROUP BY v.variant_key, o.activity)
    SELECT activity, (sum(cases) FILTER (WHERE k > 1))::DOUBLE AS cases,
           sum(cases) FILTER (WHERE k > 1) / sum(cases) AS share,
           sum((k - 1) * cases)::DOUBLE AS repeats
    FROM occurrences GROUP BY activity HAVING max(k) > 1
    ORDER BY cases DESC, activity`);
  const [totals] = await log.db.rows<{ reworked: number; cases: number }>(`
    SELECT coalesce(sum(cases) FILTER (WHERE reworked), 0)::DOUBLE AS reworked,
           coalesce(sum(cases), 0)::DOUBLE AS cases
    FROM variants`);
  const reworked = totals?.reworked ?? 0;
  const cases = totals?.cases ?? 0;
  return { casesWithRework: reworked, share: cases > 0 ? reworked / cases : 0, activities };
}
