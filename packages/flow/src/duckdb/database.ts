import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export interface DatabaseOptions {
  /** DuckDB worker threads; the machine has two cores. */
  threads?: number;
  /** DuckDB's buffer limit; beyond it, sorts and joins spill to `tempDirectory`. */
  memoryLimit?: string;
  /** Where the per-instance spill directory is made (default: the OS temp directory). */
  tempDirectory?: string;
}

/** One in-memory DuckDB with one connection: the unit of work for an import or an analysis. */
export interface Database {
  run(sql: string): Promise<void>;
  /** Rows as plain JS values; queries cast to DOUBLE/INTEGER/VARCHAR so nothing arrives as bigint. */
  rows<T>(sql: string): Promise<T[]>;
  /** DuckDB's appender: the fast way to load rows built in JS (XES events). */
  appender(table: string): Promise<DuckDBAppender>;
  close(): void;
}

// The budget is 2 GB peak RSS for 10M events: DuckDB gets 1.2 GB (the prepared tables of a 10M
// event log take about 750 MB, facts need working room beside them), the rest is Node.
const DEFAULT_MEMORY_LIMIT = "1200MB";

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  // A spill directory per instance, removed on close: concurrent imports never share files.
  const tempDirectory = mkdtempSync(join(options.tempDirectory ?? tmpdir(), "samspel-flow-"));
  const instance = await DuckDBInstance.create(":memory:", {
    threads: String(options.threads ?? 2),
    memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    temp_directory: tempDirectory,
    // Order of rows in = order of rows out, so a CSV's or XES's file order survives into the
    // Parquet file and ties in timestamps keep it (documented DuckDB behaviour for COPY).
    preserve_insertion_order: "true",
  });
  const connection = await instance.connect();
  const removeSpill = () => rmSync(tempDirectory, { recursive: true, force: true });
  // Every timestamp is stored in UTC; week and day boundaries are computed in UTC too, so the
  // same log gives the same facts on any machine.
  await connection.run("SET TimeZone = 'UTC'");
  return wrap(instance, connection, removeSpill);
}

// SAMSPEL_FLOW_TRACE=1 prints each statement's time to stderr: how the benchmark figures were
// taken apart.
const TRACE = process.env.SAMSPEL_FLOW_TRACE === "1";

async function traced<T>(sql: string, work: () => Promise<T>): Promise<T> {
  if (!TRACE) return work();
  const started = performance.now();
  const result = await work();
  const ms = (performance.now() - started).toFixed(0);
  process.stderr.write(`[flow] ${ms} ms  ${sql.replace(/\s+/g, " ").trim().slice(0, 100)}\n`);
  return result;
}

function wrap(
  instance: DuckDBInstance,
  connection: DuckDBConnection,
  removeSpill: () => void,
): Database {
  return {
    async run(sql) {
      await traced(sql, () => connection.run(sql));
    },
    async rows<T>(sql: string) {
      const reader = await traced(sql, () => connection.runAndReadAll(sql));
      return reader.getRowObjectsJS() as T[];
    },
    appender(table) {
      return connection.createAppender(table);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      removeSpill();
    },
  };
}
