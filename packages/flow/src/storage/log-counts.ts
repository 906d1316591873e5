import { openDatabase } from "../duckdb/database.js";
import { sqlString } from "../duckdb/sql.js";
import { EVENT_COLUMNS } from "./event-columns.js";

/** Cases and events of a stored log: what a register lists without opening the log for facts. */
export async function logCounts(parquetPath: string): Promise<{ cases: number; events: number }> {
  const db = await openDatabase();
  try {
    const [row] = await db.rows<{ cases: number; events: number }>(`
      SELECT count(DISTINCT ${EVENT_COLUMNS.caseId})::DOUBLE AS cases, count(*)::DOUBLE AS events
      FROM read_parquet(${sqlString(parquetPath)})`);
    return { cases: row?.cases ?? 0, events: row?.events ?? 0 };
  } finally {
    db.close();
  }
}
