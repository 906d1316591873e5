import type { MembershipSummary, Role } from "@samspel/core";
import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import type { Database } from "../storage/schema.js";
import { newId } from "./tokens.js";

export async function createOrganisation(
  db: Kysely<Database>,
  name: string,
  firstAdminId: string,
  now: Date,
): Promise<string> {
  const id = newId();
  const createdAt = now.toISOString();
  await db.insertInto("organisations").values({ id, name, created_at: createdAt }).execute();
  await addMember(db, id, firstAdminId, "admin", now);
  return id;
}

export async function addMember(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  role: Role,
  now: Date,
): Promise<void> {
  await db
    .insertInto("memberships")
    .values({
      organisation_id: organisationId,
      user_id: userId,
      role,
      created_at: now.toISOString(),
    })
    .execute();
}

export function listMemberships(
  db: Kysely<Database>,
  userId: string,
): Promise<MembershipSummary[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id as id", "organisations.name as name", "memberships.role as role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("organisations.name")
    .orderBy("organisations.id")
    .execute();
}

export async function findRole(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role;
}

export async function getOrganisation(db: Kysely<Database>, organisationId: string) {
  const organisation = await db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!organisation) return undefined;
  const { count } = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("organisation_id", "=", organisationId)
    .executeTakeFirstOrThrow();
  // PostgreSQL's count() is a bigint, which pg hands over as a string.
  return { ...organisation, memberCount: Number(count) };
}

export async function renameOrganisation(
  db: Kysely<Database>,
  organisationId: string,
  name: string,
): Promise<void> {
  await db.updateTable("organisations").set({ name }).where("id", "=", organisationId).execute();
}

export function listMembers(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "users.id as userId",
      "users.email as email",
      "users.display_name as displayName",
      "memberships.role as role",
      "memberships.created_at as joinedAt",
    ])
    .where("memberships.organisation_id", "=", organisationId)
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

export async function countAdmins(db: Kysely<Database>, organisationId: string): Promise<number> {
  const { count } = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "admin")
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function setRole(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await db
    .updateTable("memberships")
    .set({ role })
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .execute();
}

export async function removeMember(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom("memberships")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .execute();
  // A login session still pointing at an organisation the user left would land them on a 403.
  await db
    .updateTable("login_sessions")
    .set({ active_organisation_id: null })
    .where("user_id", "=", userId)
    .where("active_organisation_id", "=", organisationId)
    .execute();
}

export const lastAdminError = () =>
  new AppError(
    409,
    "last_admin",
    "An organisation needs at least one admin. Make someone else admin first.",
  );

/**
 * Serialises membership changes within one organisation for the rest of the transaction. Without
 * it, two admins demoting each other at the same moment could each see "one other admin left"
 * and leave the organisation with none. SQLite needs nothing: it has one writer at a time, and
 * our single connection runs one transaction at a time.
 */
export async function lockOrganisation(
  db: Kysely<Database>,
  organisationId: string,
  kind: "sqlite" | "postgres",
): Promise<void> {
  if (kind !== "postgres") return;
  await db
    .selectFrom("organisations")
    .select("id")
    .where("id", "=", organisationId)
    .forUpdate()
    .execute();
}
