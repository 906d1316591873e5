import type { Database } from "../duckdb/database.js";
import { sqlString, sqlStringList } from "../duckdb/sql.js";

/**
 * The prepared tables every fact reads:
 *
 * - `acts(act_no, activity)`, `units(unit_no, unit)`, `case_ids(case_no, case_id)`: dictionaries,
 *   so the big tables hold integers (sorting and hashing 10M integers is several times faster
 *   than 10M strings, measured here).
 * - `ev`: one row per event with its position `seq` in the case, its successor's activity and
 *   unit, and the wait until it (`wait_s`): the directly-follows relation, computed once. Events are ordered by
 *   timestamp, ties by file row number — pm4py's and bupaR's order.
 * - `cases`: one row per case: first start, last completion, lead time, variant key.
 * - `variants`: one row per distinct activity sequence.
 */
export interface TableShape {
  /** The log has start timestamps: `ev.start_ts` exists and waits are start-aware. */
  starts: boolean;
  /** The log has units: `ev.unit_no` and `ev.next_unit` exist. */
  units: boolean;
}

export async function buildTables(
  db: Database,
  path: string,
  shape: TableShape,
  eventPredicates: readonly string[],
  casePredicate: string | null,
  variants: readonly string[][],
): Promise<void> {
  const where = eventPredicates.length > 0 ? `WHERE ${eventPredicates.join(" AND ")}` : "";
  const source = `(SELECT *, file_row_number AS row_no
                   FROM read_parquet(${sqlString(path)}, file_row_number = true) ${where})`;
  // Columns a log does not have are left out rather than kept as NULLs: on 10M events each
  // costs 40-80 MB of DuckDB's memory, and the 2 GB budget is tight.
  const optional = [
    shape.starts ? "e.start_ts," : "",
    shape.units ? "u.unit_no, lead(u.unit_no) OVER w AS next_unit," : "",
  ].join(" ");
  // One statement per call: run as one multi-statement string, the same work took twice as
  // long on 10M events (measured).
  const statements = [
    `CREATE OR REPLACE TEMP TABLE acts AS
      SELECT (row_number() OVER (ORDER BY activity))::INTEGER AS act_no, activity
      FROM (SELECT DISTINCT activity FROM ${source})`,
    `CREATE OR REPLACE TEMP TABLE units AS
      SELECT (row_number() OVER (ORDER BY unit))::INTEGER AS unit_no, unit
      FROM (SELECT DISTINCT unit FROM ${source} WHERE unit IS NOT NULL)`,
    `CREATE OR REPLACE TEMP TABLE case_ids AS
      SELECT (row_number() OVER ())::INTEGER AS case_no, case_id
      FROM (SELECT DISTINCT case_id FROM ${source})`,
    `CREATE OR REPLACE TEMP TABLE ev AS
      SELECT c.case_no, a.act_no, e.ts, ${optional}
             (row_number() OVER w)::INTEGER AS seq,
             lead(a.act_no) OVER w AS next_act,
             ${waitSql(shape.starts)} AS wait_s
      FROM ${source} e
      JOIN case_ids c USING (case_id)
      JOIN acts a USING (activity)
      LEFT JOIN units u USING (unit)
      WINDOW w AS (PARTITION BY c.case_no ORDER BY e.ts, e.row_no)`,
    `CREATE OR REPLACE TEMP TABLE cases AS
      SELECT case_no, min(${shape.starts ? "coalesce(start_ts, ts)" : "ts"}) AS start_ts,
             max(ts) AS end_ts,
             epoch(max(ts)) - epoch(min(${shape.starts ? "coalesce(start_ts, ts)" : "ts"})) AS lead_s,
             count(*)::INTEGER AS events,
             -- Order-sensitive fingerprint of the activity sequence: each (position, activity)
             -- is hashed on its own and the hashes combined with XOR; with the length it tells
             -- sequences apart without building a list per case (a 64-bit collision is
             -- negligible next to the 1e6 variants of the largest logs).
             bit_xor(hash((seq::UBIGINT << 32) | act_no::UBIGINT)) AS variant_key,
             arg_max(act_no, seq) AS last_act
      FROM ev GROUP BY case_no`,
  ];
  for (const statement of statements) await db.run(statement);
  if (casePredicate) await keepCases(db, `SELECT case_no FROM cases WHERE ${casePredicate}`);
  await buildVariants(db);
  if (variants.length > 0) {
    const keys = variants.map((sequence) => sqlStringList(sequence));
    await keepCases(
      db,
      `SELECT c.case_no FROM cases c JOIN variants v USING (variant_key)
       WHERE v.activities IN (${keys.join(", ")})`,
    );
    await buildVariants(db);
  }
}

/**
 * Seconds from an event to its successor in the case. With start timestamps it is waiting time:
 * this completion to the next start, and 0 when they overlap (parallel work waits for nothing).
 * Without, it is transition time, completion to completion, which includes the next activity's
 * own work (the import report says so).
 */
function waitSql(starts: boolean): string {
  const transition = "epoch(lead(e.ts) OVER w) - epoch(e.ts)";
  if (!starts) return transition;
  return `CASE WHEN lead(e.start_ts) OVER w IS NOT NULL
            THEN greatest(0, epoch(lead(e.start_ts) OVER w) - epoch(e.ts)) ELSE ${transition} END`;
}

/** Narrows `cases` and `ev` to the cases the query returns. */
async function keepCases(db: Database, query: string): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TEMP TABLE kept AS ${query};
    DELETE FROM cases WHERE case_no NOT IN (SELECT case_no FROM kept);
    DELETE FROM ev WHERE case_no NOT IN (SELECT case_no FROM kept);
    DROP TABLE kept;
  `);
}

async function buildVariants(db: Database): Promise<void> {
  // The activity names of one representative case per variant; a semi-join on those cases
  // (a correlated subquery per variant ran out of memory on 10M events).
  await db.run(`
    CREATE OR REPLACE TEMP TABLE variants AS
      WITH grouped AS (
        SELECT variant_key, any_value(events) AS events, count(*)::INTEGER AS cases,
               min(case_no) AS rep_case
        FROM cases GROUP BY variant_key),
      sequences AS (
        SELECT e.case_no, list(a.activity ORDER BY e.seq) AS activities
        FROM ev e JOIN acts a USING (act_no)
        WHERE e.case_no IN (SELECT rep_case FROM grouped)
        GROUP BY e.case_no)
      SELECT g.*, (row_number() OVER (ORDER BY g.cases DESC, g.rep_case))::INTEGER AS variant_no,
             s.activities,
             -- Rework depends on the sequence only, so it is decided once per variant.
             len(s.activities) > len(list_distinct(s.activities)) AS reworked
      FROM grouped g JOIN sequences s ON s.case_no = g.rep_case;
  `);
}

/**
 * SQL helpers. `quantile_excl` is Python's `statistics.quantiles(data, n=100,
 * method="exclusive")[i - 1]`, the definition pm4py's reference figures use (README of the test
 * data): with m = len + 1, j = clamp(i*m // 100, 1, len - 1), delta = i*m - j*100, the result is
 * (v[j] * (100 - delta) + v[j + 1] * delta) / 100 over the sorted values, 1-based. DuckDB's
 * `quantile_cont` interpolates on (len - 1) * p instead, which differs for small samples.
 */
export async function defineMacros(db: Database): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TEMP MACRO excl_j(n, i) AS greatest(1, least(n - 1, (i * (n + 1)) // 100));
    CREATE OR REPLACE TEMP MACRO excl_delta(n, i) AS i * (n + 1) - excl_j(n, i) * 100;
    CREATE OR REPLACE TEMP MACRO quantile_excl(v, n, i) AS CASE
      WHEN n = 0 THEN NULL
      WHEN n = 1 THEN v[1]
      ELSE (v[excl_j(n, i)] * (100 - excl_delta(n, i)) + v[excl_j(n, i) + 1] * excl_delta(n, i)) / 100
    END;
  `);
}
