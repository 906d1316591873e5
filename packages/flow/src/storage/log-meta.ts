import type { Database } from "../duckdb/database.js";
import { sqlString } from "../duckdb/sql.js";
import type { ImportReport } from "../import/report.js";

/** The report as stored: counts that only the finished file knows are read from its footer. */
export type StoredImportReport = Omit<ImportReport, "rowsRead" | "eventsImported" | "seconds">;

/**
 * What a log file says about itself, kept in the Parquet footer's key-value metadata: one file
 * holds events and their import report, so replacing the file replaces both at once.
 */
export interface LogMeta {
  version: 1;
  importedAt: string;
  columns: {
    startTimestamp: boolean;
    resource: boolean;
    unit: boolean;
    /** Parquet column names of the kept attributes (`attr:<name>`). */
    attributes: string[];
  };
  report: StoredImportReport;
}

export interface StoredLog {
  meta: LogMeta;
  events: number;
  report: ImportReport;
}

export const META_KEY = "samspel_flow";

/** The `KV_METADATA` option of DuckDB's `COPY ... TO ... (FORMAT parquet, ...)`. */
export function metaOption(meta: LogMeta): string {
  return `KV_METADATA {${META_KEY}: ${sqlString(JSON.stringify(meta))}}`;
}

export async function readStoredLog(db: Database, parquetPath: string): Promise<StoredLog | null> {
  const file = sqlString(parquetPath);
  const [row] = await db.rows<{ meta: string | null; events: number }>(
    `SELECT (SELECT decode(value) FROM parquet_kv_metadata(${file})
             WHERE decode(key) = ${sqlString(META_KEY)}) AS meta,
            (SELECT sum(num_rows)::DOUBLE FROM parquet_file_metadata(${file})) AS events`,
  );
  if (!row?.meta) return null;
  const meta = JSON.parse(row.meta) as LogMeta;
  const report: ImportReport = {
    ...meta.report,
    eventsImported: row.events,
    rowsRead: row.events + meta.report.rowsSkipped,
    seconds: 0,
  };
  return { meta, events: row.events, report };
}
