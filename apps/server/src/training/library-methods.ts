import { findBuiltInMethod } from "@samspel/core";
import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import type { Database } from "../storage/schema.js";

/**
 * Methods a facilitator masters or a request asks for are method-library ids: built-in ones, or
 * the own methods of the organisations given (the request's organisation; for a profile, every
 * organisation the person belongs to). Matching compares ids, so names in any language agree.
 */
export async function assertLibraryMethods(
  db: Kysely<Database>,
  methods: readonly string[],
  organisationIds: readonly string[],
): Promise<void> {
  const unknown = methods.filter((id) => findBuiltInMethod(id) === undefined);
  if (unknown.length === 0) return;
  const own =
    organisationIds.length === 0
      ? []
      : await db
          .selectFrom("organisation_methods")
          .select("id")
          .where("id", "in", unknown)
          .where("organisation_id", "in", organisationIds)
          .execute();
  const missing = unknown.find((id) => !own.some((row) => row.id === id));
  if (missing !== undefined) {
    throw new AppError(400, "method_not_in_library", "Pick methods from the method library.", {
      methodId: missing,
    });
  }
}

export async function membershipsOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("organisation_id")
    .where("user_id", "=", userId)
    .execute();
  return rows.map((row) => row.organisation_id);
}
