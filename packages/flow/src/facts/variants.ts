import type { FlowLog } from "../analysis/flow-log.js";

export interface Variant {
  rank: number;
  activities: string[];
  cases: number;
  share: number;
  cumulativeShare: number;
  medianLeadTimeDays: number;
}

export interface Variants {
  total: number;
  cases: number;
  top: Variant[];
}

/** Variants (distinct activity sequences), most frequent first, with their share of cases. */
export async function variants(log: FlowLog, top = 10): Promise<Variants> {
  const [totals] = await log.db.rows<{ total: number; cases: number }>(
    "SELECT count(*)::DOUBLE AS total, coalesce(sum(cases), 0)::DOUBLE AS cases FROM variants",
  );
  const cases = totals?.cases ?? 0;
  const rows = await log.db.rows<Variant>(`
    WITH lead AS (SELECT variant_key, median(lead_s) / 86400.0 AS m FROM cases GROUP BY 1)
    SELECT v.variant_no AS rank, v.activities, v.cases::DOUBLE AS cases,
           v.cases / ${cases || 1} AS share,
           sum(v.cases) OVER (ORDER BY v.variant_no) / ${cases || 1} AS "cumulativeShare",
           l.m AS "medianLeadTimeDays"
    FROM variants v JOIN lead l USING (variant_key)
    ORDER BY v.variant_no LIMIT ${top}`);
  return { total: totals?.total ?? 0, cases, top: rows };
}
