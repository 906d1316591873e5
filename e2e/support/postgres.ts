import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A private PostgreSQL schema on CI's database for a test that runs real server processes: the
 * processes get it through DATABASE_URL's search_path, and the test drops it afterwards.
 */
export async function createPostgresSchema(
  databaseUrl: string,
): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const schema = `e2e_${randomBytes(6).toString("hex")}`;
  await admin(databaseUrl, `create schema ${schema}`);
  return {
    databaseUrl: `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: () => admin(databaseUrl, `drop schema if exists ${schema} cascade`),
  };
}

async function admin(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
