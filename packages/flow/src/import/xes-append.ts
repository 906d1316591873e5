import { DuckDBDataChunk, type DuckDBValue } from "@duckdb/node-api";
import bindings from "@duckdb/node-bindings";
import type { Database } from "../duckdb/database.js";
import { sqlIdent } from "../duckdb/sql.js";
import { attributeColumn, EVENT_COLUMNS } from "../storage/event-columns.js";
import type { XesBatch } from "./xes-batch.js";

const STAGING = "xes_staging";
const DICTIONARY = "xes_dictionary";
/** DuckDB's vector size: the most rows one data chunk holds. */
const CHUNK_ROWS = 2048;
const CODED = ["case_id", "activity", "resource", "unit"] as const;

/**
 * Loads event batches into a staging table as integer codes (bulk-copied per 2,048-row vector)
 * and each distinct string once into a dictionary table; the final SELECT decodes them. Measured
 * on 250k XES events: 0.74 s appending strings, a third of that appending codes.
 */
export class StagingTable {
  private readonly attributeKeys: string[] = [];

  constructor(private readonly db: Database) {}

  async create(): Promise<void> {
    await this.db.run(
      `CREATE TEMP TABLE ${STAGING} (row_no INTEGER, ts_ms DOUBLE, start_ms DOUBLE,
        ${CODED.map((name) => `${name} INTEGER`).join(", ")});
       CREATE TEMP TABLE ${DICTIONARY} (dict INTEGER, code INTEGER, value VARCHAR)`,
    );
  }

  get attributes(): readonly string[] {
    return this.attributeKeys;
  }

  async append(batch: XesBatch): Promise<void> {
    if (batch.length === 0) return;
    for (const key of batch.attributeKeys.slice(this.attributeKeys.length)) {
      await this.db.run(
        `ALTER TABLE ${STAGING} ADD COLUMN ${codeName(CODED.length + this.attributeKeys.length)} INTEGER`,
      );
      this.attributeKeys.push(key);
    }
    const { length } = batch;
    const rowNumbers = Int32Array.from({ length }, (_, i) => batch.firstRow + i);
    const columns: [Int32Array | Float64Array, (value: number) => boolean][] = [
      [rowNumbers, never],
      [batch.timestampMs, never],
      [batch.startMs, Number.isNaN],
      ...Array.from({ length: CODED.length + this.attributeKeys.length }, (_, index) => {
        // A column the batch does not have yet (an attribute first seen later) is all null.
        const codes = batch.columns[index]?.codes ?? new Int32Array(length).fill(-1);
        return [codes, (code: number) => code < 0] as [Int32Array, (value: number) => boolean];
      }),
    ];
    await this.appendNumbers(columns, length);
    const dict: number[] = [];
    const code: number[] = [];
    const value: string[] = [];
    batch.columns.forEach((column, index) => {
      column.newValues.forEach((text, offset) => {
        dict.push(index);
        code.push(column.firstNewCode + offset);
        value.push(text);
      });
    });
    await this.appendColumns(
      DICTIONARY,
      [dict, code, value].map((values) => (start: number, end: number) => values.slice(start, end)),
      dict.length,
    );
  }

  /**
   * The final rows, decoded, in file order. Each dictionary is one list looked up by code (a
   * single-row cross join); a scan of the staging table keeps its insertion order, so no sort.
   */
  selectSql(): string {
    const codes = [
      ...CODED,
      ...this.attributeKeys.map((_, index) => codeName(CODED.length + index)),
    ];
    const lists = codes.map(
      (_, index) => `list(value ORDER BY code) FILTER (WHERE dict = ${index}) AS d${index}`,
    );
    const decoded = (index: number) => `d.d${index}[s.${codes[index]} + 1]`;
    const attributes = this.attributeKeys.map(
      (key, index) => `, ${decoded(CODED.length + index)} AS ${sqlIdent(attributeColumn(key))}`,
    );
    return `SELECT ${decoded(0)} AS ${EVENT_COLUMNS.caseId}, ${decoded(1)} AS ${EVENT_COLUMNS.activity},
              epoch_ms(s.ts_ms::BIGINT) AS ${EVENT_COLUMNS.timestamp},
              epoch_ms(s.start_ms::BIGINT) AS ${EVENT_COLUMNS.startTimestamp},
              ${decoded(2)} AS ${EVENT_COLUMNS.resource}, ${decoded(3)} AS ${EVENT_COLUMNS.unit}
              ${attributes.join("")}
            FROM ${STAGING} s, (SELECT ${lists.join(", ")} FROM ${DICTIONARY}) d`;
  }

  /**
   * Appends number columns to the staging table by copying each 2,048-row slice into the data
   * chunk's vector memory in one native call, with a validity mask where values are missing.
   * (`setColumnValues` makes one JS call per value: a quarter of a second on 250k events.)
   */
  private async appendNumbers(
    columns: readonly [Int32Array | Float64Array, (value: number) => boolean][],
    length: number,
  ): Promise<void> {
    const appender = await this.db.appender(STAGING);
    const types = columns.map((_, index) => appender.columnType(index));
    for (let start = 0; start < length; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, length);
      const chunk = DuckDBDataChunk.create(types, end - start);
      columns.forEach(([values, missing], index) => {
        const vector = bindings.data_chunk_get_vector(chunk.chunk, index);
        const slice = values.subarray(start, end);
        bindings.copy_data_to_vector(
          vector,
          0,
          slice.buffer as ArrayBuffer,
          slice.byteOffset,
          slice.byteLength,
        );
        const mask = validityMask(slice, missing);
        if (mask) {
          bindings.vector_ensure_validity_writable(vector);
          bindings.copy_data_to_vector_validity(
            vector,
            0,
            mask.buffer as ArrayBuffer,
            0,
            mask.byteLength,
          );
        }
      });
      appender.appendDataChunk(chunk);
    }
    appender.closeSync();
  }

  /** Appends the dictionary's rows (few: each distinct string once), value by value. */
  private async appendColumns(
    table: string,
    columns: readonly ((start: number, end: number) => DuckDBValue[])[],
    length: number,
  ): Promise<void> {
    if (length === 0) return;
    const appender = await this.db.appender(table);
    const types = columns.map((_, index) => appender.columnType(index));
    for (let start = 0; start < length; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, length);
      const chunk = DuckDBDataChunk.create(types, end - start);
      columns.forEach((values, index) => {
        chunk.setColumnValues(index, values(start, end));
      });
      appender.appendDataChunk(chunk);
    }
    appender.closeSync();
  }
}

const never = () => false;

/** DuckDB's validity bitmask (bit set = valid, least significant bit first), or null if all are. */
function validityMask(
  values: Int32Array | Float64Array,
  missing: (value: number) => boolean,
): Uint8Array | null {
  if (!values.some(missing)) return null;
  // Whole 64-bit words, as DuckDB stores the mask.
  const mask = new Uint8Array(Math.ceil(values.length / 64) * 8).fill(0xff);
  values.forEach((value, row) => {
    if (missing(value)) mask[row >> 3] = (mask[row >> 3] as number) & ~(1 << (row & 7));
  });
  return mask;
}

function codeName(index: number): string {
  return index < CODED.length ? (CODED[index] as string) : `a${index - CODED.length}`;
}
