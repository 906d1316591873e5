import type { FlowLog } from "../analysis/flow-log.js";
import { sqlIdent, sqlString } from "../duckdb/sql.js";
import { ATTRIBUTE_PREFIX, EVENT_COLUMNS } from "../storage/event-columns.js";

export interface AttributeValues {
  /** The key an AttributeFilter takes: `activity`, `resource`, `unit` or a kept attribute's name. */
  key: string;
  /** Distinct values in the whole log (approximate beyond a few thousand). */
  distinct: number;
  /** The most frequent values with their event counts, most frequent first. */
  values: { value: string; events: number }[];
}

const FILTER_KEYS: Record<string, string> = {
  [EVENT_COLUMNS.activity]: "activity",
  [EVENT_COLUMNS.resource]: "resource",
  [EVENT_COLUMNS.unit]: "unit",
};

/**
 * What a person can filter on: each filterable column of the stored log (unfiltered) with its
 * most frequent values. Columns with a single value or none filter nothing and are left out.
 */
export async function attributeValues(log: FlowLog, top = 50): Promise<AttributeValues[]> {
  const source = `read_parquet(${sqlString(log.path)})`;
  const columns = await log.db.rows<{ name: string; type: string }>(
    `SELECT column_name AS name, column_type AS type FROM (DESCRIBE SELECT * FROM ${source})`,
  );
  const result: AttributeValues[] = [];
  for (const { name, type } of columns) {
    const key = FILTER_KEYS[name] ?? attributeKey(name);
    if (key === null || type !== "VARCHAR") continue;
    const column = sqlIdent(name);
    const [counted] = await log.db.rows<{ distinct: number }>(
      `SELECT approx_count_distinct(${column})::DOUBLE AS distinct FROM ${source}`,
    );
    const distinct = counted?.distinct ?? 0;
    if (distinct < 2) continue;
    const values = await log.db.rows<{ value: string; events: number }>(`
      SELECT ${column} AS value, count(*)::DOUBLE AS events FROM ${source}
      WHERE ${column} IS NOT NULL AND ${column} <> ''
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${top}`);
    result.push({ key, distinct, values });
  }
  return result;
}

function attributeKey(column: string): string | null {
  return column.startsWith(ATTRIBUTE_PREFIX) ? column.slice(ATTRIBUTE_PREFIX.length) : null;
}
