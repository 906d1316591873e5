import { fail, ok, type Result } from "../errors.js";
import { type ColumnMapping, suggestMapping } from "./column-mapping.js";
import { columnNames, detectDelimiter, detectHeader } from "./csv-dialect.js";
import { splitRecords } from "./csv-records.js";
import { type CsvEncoding, decodeSample } from "./encoding.js";
import { readSample } from "./read-sample.js";
import { detectTimestampFormat, type TimestampFormat } from "./timestamp-format.js";

export interface CsvDialect {
  encoding: CsvEncoding;
  delimiter: string;
  quote: string;
  /** Quotes inside quoted fields are doubled (RFC 4180); the escape is the quote itself. */
  escape: string;
  header: boolean;
}

/**
 * What the importer found out from the first 64 KiB, for a person to confirm or correct before
 * the import runs: dialect, columns, a suggested mapping, timestamp formats and a preview.
 */
export interface CsvImportPlan {
  format: "csv";
  path: string;
  fileName: string;
  sizeBytes: number;
  dialect: CsvDialect;
  columns: string[];
  mapping: Partial<ColumnMapping>;
  /** Detected formats of every column that reads as timestamps, so a remapping needs no re-sniff. */
  timestampFormats: Record<string, TimestampFormat>;
  /** The first data rows, as split by the dialect. */
  preview: string[][];
  notes: string[];
}

const PREVIEW_ROWS = 10;
const QUOTE = '"';

export async function planCsvImport(
  path: string,
  overrides: Partial<ColumnMapping> = {},
): Promise<Result<CsvImportPlan>> {
  const sample = await readSample(path);
  if (!sample.ok) return sample;
  const decoded = decodeSample(sample.value.bytes, sample.value.truncated);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  const delimiter = detectDelimiter(text, QUOTE);
  // A truncated sample ends mid-record: only records closed by a line break are used.
  const whole = sample.value.truncated ? text : `${text}\n`;
  const { records } = splitRecords(whole, delimiter, QUOTE);
  const first = records[0];
  if (!first || first.length < 2) {
    return fail("csv_no_columns", "No columns found: the file needs a delimiter (, ; tab or |).", {
      line: 1,
      expected: "at least three columns: case id, activity and timestamp",
    });
  }
  const header = detectHeader(first);
  const columns = columnNames(header ? first : null, first.length);
  const rows = header ? records.slice(1) : records;
  const timestampFormats: Record<string, TimestampFormat> = {};
  columns.forEach((column, index) => {
    const format = detectTimestampFormat(rows.map((row) => row[index] ?? ""));
    if (format) timestampFormats[column] = format;
  });
  const suggested = suggestMapping(columns, new Set(Object.keys(timestampFormats)));
  const mapping = { ...suggested, ...definedOnly(overrides) };
  return ok({
    format: "csv",
    path,
    fileName: sample.value.fileName,
    sizeBytes: sample.value.sizeBytes,
    dialect: { encoding: decoded.value.encoding, delimiter, quote: QUOTE, escape: QUOTE, header },
    columns,
    mapping,
    timestampFormats,
    preview: rows.slice(0, PREVIEW_ROWS),
    notes: planNotes(mapping, timestampFormats),
  });
}

function definedOnly(overrides: Partial<ColumnMapping>): Partial<ColumnMapping> {
  return Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined && value !== ""),
  );
}

function planNotes(
  mapping: Partial<ColumnMapping>,
  formats: Record<string, TimestampFormat>,
): string[] {
  const notes: string[] = [];
  for (const column of [mapping.timestamp, mapping.startTimestamp]) {
    if (column !== undefined && formats[column]?.ambiguousDayMonth) {
      notes.push(
        `Day and month in '${column}' cannot be told apart in the sample: day first assumed.`,
      );
    }
  }
  if (mapping.startTimestamp === undefined) {
    notes.push("No start timestamp: times between activities will be transition times.");
  }
  return notes;
}
