import type { Database } from "../duckdb/database.js";
import type { FlowError, FlowErrorCode } from "../errors.js";
import { locateRecords } from "./csv-locate.js";
import { type CsvSource, foundSql, parsedSql, REJECTS_TABLE, reasonSql } from "./csv-sql.js";
import { SKIPPED_DETAIL_LIMIT } from "./report.js";

export interface Diagnosis {
  skipped: number;
  byCode: Partial<Record<FlowErrorCode, number>>;
  /** The first skipped rows, in file order, with physical line and column. */
  details: FlowError[];
}

interface RejectRow {
  record: number;
  column: number | null;
  error_type: string;
  error_message: string;
}

interface InvalidRow {
  record: number;
  reason: FlowErrorCode;
  found: string | null;
}

// Beyond this many structural rejects the data-row -> line mapping is approximate; a file that
// broken is refused long before anyone reads the lines.
const REJECT_LOOKUP_LIMIT = 100_000;

/**
 * The slow, careful pass over a file the fast pass refused: every bad row with why, where
 * (physical line, field) and what was expected.
 */
export async function diagnoseCsv(db: Database, source: CsvSource): Promise<Diagnosis> {
  await db.run(
    `CREATE OR REPLACE TEMP TABLE csv_invalid AS
     SELECT __record, __reason, left(${foundSql(source)}, 80) AS __found
     FROM (SELECT row_number() OVER () AS __record, ${reasonSql(source)} AS __reason, *
           FROM (${parsedSql(source, "diagnose")}))
     WHERE __reason IS NOT NULL`,
  );
  const rejects = await db.rows<RejectRow>(
    `SELECT line::DOUBLE AS record, column_idx::DOUBLE AS "column", error_type::VARCHAR AS error_type,
            error_message FROM ${REJECTS_TABLE} ORDER BY line LIMIT ${REJECT_LOOKUP_LIMIT}`,
  );
  const counts = await db.rows<{ reason: FlowErrorCode; n: number }>(
    "SELECT __reason AS reason, count(*)::DOUBLE AS n FROM csv_invalid GROUP BY 1",
  );
  const invalid = await db.rows<InvalidRow>(
    `SELECT __record::DOUBLE AS record, __reason AS reason, __found AS found
     FROM csv_invalid ORDER BY __record LIMIT ${SKIPPED_DETAIL_LIMIT}`,
  );
  const [rejectTotal] = await db.rows<{ n: number }>(
    `SELECT count(*)::DOUBLE AS n FROM ${REJECTS_TABLE}`,
  );
  const byCode: Partial<Record<FlowErrorCode, number>> = {};
  for (const { reason, n } of counts) byCode[reason] = n;
  if (rejectTotal && rejectTotal.n > 0) byCode.csv_malformed_row = rejectTotal.n;
  const lines = await locateRecords(
    source.path,
    source.dialect.quote,
    source.dialect.header,
    {
      records: rejects.slice(0, SKIPPED_DETAIL_LIMIT).map((row) => row.record),
      dataRows: invalid.map((row) => row.record),
    },
    new Set(rejects.map((row) => row.record)),
  );
  const details = [
    ...rejects
      .slice(0, SKIPPED_DETAIL_LIMIT)
      .map((row) => rejectError(source, row, lines.byRecord.get(row.record))),
    ...invalid.map((row) => invalidError(source, row, lines.byDataRow.get(row.record))),
  ]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .slice(0, SKIPPED_DETAIL_LIMIT);
  const skipped = Object.values(byCode).reduce((sum, n) => sum + (n ?? 0), 0);
  return { skipped, byCode, details };
}

function rejectError(source: CsvSource, row: RejectRow, line: number | undefined): FlowError {
  const { dialect, columns } = source;
  const column = row.column ?? undefined;
  const expected: Record<string, string> = {
    "MISSING COLUMNS": `${columns.length} fields separated by '${dialect.delimiter}'`,
    "TOO MANY COLUMNS": `${columns.length} fields separated by '${dialect.delimiter}'`,
    "UNQUOTED VALUE": `a closing ${dialect.quote} before the next field`,
    "INVALID UNICODE": `text in ${dialect.encoding}`,
    "INVALID ENCODING": `text in ${dialect.encoding}`,
  };
  return {
    code: "csv_malformed_row",
    message: `Line ${line ?? "?"}: ${row.error_message}`,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(column !== undefined && columns[column - 1] ? { columnName: columns[column - 1] } : {}),
    expected: expected[row.error_type] ?? "a well-formed CSV row",
    details: { errorType: row.error_type },
  };
}

function invalidError(source: CsvSource, row: InvalidRow, line: number | undefined): FlowError {
  const { mapping, columns } = source;
  const role: Record<string, [string, string]> = {
    missing_case_id: [mapping.caseId, "a case id"],
    missing_activity: [mapping.activity, "an activity name"],
    missing_timestamp: [mapping.timestamp, "a timestamp"],
    invalid_timestamp: [mapping.timestamp, formatText(source.timestampFormats)],
    invalid_start_timestamp: [
      mapping.startTimestamp ?? "",
      formatText(source.startTimestampFormats),
    ],
  };
  const [columnName, expected] = role[row.reason] ?? [mapping.timestamp, "a value"];
  const where = `line ${line ?? "?"}, column ${columns.indexOf(columnName) + 1} ('${columnName}')`;
  const message =
    row.found === null
      ? `No value at ${where}: expected ${expected}.`
      : `'${row.found}' at ${where} is not ${expected}.`;
  return {
    code: row.reason,
    message,
    ...(line === undefined ? {} : { line }),
    column: columns.indexOf(columnName) + 1,
    columnName,
    expected,
    ...(row.found === null ? {} : { found: row.found }),
  };
}

function formatText(formats: readonly string[]): string {
  return `a timestamp in the format ${formats.map((format) => `'${format}'`).join(" or ")}`;
}
