import type { FlowErrorCode } from "../errors.js";
import type { TransitionCounts } from "./report.js";
import { textChunks } from "./text-stream.js";
import type { XesBatch } from "./xes-batch.js";
import type { XesMapping } from "./xes-mapping.js";
import { type PendingSkip, XesRowBuilder } from "./xes-rows.js";
import { XesScanner } from "./xes-scan.js";

/** Rows held before they are handed on: bounds memory on logs of any length. */
export const FLUSH_ROWS = 65_536;

/** What a scan found besides the rows themselves. */
export interface XesScanSummary {
  sawLog: boolean;
  eventsRead: number;
  skipped: number;
  skippedByCode: Partial<Record<FlowErrorCode, number>>;
  skips: PendingSkip[];
  transitions: TransitionCounts;
  hasResource: boolean;
  hasUnit: boolean;
}

/**
 * Reads an XES file start to end — gunzip, decode, scan, pair transitions — handing each batch
 * of events to `emit` and waiting for it. Throws `XesSyntaxError` or the stream's error.
 */
export async function runXesScan(
  path: string,
  gzip: boolean,
  mapping: XesMapping,
  emit: (batch: XesBatch) => Promise<void>,
): Promise<XesScanSummary> {
  const builder = new XesRowBuilder(mapping);
  const scanner = new XesScanner((trace) => builder.addTrace(trace));
  for await (const text of textChunks(path, gzip)) {
    scanner.push(text);
    if (builder.rows.length >= FLUSH_ROWS) await emit(builder.rows.takeBatch());
  }
  scanner.finish();
  if (builder.rows.length > 0) await emit(builder.rows.takeBatch());
  return {
    sawLog: scanner.sawLog,
    eventsRead: builder.eventsRead,
    skipped: builder.skipped,
    skippedByCode: builder.skippedByCode,
    skips: builder.skips,
    transitions: builder.transitions,
    hasResource: builder.hasResource,
    hasUnit: builder.hasUnit,
  };
}
