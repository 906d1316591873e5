import type { CodedColumn } from "./dictionary.js";

/** One coded column of a batch: codes (-1 = no value) and the dictionary values new since the last. */
export interface CodedBatchColumn {
  codes: Int32Array;
  firstNewCode: number;
  newValues: string[];
}

/**
 * A batch of XES events in typed arrays, filled in place by the scan and read by the appender
 * without conversion. (A worker thread for the scan was tried and measured: on two cores, with
 * gunzip on the thread pool and DuckDB beside it, it was no faster.)
 */
export interface XesBatch {
  /** File row number of the batch's first event. */
  firstRow: number;
  length: number;
  timestampMs: Float64Array;
  /** NaN where the event has no start. */
  startMs: Float64Array;
  /** Case id, activity, resource, unit, then the attributes in `attributeKeys` order. */
  columns: CodedBatchColumn[];
  /** Every attribute key seen so far, in column order. */
  attributeKeys: string[];
}

export function codedBatchColumn(column: CodedColumn, length: number): CodedBatchColumn {
  const codes = column.codes.take(length);
  const { dictionary } = column;
  const firstNewCode = dictionary.stored;
  const newValues = dictionary.values.slice(firstNewCode);
  dictionary.stored = dictionary.values.length;
  return { codes, firstNewCode, newValues };
}
