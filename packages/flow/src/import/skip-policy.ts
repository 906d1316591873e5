import type { FlowError, FlowErrorCode } from "../errors.js";

export interface SkippedRows {
  skipped: number;
  byCode: Partial<Record<FlowErrorCode, number>>;
  details: FlowError[];
}

/**
 * The import's verdict once the events written are counted: refused when nothing is left or when
 * more than `maxShare` of the rows were bad. The refusal names the first bad place in the file.
 */
export function refuseIfTooManySkipped(
  events: number,
  rows: SkippedRows,
  maxShare: number,
): FlowError | null {
  const read = events + rows.skipped;
  const first = rows.details[0];
  if (events > 0 && rows.skipped <= maxShare * read) return null;
  const details = { rowsRead: read, rowsSkipped: rows.skipped, skippedByCode: rows.byCode };
  if (events === 0 && !first) {
    return { code: "empty_log", message: "The file holds no events.", details };
  }
  if (!first) {
    return { code: "too_many_invalid_rows", message: "Too many rows were invalid.", details };
  }
  const more = rows.skipped > 1 ? ` (and ${rows.skipped - 1} more of ${read} rows)` : "";
  return {
    ...first,
    message: `${first.message}${more}`,
    details: { ...first.details, ...details },
  };
}
