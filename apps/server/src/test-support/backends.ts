import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import {
  migrateToLatest,
  openStorage,
  type Storage,
  type StorageKind,
} from "../storage/database.js";

/**
 * The storage backends every storage-touching test runs on: SQLite always, PostgreSQL when
 * DATABASE_URL is set (CI always sets it). Each opened storage is private to its caller: a fresh
 * SQLite file, or a fresh PostgreSQL schema, so test files run in parallel without colliding.
 */
export interface Backend {
  kind: StorageKind;
  /** A private storage, migrated unless `migrate: false` (for tests of the migrations). */
  open(options?: OpenOptions): Promise<TestStorage>;
}

export interface OpenOptions {
  migrate?: boolean;
}

export interface TestStorage extends Storage {
  /** Closes the connection and deletes everything this storage created. */
  dispose(): Promise<void>;
  /** A second connection (pool) to the same database, as a second server instance has. */
  openSibling(): Storage;
}

/** SQLite alone, for tests that touch no storage of their own (serving files, for one). */
export const sqlite: Backend = {
  kind: "sqlite",
  async open({ migrate = true } = {}) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "samspel-test-"));
    const storage = openStorage({ dataDir });
    if (migrate) await migrateToLatest(storage);
    return {
      ...storage,
      async dispose() {
        await storage.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
      openSibling: () => openStorage({ dataDir }),
    };
  },
};

export function postgres(databaseUrl: string): Backend {
  return {
    kind: "postgres",
    async open({ migrate = true } = {}) {
      const schema = `test_${randomBytes(6).toString("hex")}`;
      await adminQuery(databaseUrl, `create schema ${schema}`);
      const storage = openStorage({ databaseUrl, dataDir: tmpdir(), postgresSchema: schema });
      if (migrate) await migrateToLatest(storage);
      return {
        ...storage,
        async dispose() {
          await storage.close();
          await adminQuery(databaseUrl, `drop schema ${schema} cascade`);
        },
        openSibling: () => openStorage({ databaseUrl, dataDir: tmpdir(), postgresSchema: schema }),
      };
    },
  };
}

async function adminQuery(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const databaseUrl = process.env.DATABASE_URL;
export const backends: Backend[] = databaseUrl ? [sqlite, postgres(databaseUrl)] : [sqlite];
