import type { DatabaseOptions } from "../duckdb/database.js";
import type { LogMeta } from "../storage/log-meta.js";
import type { ImportReport } from "./report.js";

export interface ImportOptions {
  /**
   * Share of rows that may be skipped (bad timestamp, missing case id, malformed row) before the
   * import is refused instead. A few bad rows in a million are reported; a wrong format is not
   * silently turned into an empty log.
   */
  maxSkippedShare?: number;
  database?: DatabaseOptions;
}

export const DEFAULT_MAX_SKIPPED_SHARE = 0.05;

export interface ImportedLog {
  logId: string;
  path: string;
  report: ImportReport;
  meta: LogMeta;
}
