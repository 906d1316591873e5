import { createReadStream } from "node:fs";

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface RecordLines {
  /** DuckDB's record number (header included, 1-based), as in its rejects table -> physical line. */
  byRecord: Map<number, number>;
  /** Data row number among the rows DuckDB kept (1-based) -> physical line. */
  byDataRow: Map<number, number>;
}

/**
 * Physical line numbers for records, found by one byte scan that stops when all are found. Only
 * the error path runs it: DuckDB numbers records, and a quoted field with line breaks makes a
 * record span lines. A doubled quote toggles twice, so RFC 4180 escapes need no special case;
 * quotes and line feeds are single bytes in both UTF-8 and Latin-1.
 */
export async function locateRecords(
  path: string,
  quote: string,
  header: boolean,
  wanted: { records: readonly number[]; dataRows: readonly number[] },
  rejectedRecords: ReadonlySet<number>,
): Promise<RecordLines> {
  const quoteByte = quote.charCodeAt(0);
  const wantRecords = new Set(wanted.records);
  const wantRows = new Set(wanted.dataRows);
  const result: RecordLines = { byRecord: new Map(), byDataRow: new Map() };
  let line = 1;
  let recordStart = 1;
  let record = 0;
  let dataRow = 0;
  let inQuotes = false;
  let empty = true;
  const closeRecord = () => {
    if (empty) return;
    record += 1;
    if (wantRecords.has(record)) result.byRecord.set(record, recordStart);
    const isHeader = header && record === 1;
    if (!isHeader && !rejectedRecords.has(record)) {
      dataRow += 1;
      if (wantRows.has(dataRow)) result.byDataRow.set(dataRow, recordStart);
    }
  };
  const done = () =>
    result.byRecord.size === wantRecords.size && result.byDataRow.size === wantRows.size;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i] as number;
      if (byte === LINE_FEED) {
        if (!inQuotes) {
          closeRecord();
          empty = true;
          recordStart = line + 1;
        }
        line += 1;
      } else if (byte !== CARRIAGE_RETURN) {
        if (byte === quoteByte) inQuotes = !inQuotes;
        empty = false;
      }
    }
    if (done()) return result;
  }
  closeRecord();
  return result;
}
