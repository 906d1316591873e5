import type { Database } from "../duckdb/database.js";
import { sqlString } from "../duckdb/sql.js";
import { type FlowError, FlowFailure } from "../errors.js";
import { type LogMeta, metaOption } from "../storage/log-meta.js";
import { commitStaged, discardStaged, stagingFile } from "../storage/log-store.js";

/** Decides, once the number of events written is known, whether the file may replace the log. */
export type AcceptWritten = (events: number) => FlowError | null;

/**
 * Writes the rows of `selectSql` as the log's `events.parquet`: first to a staging file, then one
 * `rename` over the old file. A refused, failed or interrupted import leaves the earlier log
 * untouched. Returns the number of events written.
 */
export async function writeEvents(
  db: Database,
  selectSql: string,
  finalPath: string,
  meta: LogMeta,
  accept: AcceptWritten,
): Promise<number> {
  const staging = await stagingFile(finalPath);
  try {
    const [row] = await db.rows<{ Count: bigint | number }>(
      // zstd: smaller than snappy at the same write speed here (measured on 10M rows).
      `COPY (${selectSql}) TO ${sqlString(staging)}
       (FORMAT parquet, COMPRESSION zstd, ${metaOption(meta)})`,
    );
    const events = Number(row?.Count ?? 0);
    const refusal = accept(events);
    if (refusal) throw new FlowFailure(refusal);
    await commitStaged(staging, finalPath);
    return events;
  } catch (error) {
    await discardStaged(staging);
    throw error;
  }
}
