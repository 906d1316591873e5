import { mkdirSync } from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.js";
import type { Database } from "./schema.js";

export type StorageKind = "sqlite" | "postgres";

export interface Storage {
  db: Kysely<Database>;
  kind: StorageKind;
  /** The PostgreSQL schema we work in, when not the default search_path. */
  postgresSchema?: string;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** Unset: SQLite in `dataDir/samspel.db`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to work in; tests give each suite its own so they never collide. */
  postgresSchema?: string;
  /** SQLite file name under dataDir; `:memory:` is allowed for throwaway databases. */
  sqliteFile?: string;
}

export function openStorage(options: StorageOptions): Storage {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openSqlite(options);
}

function openSqlite(options: StorageOptions): Storage {
  const file = options.sqliteFile ?? "samspel.db";
  const location = file === ":memory:" ? file : path.join(options.dataDir, file);
  if (file !== ":memory:") mkdirSync(options.dataDir, { recursive: true });
  const connection = new SqliteDatabase(location);
  // WAL lets readers go on while one writer commits; busy_timeout makes a second process (a
  // `samspel migrate` next to a running server) wait instead of failing at once.
  connection.pragma("journal_mode = WAL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
  connection.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return { db, kind: "sqlite", close: () => db.destroy() };
}

function openPostgres(databaseUrl: string, options: StorageOptions): Storage {
  const schema = options.postgresSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    ...(schema ? { postgresSchema: schema } : {}),
    close: () => db.destroy(),
  };
}

/** Brings the database to the newest schema. Safe to run on every start. */
export async function migrateToLatest(storage: Storage): Promise<string[]> {
  // Kysely looks for its bookkeeping tables across all schemas unless told which one is ours; a
  // database shared with another Kysely app (or our own test schemas) would fool it.
  const schema =
    storage.kind === "postgres"
      ? (storage.postgresSchema ?? (await currentSchema(storage.db)))
      : undefined;
  const migrator = new Migrator({
    db: storage.db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? [])
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error("PostgreSQL has no current schema: check the search_path");
  return schema;
}
