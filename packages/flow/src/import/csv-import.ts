import { randomUUID } from "node:crypto";
import { openDatabase } from "../duckdb/database.js";
import { catchFlowError, FlowFailure, fail, ok, type Result } from "../errors.js";
import { attributeColumn } from "../storage/event-columns.js";
import type { LogMeta } from "../storage/log-meta.js";
import { eventsPath, type LogLocation } from "../storage/log-store.js";
import type { ColumnMapping } from "./column-mapping.js";
import { diagnoseCsv } from "./csv-diagnose.js";
import type { CsvImportPlan } from "./csv-plan.js";
import {
  attributeNames,
  type CsvSource,
  INVALID_ROW,
  parsedSql,
  projectionSql,
  reasonSql,
} from "./csv-sql.js";
import {
  DEFAULT_MAX_SKIPPED_SHARE,
  type ImportedLog,
  type ImportOptions,
} from "./import-options.js";
import { completeOnlyNote } from "./report.js";
import { refuseIfTooManySkipped, type SkippedRows } from "./skip-policy.js";
import { writeEvents } from "./write-events.js";

/**
 * Imports a CSV event log as its plan says (after a person confirmed or corrected it).
 *
 * DuckDB reads the file itself (`read_csv` with every column typed VARCHAR, in parallel and
 * streaming) and writes Parquet. Measured here on receipt.csv replicated to 10M rows (2.75 GB):
 * about 11 s for the whole import under 1.5 GB, where csv-parse alone, before any appending, took
 * 14 s for 2M rows (70 s projected). A clean file is read once. When that pass meets a bad row it
 * stops, and a second, diagnosing pass lists every bad row with its line and column; a third
 * writes the good rows if few enough were bad.
 */
export async function importCsv(
  plan: CsvImportPlan,
  target: LogLocation,
  options: ImportOptions = {},
): Promise<Result<ImportedLog>> {
  const started = performance.now();
  const source = csvSource(plan);
  if (!source.ok) return source;
  const path = eventsPath(target);
  if (!path.ok) return path;
  const db = await openDatabase(options.database);
  try {
    return await catchFlowError(async () => {
      const maxShare = options.maxSkippedShare ?? DEFAULT_MAX_SKIPPED_SHARE;
      const meta = (rows: SkippedRows) => logMeta(plan, source.value, rows);
      let rows: SkippedRows = { skipped: 0, byCode: {}, details: [] };
      let events: number;
      try {
        events = await writeEvents(db, strictSql(source.value), path.value, meta(rows), (n) =>
          refuseIfTooManySkipped(n, rows, maxShare),
        );
      } catch (error) {
        if (!isRowError(error)) throw error;
        rows = await diagnoseCsv(db, source.value);
        events = await writeEvents(db, skippingSql(source.value), path.value, meta(rows), (n) =>
          refuseIfTooManySkipped(n, rows, maxShare),
        );
      }
      const report = {
        ...meta(rows).report,
        rowsRead: events + rows.skipped,
        eventsImported: events,
        seconds: (performance.now() - started) / 1000,
      };
      return { logId: target.logId, path: path.value, report, meta: meta(rows) };
    });
  } finally {
    db.close();
  }
}

/** A bad row (ours) or a malformed line (DuckDB's CSV reader) ends the fast pass. */
function isRowError(error: unknown): boolean {
  if (error instanceof FlowFailure) return false;
  const message = error instanceof Error ? error.message : "";
  return message.includes(INVALID_ROW) || /CSV|Conversion|Invalid Input/i.test(message);
}

function strictSql(source: CsvSource): string {
  return `SELECT ${projectionSql(source)} FROM (${parsedSql(source, "strict")})
          WHERE CASE WHEN ${reasonSql(source)} IS NULL THEN true ELSE error('${INVALID_ROW}') END`;
}

function skippingSql(source: CsvSource): string {
  return `SELECT ${projectionSql(source)} FROM (${parsedSql(source, "skip")})
          WHERE ${reasonSql(source)} IS NULL`;
}

function logMeta(plan: CsvImportPlan, source: CsvSource, rows: SkippedRows): LogMeta {
  const { mapping } = source;
  const hasStart = mapping.startTimestamp !== undefined;
  return {
    version: 1,
    importedAt: new Date().toISOString(),
    columns: {
      startTimestamp: hasStart,
      resource: mapping.resource !== undefined,
      unit: mapping.unit !== undefined,
      attributes: attributeNames(source).map(attributeColumn),
    },
    report: {
      importId: randomUUID(),
      format: "csv",
      fileName: plan.fileName,
      sizeBytes: plan.sizeBytes,
      rowsSkipped: rows.skipped,
      skippedByCode: rows.byCode,
      skipped: rows.details,
      lifecycle: { mode: hasStart ? "start-complete" : "complete-only" },
      notes: hasStart ? [] : [completeOnlyNote()],
    },
  };
}

/** The plan's mapping checked against its columns, with a timestamp format for each time column. */
export function csvSource(plan: CsvImportPlan): Result<CsvSource> {
  const { mapping, columns } = plan;
  for (const role of ["caseId", "activity", "timestamp"] as const) {
    if (!mapping[role]) {
      return fail("mapping_missing", `Choose the column that holds the ${roleName(role)}.`, {
        expected: `one of: ${columns.join(", ")}`,
      });
    }
  }
  for (const [role, column] of Object.entries(mapping)) {
    if (column !== undefined && !columns.includes(column)) {
      return fail("mapping_unknown_column", `No column '${column}' (for ${role}) in the file.`, {
        columnName: column,
        expected: `one of: ${columns.join(", ")}`,
      });
    }
  }
  const complete = mapping as ColumnMapping;
  const formats = formatsOf(plan, complete.timestamp);
  if (!formats.ok) return formats;
  const startFormats = complete.startTimestamp
    ? formatsOf(plan, complete.startTimestamp)
    : ok<string[]>([]);
  if (!startFormats.ok) return startFormats;
  return ok({
    path: plan.path,
    dialect: plan.dialect,
    columns,
    mapping: complete,
    timestampFormats: formats.value,
    startTimestampFormats: startFormats.value,
  });
}

function formatsOf(plan: CsvImportPlan, column: string): Result<string[]> {
  const format = plan.timestampFormats[column];
  if (!format || format.formats.length === 0) {
    const sample = plan.preview[0]?.[plan.columns.indexOf(column)] ?? "";
    return fail("timestamp_format_unknown", `Column '${column}' does not read as timestamps.`, {
      column: plan.columns.indexOf(column) + 1,
      columnName: column,
      expected: "dates and times such as 2024-03-01 14:05:00+01:00 or 01/03/2024 14:05",
      found: sample,
      ...(plan.dialect.header ? { line: 2 } : { line: 1 }),
    });
  }
  return ok(format.formats);
}

function roleName(role: "caseId" | "activity" | "timestamp"): string {
  return { caseId: "case id", activity: "activity", timestamp: "timestamp" }[role];
}
