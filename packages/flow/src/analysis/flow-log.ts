import { type Database, type DatabaseOptions, openDatabase } from "../duckdb/database.js";
import { sqlString } from "../duckdb/sql.js";
import { catchFlowError, FlowFailure, fail, type Result } from "../errors.js";
import { EVENT_COLUMNS } from "../storage/event-columns.js";
import { readStoredLog, type StoredLog } from "../storage/log-meta.js";
import { fileExists } from "../storage/log-store.js";
import { casePredicate, eventPredicates, type FlowFilters } from "./filters.js";
import { buildTables, defineMacros, type TableShape } from "./tables.js";

/**
 * An opened log: its events prepared once in DuckDB tables for the given filters, so each fact
 * afterwards is one aggregate over prepared integer-coded tables (well under a second on 10M
 * events). Close it to free DuckDB's memory.
 */
export interface FlowLog {
  db: Database;
  path: string;
  stored: StoredLog | null;
  filters: FlowFilters;
  hasStartTimestamps: boolean;
  hasUnits: boolean;
  close(): void;
}

export interface OpenLogOptions {
  filters?: FlowFilters;
  database?: DatabaseOptions;
}

export async function openFlowLog(
  parquetPath: string,
  options: OpenLogOptions = {},
): Promise<Result<FlowLog>> {
  if (!(await fileExists(parquetPath))) {
    return fail("log_not_found", `No event log at ${parquetPath}.`);
  }
  const db = await openDatabase(options.database);
  const opened = await catchFlowError(() => prepare(db, parquetPath, options.filters ?? {}));
  if (!opened.ok) db.close();
  return opened;
}

async function prepare(db: Database, path: string, filters: FlowFilters): Promise<FlowLog> {
  const source = `read_parquet(${sqlString(path)})`;
  const columns = await db.rows<{ name: string }>(
    `SELECT column_name AS name FROM (DESCRIBE SELECT * FROM ${source})`,
  );
  const predicates = eventPredicates(filters, source, new Set(columns.map((row) => row.name)));
  if (!predicates.ok) throw new FlowFailure(predicates.error);
  const range = casePredicate(filters.dateRange);
  if (!range.ok) throw new FlowFailure(range.error);
  const [shape] = await db.rows<TableShape>(
    `SELECT count(${EVENT_COLUMNS.startTimestamp}) > 0 AS starts, count(${EVENT_COLUMNS.unit}) > 0 AS units
     FROM ${source}`,
  );
  if (!shape) throw new Error("no shape row");
  await defineMacros(db);
  await buildTables(db, path, shape, predicates.value, range.value, filters.variants ?? []);
  return {
    db,
    path,
    stored: await readStoredLog(db, path),
    filters,
    hasStartTimestamps: shape.starts,
    hasUnits: shape.units,
    close: () => db.close(),
  };
}
