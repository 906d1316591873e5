import { utc } from "../analysis/filters.js";
import type { FlowLog } from "../analysis/flow-log.js";
import { sqlString } from "../duckdb/sql.js";
import { fail, ok, type Result } from "../errors.js";
import { type Distribution, distribution } from "./distribution.js";
import { SECONDS_PER_DAY } from "./durations.js";
import { closedPredicate, type OpenCaseRule } from "./open-cases.js";

export interface Period {
  /** ISO 8601; `to` is exclusive. */
  from: string;
  to: string;
}

export interface PeriodFigures {
  period: Period;
  /** Cases completed in the period. */
  completed: number;
  throughputPerWeek: number;
  leadTime: Distribution;
  variants: number;
  reworkShare: number;
}

export interface PeriodComparison {
  a: PeriodFigures;
  b: PeriodFigures;
  /** b minus a, for the headline figures. */
  change: {
    completed: number;
    throughputPerWeek: number;
    medianLeadTimeDays: number | null;
    p85LeadTimeDays: number | null;
  };
}

/** Two periods side by side, each over the cases completed in it (throughput's view). */
export async function comparePeriods(
  log: FlowLog,
  a: Period,
  b: Period,
  rule: OpenCaseRule = {},
): Promise<Result<PeriodComparison>> {
  for (const period of [a, b]) {
    if (Number.isNaN(Date.parse(period.from)) || Number.isNaN(Date.parse(period.to))) {
      return fail("invalid_argument", "A period needs ISO 8601 `from` and `to` dates.", {
        found: `${period.from} – ${period.to}`,
      });
    }
  }
  const closed = await closedPredicate(log, rule);
  const first = await periodFigures(log, a, closed);
  const second = await periodFigures(log, b, closed);
  const minus = (x: number | null, y: number | null) => (x === null || y === null ? null : x - y);
  return ok({
    a: first,
    b: second,
    change: {
      completed: second.completed - first.completed,
      throughputPerWeek: second.throughputPerWeek - first.throughputPerWeek,
      medianLeadTimeDays: minus(second.leadTime.median, first.leadTime.median),
      p85LeadTimeDays: minus(second.leadTime.p85, first.leadTime.p85),
    },
  });
}

async function periodFigures(log: FlowLog, period: Period, closed: string): Promise<PeriodFigures> {
  const within = `${closed} AND end_ts >= TIMESTAMP ${sqlString(utc(period.from))}
                  AND end_ts < TIMESTAMP ${sqlString(utc(period.to))}`;
  const leadTime = await distribution(log.db, "lead_s", `cases WHERE ${within}`);
  const [row] = await log.db.rows<{ variants: number; reworked: number }>(`
    SELECT count(DISTINCT c.variant_key)::DOUBLE AS variants,
           count(*) FILTER (WHERE v.reworked)::DOUBLE AS reworked
    FROM cases c JOIN variants v USING (variant_key) WHERE ${within}`);
  const weeks = (Date.parse(period.to) - Date.parse(period.from)) / (7 * SECONDS_PER_DAY * 1000);
  return {
    period,
    completed: leadTime.count,
    throughputPerWeek: weeks > 0 ? leadTime.count / weeks : 0,
    leadTime,
    variants: row?.variants ?? 0,
    reworkShare: leadTime.count > 0 ? (row?.reworked ?? 0) / leadTime.count : 0,
  };
}
