import { can, type Role } from "@samspel/core";
import type { Kysely, Transaction } from "kysely";
import { findRole } from "../accounts/organisations.js";
import type { Database } from "../storage/schema.js";

/**
 * The role a user holds for one session: their role in its organisation, raised to facilitator by
 * a grant for this very session (a booking linked to it). Every check of a facilitator's right to
 * a session asks this, so that a grant opens that session and nothing else.
 */
export async function sessionRole(
  db: Kysely<Database>,
  session: { id: string; organisation_id: string },
  userId: string,
): Promise<Role | undefined> {
  const role = await findRole(db, session.organisation_id, userId);
  if (role && can(role, "runSessions")) return role;
  const grant = await db
    .selectFrom("session_facilitators")
    .select("user_id")
    .where("session_id", "=", session.id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return grant ? "facilitator" : role;
}

/** Everyone booked on a request may run the session it was linked to; the booked one leads. */
export async function grantBookedPeople(
  trx: Transaction<Database>,
  grant: { requestId: string; sessionId: string; grantedBy: string; now: Date },
): Promise<void> {
  await revokeBookingGrants(trx, grant.requestId);
  const people = await trx
    .selectFrom("booking_people")
    .select(["user_id", "role"])
    .where("request_id", "=", grant.requestId)
    .execute();
  if (people.length === 0) return;
  await trx
    .insertInto("session_facilitators")
    .values(
      people.map((person) => ({
        session_id: grant.sessionId,
        user_id: person.user_id,
        role:
          person.role === "facilitator" ? ("facilitator" as const) : ("co_facilitator" as const),
        granted_by: grant.grantedBy,
        granted_at: grant.now.toISOString(),
        booking_request_id: grant.requestId,
      })),
    )
    .execute();
}

/** A cancelled or relinked booking no longer sends its people to the session. */
export async function revokeBookingGrants(
  trx: Transaction<Database>,
  requestId: string,
): Promise<void> {
  await trx
    .deleteFrom("session_facilitators")
    .where("booking_request_id", "=", requestId)
    .execute();
}

/** Sessions a user may run only by a grant: those of organisations where they cannot run them. */
export async function sessionsFacilitatedByGrant(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom("session_facilitators as grant")
    .innerJoin("sessions", "sessions.id", "grant.session_id")
    .innerJoin("organisations", "organisations.id", "sessions.organisation_id")
    .leftJoin("memberships", (join) =>
      join
        .onRef("memberships.organisation_id", "=", "sessions.organisation_id")
        .on("memberships.user_id", "=", userId),
    )
    .select([
      "sessions.id as sessionId",
      "sessions.title as title",
      "sessions.status as status",
      "sessions.organisation_id as organisationId",
      "organisations.name as organisationName",
      "grant.role as role",
      "memberships.role as memberRole",
    ])
    .where("grant.user_id", "=", userId)
    .orderBy("sessions.updated_at", "desc")
    .orderBy("sessions.id")
    .execute();
  const seen = new Set<string>();
  return rows.flatMap(({ memberRole, ...row }) => {
    if ((memberRole && can(memberRole, "runSessions")) || seen.has(row.sessionId)) return [];
    seen.add(row.sessionId);
    return [row];
  });
}

/**
 * Everyone a linked booking sent to run the session, the booked facilitators first. Someone on
 * two bookings for one session is listed once, with the leading role if either gives it.
 */
export async function bookedPeople(db: Kysely<Database>, sessionId: string) {
  const rows = await db
    .selectFrom("session_facilitators as grant")
    .innerJoin("users", "users.id", "grant.user_id")
    .select(["grant.user_id as userId", "users.display_name as displayName", "grant.role as role"])
    .where("grant.session_id", "=", sessionId)
    .orderBy("users.display_name")
    .orderBy("grant.user_id")
    .execute();
  const people = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const known = people.get(row.userId);
    if (!known || row.role === "facilitator") people.set(row.userId, row);
  }
  return [...people.values()].sort(
    (a, b) => Number(b.role === "facilitator") - Number(a.role === "facilitator"),
  );
}
