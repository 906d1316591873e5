import type { Role } from "@samspel/core";
import { findRole } from "../accounts/organisations.js";
import type { Database } from "../storage/schema.js";
import type { TestApp } from "./test-app.js";

/**
 * What the database holds, read straight from it: a refused request must be shown to have
 * changed nothing, and an accepted one to have changed what it said.
 */

/** Rows in a table, for "nothing was written" assertions. */
export async function countRows(t: TestApp, table: keyof Database): Promise<number> {
  const { count } = await t.storage.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .executeTakeFirstOrThrow();
  // PostgreSQL's count() is a bigint, which pg hands over as a string.
  return Number(count);
}

/** A user's role in an organisation; undefined when not a member. */
export function storedRole(
  t: TestApp,
  organisationId: string,
  userId: string,
): Promise<Role | undefined> {
  return findRole(t.storage.db, organisationId, userId);
}

export async function storedOrganisationName(t: TestApp, organisationId: string): Promise<string> {
  const row = await t.storage.db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return row.name;
}

export function storedUser(t: TestApp, userId: string) {
  return t.storage.db
    .selectFrom("users")
    .select(["display_name", "locale"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
}
