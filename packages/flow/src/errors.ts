/**
 * Errors of the flow room, as values. Codes are stable: the web app translates them and scripts
 * compare them, so a code is never renamed once it has shipped.
 */
export type FlowErrorCode =
  | "file_not_found"
  | "file_unreadable"
  | "empty_file"
  | "unknown_format"
  | "encoding_unsupported"
  | "csv_no_columns"
  | "csv_malformed_row"
  | "mapping_missing"
  | "mapping_unknown_column"
  | "timestamp_format_unknown"
  | "missing_case_id"
  | "missing_activity"
  | "missing_timestamp"
  | "invalid_timestamp"
  | "invalid_start_timestamp"
  | "too_many_invalid_rows"
  | "xes_malformed"
  | "xes_not_a_log"
  | "gzip_corrupt"
  | "empty_log"
  | "invalid_log_id"
  | "log_not_found"
  | "invalid_filter"
  | "invalid_argument"
  | "score_invalid"
  | "storage_failed";

export interface FlowError {
  code: FlowErrorCode;
  /** Human text; never compared by code. */
  message: string;
  /** 1-based physical line in the file, when the error is tied to one place. */
  line?: number;
  /** 1-based field number in a CSV row, or character column in an XES line. */
  column?: number;
  columnName?: string;
  /** What the reader expected there, e.g. a timestamp format with an example. */
  expected?: string;
  /** What it found (cut to a readable length). */
  found?: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: FlowError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: FlowErrorCode,
  message: string,
  extra: Omit<FlowError, "code" | "message"> = {},
): Result<T> {
  return { ok: false, error: { code, message, ...extra } };
}

/** Thrown only inside a module and turned into a value at its edge (see `catchFlowError`). */
export class FlowFailure extends Error {
  constructor(readonly error: FlowError) {
    super(error.message);
  }
}

export function flowError(
  code: FlowErrorCode,
  message: string,
  extra: Omit<FlowError, "code" | "message"> = {},
): FlowFailure {
  return new FlowFailure({ code, message, ...extra });
}

/** Runs `work`, turning a `FlowFailure` into an error value; anything else is a bug and rethrown. */
export async function catchFlowError<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof FlowFailure) return { ok: false, error: error.error };
    throw error;
  }
}
