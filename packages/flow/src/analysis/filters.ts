import { sqlIdent, sqlString, sqlStringList } from "../duckdb/sql.js";
import { fail, ok, type Result } from "../errors.js";
import { attributeColumn, EVENT_COLUMNS } from "../storage/event-columns.js";

/**
 * Which cases the facts look at. One parameter object, applied once when a log is opened, so
 * every fact of a page answers for the same selection.
 */
export interface FlowFilters {
  dateRange?: DateRangeFilter;
  /** Keep cases whose activity sequence is one of these. */
  variants?: string[][];
  attributes?: AttributeFilter[];
}

export interface DateRangeFilter {
  /** ISO 8601 instants; either end may be open. `to` is exclusive. */
  from?: string;
  to?: string;
  /**
   * pm4py's timeframe modes: `intersecting` (active at some time in the range, the default),
   * `contained` (started and finished inside), and the flow views `started` / `completed`
   * (start or completion inside the range; `completed` is what throughput counts).
   */
  mode?: "intersecting" | "contained" | "started" | "completed";
}

export interface AttributeFilter {
  /** `activity`, `resource`, `unit`, `case_id`, or the name of a kept attribute. */
  key: string;
  values: string[];
  /**
   * `cases` (default): keep whole cases that have an event with such a value (pm4py's
   * `filter_event_attribute_values(level="case")`); `events`: keep only those events.
   */
  keep?: "cases" | "events";
  /** Keep what does not match instead. */
  exclude?: boolean;
}

const CANONICAL: Record<string, string> = {
  activity: EVENT_COLUMNS.activity,
  resource: EVENT_COLUMNS.resource,
  unit: EVENT_COLUMNS.unit,
  case_id: EVENT_COLUMNS.caseId,
};

/** The parts of the filters that apply to rows of `events.parquet`, as SQL predicates. */
export function eventPredicates(
  filters: FlowFilters,
  source: string,
  columns: ReadonlySet<string>,
): Result<string[]> {
  const predicates: string[] = [];
  for (const filter of filters.attributes ?? []) {
    const column = CANONICAL[filter.key] ?? attributeColumn(filter.key);
    if (!columns.has(column)) {
      return fail("invalid_filter", `The log has no attribute '${filter.key}'.`, {
        expected: `one of: activity, resource, unit, case_id, ${[...columns].join(", ")}`,
      });
    }
    const match = `${sqlIdent(column)} IN (SELECT unnest(${sqlStringList(filter.values)}))`;
    const test = filter.exclude ? `${sqlIdent(column)} IS NULL OR NOT (${match})` : match;
    if (filter.keep === "events") {
      predicates.push(`(${test})`);
    } else if (filter.exclude) {
      predicates.push(
        `${EVENT_COLUMNS.caseId} NOT IN (SELECT ${EVENT_COLUMNS.caseId} FROM ${source} WHERE ${match})`,
      );
    } else {
      predicates.push(
        `${EVENT_COLUMNS.caseId} IN (SELECT ${EVENT_COLUMNS.caseId} FROM ${source} WHERE ${match})`,
      );
    }
  }
  return ok(predicates);
}

/** The date-range filter as a predicate over the `cases` table (start_ts, end_ts). */
export function casePredicate(range: DateRangeFilter | undefined): Result<string | null> {
  if (!range || (range.from === undefined && range.to === undefined)) return ok(null);
  for (const instant of [range.from, range.to]) {
    if (instant !== undefined && Number.isNaN(Date.parse(instant))) {
      return fail("invalid_filter", `'${instant}' is not a date.`, {
        expected: "an ISO 8601 date",
      });
    }
  }
  const from = range.from === undefined ? null : `TIMESTAMP ${sqlString(utc(range.from))}`;
  const to = range.to === undefined ? null : `TIMESTAMP ${sqlString(utc(range.to))}`;
  const after = (column: string) => (from ? `${column} >= ${from}` : "true");
  const before = (column: string) => (to ? `${column} < ${to}` : "true");
  switch (range.mode ?? "intersecting") {
    case "contained":
      return ok(`${after("start_ts")} AND ${before("end_ts")}`);
    case "started":
      return ok(`${after("start_ts")} AND ${before("start_ts")}`);
    case "completed":
      return ok(`${after("end_ts")} AND ${before("end_ts")}`);
    default:
      return ok(`${after("end_ts")} AND ${before("start_ts")}`);
  }
}

/** An instant as UTC wall time, which is how timestamps are stored. */
export function utc(instant: string): string {
  return new Date(Date.parse(instant)).toISOString().replace("T", " ").replace("Z", "");
}
