import type { ApiErrorCode } from "@samspel/core";
import type { FlowError, FlowErrorCode, Result } from "@samspel/flow";
import { AppError } from "../errors.js";

/**
 * The flow room's faults as HTTP answers. Faults of the file are 422 (the request was fine, the
 * content cannot be used), faults of the request 400; the API code is the flow code where one
 * exists, so scripts see the same word from the CLI and the API. Our own faults (a file we
 * wrote and cannot read) are 500 and logged.
 */
const ANSWERS: Record<FlowErrorCode, [number, ApiErrorCode]> = {
  empty_file: [422, "empty_file"],
  unknown_format: [422, "empty_file"],
  encoding_unsupported: [422, "encoding_unsupported"],
  csv_no_columns: [422, "csv_no_columns"],
  csv_malformed_row: [422, "csv_malformed_row"],
  mapping_missing: [400, "mapping_missing"],
  mapping_unknown_column: [400, "mapping_unknown_column"],
  timestamp_format_unknown: [422, "timestamp_format_unknown"],
  missing_case_id: [422, "missing_case_id"],
  missing_activity: [422, "missing_activity"],
  missing_timestamp: [422, "missing_timestamp"],
  invalid_timestamp: [422, "invalid_timestamp"],
  invalid_start_timestamp: [422, "invalid_start_timestamp"],
  too_many_invalid_rows: [422, "too_many_invalid_rows"],
  xes_malformed: [422, "xes_malformed"],
  xes_not_a_log: [422, "xes_not_a_log"],
  gzip_corrupt: [422, "gzip_corrupt"],
  empty_log: [422, "empty_log"],
  score_invalid: [422, "score_invalid"],
  invalid_filter: [400, "invalid_filter"],
  invalid_argument: [400, "invalid_filter"],
  log_not_found: [404, "event_log_not_found"],
  file_not_found: [500, "internal_error"],
  file_unreadable: [500, "internal_error"],
  invalid_log_id: [500, "internal_error"],
  storage_failed: [500, "internal_error"],
};

export function flowAppError(error: FlowError): AppError {
  const [status, code] = ANSWERS[error.code];
  // Ours, not the caller's: the error handler logs it and answers a generic internal_error.
  if (status >= 500) throw new Error(`flow ${error.code}: ${error.message}`);
  const { code: flowCode, message, ...place } = error;
  return new AppError(status, code, message, { flowCode, ...place });
}

/** The value of a flow Result, or its error thrown as the HTTP answer. */
export function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw flowAppError(result.error);
  return result.value;
}
