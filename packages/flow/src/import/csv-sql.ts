import { sqlIdent, sqlString } from "../duckdb/sql.js";
import { attributeColumn, EVENT_COLUMNS } from "../storage/event-columns.js";
import type { ColumnMapping } from "./column-mapping.js";
import type { CsvDialect } from "./csv-plan.js";
import { duckdbEncoding } from "./encoding.js";
import { timestampSql } from "./timestamp-format.js";

/** What the SQL builders need: the file, its dialect, columns, mapping and timestamp formats. */
export interface CsvSource {
  path: string;
  dialect: CsvDialect;
  columns: readonly string[];
  mapping: ColumnMapping;
  timestampFormats: readonly string[];
  startTimestampFormats: readonly string[];
}

/**
 * How `read_csv` treats bad rows: `strict` stops at the first, `diagnose` records each in a rejects
 * table (with DuckDB's record number and column), `skip` leaves them out.
 */
export type ReadMode = "strict" | "diagnose" | "skip";

export const REJECTS_TABLE = "csv_rejects";
export const INVALID_ROW = "samspel_invalid_row";

/** Columns are read under positional names (`c1`, `c2`, ...): header text never reaches SQL. */
export function rawColumn(source: Pick<CsvSource, "columns">, name: string): string {
  return sqlIdent(`c${source.columns.indexOf(name) + 1}`);
}

export function readCsvSql(
  source: Pick<CsvSource, "path" | "dialect" | "columns">,
  mode: ReadMode,
): string {
  const { dialect } = source;
  const types = source.columns.map((_, index) => `${sqlString(`c${index + 1}`)}: 'VARCHAR'`);
  const options = [
    `delim = ${sqlString(dialect.delimiter)}`,
    `quote = ${sqlString(dialect.quote)}`,
    `escape = ${sqlString(dialect.escape)}`,
    `header = ${dialect.header}`,
    `encoding = ${sqlString(duckdbEncoding(dialect.encoding))}`,
    // Every column is text: a case named NA stays "NA" (DuckDB's only null string is the empty
    // one), and timestamps are parsed below with the detected formats and their own offsets.
    `columns = {${types.join(", ")}}`,
    "auto_detect = false",
  ];
  if (mode === "diagnose") {
    options.push(`store_rejects = true, rejects_table = ${sqlString(REJECTS_TABLE)}`);
    options.push(`rejects_scan = ${sqlString(`${REJECTS_TABLE}_scans`)}`);
  }
  if (mode === "skip") options.push("ignore_errors = true");
  return `read_csv(${sqlString(source.path)}, ${options.join(", ")})`;
}

/** The rows with parsed timestamps beside the raw text. */
export function parsedSql(source: CsvSource, mode: ReadMode): string {
  const { mapping } = source;
  const ts = timestampSql(rawColumn(source, mapping.timestamp), source.timestampFormats);
  const start = mapping.startTimestamp
    ? timestampSql(rawColumn(source, mapping.startTimestamp), source.startTimestampFormats)
    : "NULL::TIMESTAMP";
  return `SELECT *, ${ts} AS __ts, ${start} AS __start FROM ${readCsvSql(source, mode)}`;
}

function blank(column: string): string {
  return `(${column} IS NULL OR trim(${column}) = '')`;
}

/** Why a parsed row cannot be an event (a FlowErrorCode), or NULL when it can. */
export function reasonSql(source: CsvSource): string {
  const { mapping } = source;
  const cases = [
    `WHEN ${blank(rawColumn(source, mapping.caseId))} THEN 'missing_case_id'`,
    `WHEN ${blank(rawColumn(source, mapping.activity))} THEN 'missing_activity'`,
    `WHEN ${blank(rawColumn(source, mapping.timestamp))} THEN 'missing_timestamp'`,
    "WHEN __ts IS NULL THEN 'invalid_timestamp'",
  ];
  if (mapping.startTimestamp) {
    const start = rawColumn(source, mapping.startTimestamp);
    cases.push(`WHEN NOT ${blank(start)} AND __start IS NULL THEN 'invalid_start_timestamp'`);
  }
  return `CASE ${cases.join(" ")} END`;
}

/** The raw text that made a row invalid, for the error's `found`. */
export function foundSql(source: CsvSource): string {
  const { mapping } = source;
  const start = mapping.startTimestamp
    ? `WHEN 'invalid_start_timestamp' THEN ${rawColumn(source, mapping.startTimestamp)}`
    : "";
  return `CASE __reason WHEN 'invalid_timestamp' THEN ${rawColumn(source, mapping.timestamp)} ${start} END`;
}

/** The canonical event columns, then every unmapped column as an attribute. */
export function projectionSql(source: CsvSource): string {
  const { mapping } = source;
  const optional = (column: string | undefined, type: string) =>
    column ? rawColumn(source, column) : `NULL::${type}`;
  const canonical = [
    `${rawColumn(source, mapping.caseId)} AS ${EVENT_COLUMNS.caseId}`,
    `${rawColumn(source, mapping.activity)} AS ${EVENT_COLUMNS.activity}`,
    `__ts AS ${EVENT_COLUMNS.timestamp}`,
    `__start AS ${EVENT_COLUMNS.startTimestamp}`,
    `${optional(mapping.resource, "VARCHAR")} AS ${EVENT_COLUMNS.resource}`,
    `${optional(mapping.unit, "VARCHAR")} AS ${EVENT_COLUMNS.unit}`,
  ];
  const attributes = attributeNames(source).map(
    (name) => `${rawColumn(source, name)} AS ${sqlIdent(attributeColumn(name))}`,
  );
  return [...canonical, ...attributes].join(", ");
}

export function attributeNames(source: CsvSource): string[] {
  const mapped = new Set(Object.values(source.mapping));
  return source.columns.filter((name) => !mapped.has(name));
}
