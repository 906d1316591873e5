/**
 * The process register's and flow import's error codes, kept apart from the main list so that
 * work on other areas merges without touching these lines. Codes named like packages/flow's
 * error codes mean the same thing: the flow room found that fault in the file or the mapping.
 */
export const PROCESS_API_ERROR_CODES = [
  // Register
  "process_not_found",
  "process_parent_not_found",
  /** The parent named is the process itself or one of its sub-processes. */
  "process_cycle",
  "process_owner_not_member",
  "process_has_subprocesses",
  // Uploads and imports
  "upload_not_found",
  "upload_file_missing",
  "event_log_not_found",
  "empty_file",
  "encoding_unsupported",
  "csv_no_columns",
  "csv_malformed_row",
  "mapping_missing",
  "mapping_unknown_column",
  "timestamp_format_unknown",
  /** Too many rows were bad: the code names the first bad row's fault (one of the next five). */
  "too_many_invalid_rows",
  "missing_case_id",
  "missing_activity",
  "missing_timestamp",
  "invalid_timestamp",
  "invalid_start_timestamp",
  "xes_malformed",
  "xes_not_a_log",
  "gzip_corrupt",
  "empty_log",
  "score_invalid",
  // Facts
  "invalid_filter",
] as const;

export type ProcessApiErrorCode = (typeof PROCESS_API_ERROR_CODES)[number];
