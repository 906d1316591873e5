import { randomUUID } from "node:crypto";
import { openDatabase } from "../duckdb/database.js";
import { catchFlowError, type FlowError, flowError, type Result } from "../errors.js";
import { attributeColumn } from "../storage/event-columns.js";
import type { LogMeta } from "../storage/log-meta.js";
import { eventsPath, type LogLocation } from "../storage/log-store.js";
import {
  DEFAULT_MAX_SKIPPED_SHARE,
  type ImportedLog,
  type ImportOptions,
} from "./import-options.js";
import { readSample } from "./read-sample.js";
import { completeOnlyNote } from "./report.js";
import { refuseIfTooManySkipped } from "./skip-policy.js";
import { isGzip } from "./text-stream.js";
import { writeEvents } from "./write-events.js";
import { StagingTable } from "./xes-append.js";
import { locateOffsets } from "./xes-locate.js";
import { DEFAULT_XES_MAPPING, type XesMapping } from "./xes-mapping.js";
import { XesSyntaxError } from "./xes-scan.js";
import { runXesScan, type XesScanSummary } from "./xes-scan-run.js";

export interface XesImportOptions extends ImportOptions {
  mapping?: Partial<XesMapping>;
}

/**
 * Imports an XES or XES.gz log: streamed (gunzip, decode, scan, append in bounded batches), then
 * written as Parquet in file order with start/complete transitions paired.
 */
export async function importXes(
  path: string,
  target: LogLocation,
  options: XesImportOptions = {},
): Promise<Result<ImportedLog>> {
  const started = performance.now();
  const sample = await readSample(path, 16);
  if (!sample.ok) return sample;
  const finalPath = eventsPath(target);
  if (!finalPath.ok) return finalPath;
  const mapping = { ...DEFAULT_XES_MAPPING, ...options.mapping };
  const gzip = await isGzip(path);
  const db = await openDatabase(options.database);
  try {
    return await catchFlowError(async () => {
      const staging = new StagingTable(db);
      await staging.create();
      const scanned = await scanInto(path, gzip, mapping, staging);
      const skipped = await locatedSkips(path, gzip, scanned);
      const rows = { skipped: scanned.skipped, byCode: scanned.skippedByCode, details: skipped };
      const meta = xesMeta(sample.value, scanned, staging, skipped);
      const maxShare = options.maxSkippedShare ?? DEFAULT_MAX_SKIPPED_SHARE;
      const events = await writeEvents(db, staging.selectSql(), finalPath.value, meta, (n) =>
        refuseIfTooManySkipped(n, rows, maxShare),
      );
      const report = {
        ...meta.report,
        rowsRead: scanned.eventsRead,
        eventsImported: events,
        seconds: (performance.now() - started) / 1000,
      };
      return { logId: target.logId, path: finalPath.value, report, meta };
    });
  } finally {
    db.close();
  }
}

async function scanInto(
  path: string,
  gzip: boolean,
  mapping: XesMapping,
  staging: StagingTable,
): Promise<XesScanSummary> {
  let summary: XesScanSummary;
  try {
    summary = await runXesScan(path, gzip, mapping, (batch) => staging.append(batch));
  } catch (error) {
    throw await asFlowFailure(error, path, gzip);
  }
  if (!summary.sawLog) {
    throw flowError("xes_not_a_log", "This is not an XES log: no <log> element.", {
      expected: "<log xes.version=...> with <trace> and <event> elements",
    });
  }
  return summary;
}

async function asFlowFailure(error: unknown, path: string, gzip: boolean): Promise<unknown> {
  if (error instanceof XesSyntaxError) {
    const where = (await locateOffsets(path, gzip, [error.offset])).get(error.offset);
    const place = where ? `line ${where.line}, column ${where.column}` : "the end";
    return flowError("xes_malformed", `Malformed XES at ${place}: ${error.message}.`, {
      ...where,
      expected: error.expected,
      found: error.found,
    });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (code.startsWith("Z_") || code === "ERR_ZLIB") {
    return flowError("gzip_corrupt", `The gzip data is damaged: ${(error as Error).message}`, {
      expected: "a complete gzip file",
    });
  }
  return error;
}

async function locatedSkips(
  path: string,
  gzip: boolean,
  scanned: XesScanSummary,
): Promise<FlowError[]> {
  if (scanned.skips.length === 0) return [];
  const places = await locateOffsets(
    path,
    gzip,
    scanned.skips.map((skip) => skip.offset),
  );
  return scanned.skips.map(({ offset, error }) => {
    const where = places.get(offset);
    const message = where ? `Line ${where.line}: ${error.message}` : error.message;
    return { ...error, ...where, message };
  });
}

function xesMeta(
  file: { fileName: string; sizeBytes: number },
  scanned: XesScanSummary,
  staging: StagingTable,
  skipped: FlowError[],
): LogMeta {
  const { transitions } = scanned;
  const paired = transitions.paired > 0;
  return {
    version: 1,
    importedAt: new Date().toISOString(),
    columns: {
      startTimestamp: paired,
      resource: scanned.hasResource,
      unit: scanned.hasUnit,
      attributes: staging.attributes.map(attributeColumn),
    },
    report: {
      importId: randomUUID(),
      format: "xes",
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      rowsSkipped: scanned.skipped,
      skippedByCode: scanned.skippedByCode,
      skipped,
      lifecycle: { mode: paired ? "start-complete" : "complete-only", transitions },
      notes: paired ? [] : [completeOnlyNote()],
    },
  };
}
