import type {
  BookingRequest,
  BookingRequestBody,
  FacilitatorProfile,
  Period,
  PoolPerson,
} from "@samspel/core";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { newId } from "../accounts/tokens.js";
import type { StorageKind } from "../storage/database.js";
import type { BookingRequestTable, Database } from "../storage/schema.js";
import { certificatesOf } from "./certificates.js";
import { trainingNotFound } from "./errors.js";

const labels = z.array(z.string());

/** Stored JSON arrays are ours, but a bad row must not take the page down: read defensively. */
export function parseLabels(text: string): string[] {
  try {
    const parsed = labels.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export async function findProfile(
  db: Kysely<Database>,
  userId: string,
): Promise<FacilitatorProfile> {
  const [profile, windows] = await Promise.all([
    db
      .selectFrom("facilitator_profiles")
      .selectAll()
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("availability_windows")
      .select(["starts_on as startsOn", "ends_on as endsOn"])
      .where("user_id", "=", userId)
      .orderBy("starts_on")
      .execute(),
  ]);
  return {
    userId,
    languages: profile ? parseLabels(profile.languages) : [],
    methods: profile ? parseLabels(profile.methods) : [],
    areas: profile ? parseLabels(profile.areas) : [],
    availability: windows,
  };
}

export async function saveProfile(
  db: Kysely<Database>,
  userId: string,
  profile: { languages: string[]; methods: string[]; areas: string[] },
  now: Date,
): Promise<void> {
  const values = {
    languages: JSON.stringify(profile.languages),
    methods: JSON.stringify(profile.methods),
    areas: JSON.stringify(profile.areas),
    updated_at: now.toISOString(),
  };
  await db
    .insertInto("facilitator_profiles")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
}

export async function saveAvailability(
  db: Kysely<Database>,
  userId: string,
  windows: readonly Period[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("availability_windows").where("user_id", "=", userId).execute();
    if (windows.length === 0) return;
    await trx
      .insertInto("availability_windows")
      .values(
        windows.map((window) => ({
          id: newId(),
          user_id: userId,
          starts_on: window.startsOn,
          ends_on: window.endsOn,
        })),
      )
      .execute();
  });
}

/** People who hold or held a certificate from one of the organisation's programmes. */
export async function certifiedPool(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("certifications")
    .innerJoin("training_programmes", "training_programmes.id", "certifications.programme_id")
    .innerJoin("users", "users.id", "certifications.user_id")
    .select(["users.id as userId", "users.display_name as displayName"])
    .distinct()
    .where("training_programmes.organisation_id", "=", organisationId)
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

/** Trainees holding a place (or finished) in a cohort of the organisation's programmes. */
export async function traineePool(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("cohort_enrolments")
    .innerJoin("training_cohorts", "training_cohorts.id", "cohort_enrolments.cohort_id")
    .innerJoin("training_programmes", "training_programmes.id", "training_cohorts.programme_id")
    .innerJoin("users", "users.id", "cohort_enrolments.user_id")
    .select(["users.id as userId", "users.display_name as displayName"])
    .distinct()
    .where("training_programmes.organisation_id", "=", organisationId)
    .where("cohort_enrolments.status", "in", ["enrolled", "completed"])
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

/** What the booking rules need to know about these people, in the organisation's pool. */
export async function poolPeople(
  db: Kysely<Database>,
  organisationId: string,
  userIds: readonly string[],
): Promise<Map<string, PoolPerson>> {
  const people = new Map<string, PoolPerson>();
  if (userIds.length === 0) return people;
  const [certificates, bookings, trainees] = await Promise.all([
    certificatesOf(db, userIds, organisationId),
    db
      .selectFrom("booking_people")
      .select(["user_id as userId", "starts_on as startsOn", "ends_on as endsOn"])
      .where("user_id", "in", userIds)
      .execute(),
    traineePool(db, organisationId),
  ]);
  for (const userId of userIds) {
    people.set(userId, {
      userId,
      certificates: certificates.filter((row) => row.userId === userId),
      bookings: bookings.filter((row) => row.userId === userId),
      trainee: trainees.some((row) => row.userId === userId),
    });
  }
  return people;
}

/**
 * Serialises bookings of these people for the rest of the transaction, so that two
 * coordinators booking one facilitator for overlapping dates cannot both see them free. A
 * transaction-scoped advisory lock per person, taken in a fixed order so that two bookings
 * sharing people never wait on each other in a cycle; released at commit. It reaches across
 * organisations' pools, which a row lock on one organisation would not. SQLite needs nothing:
 * one writer at a time on our single connection.
 */
export async function lockPeople(
  db: Kysely<Database>,
  userIds: readonly string[],
  kind: StorageKind,
): Promise<void> {
  if (kind !== "postgres") return;
  for (const userId of [...new Set(userIds)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtext(${`booking:${userId}`}))`.execute(db);
  }
}

/**
 * Whether `partnerId` accepted a programme `poolId` runs: only then may its units ask that
 * pool, so the pool is never open to organisations it has no partnership with.
 */
export async function partnersWithPool(
  db: Kysely<Database>,
  partnerId: string,
  poolId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("programme_partners")
    .innerJoin("training_programmes", "training_programmes.id", "programme_partners.programme_id")
    .select("programme_partners.programme_id")
    .where("programme_partners.organisation_id", "=", partnerId)
    .where("training_programmes.organisation_id", "=", poolId)
    .where("programme_partners.accepted_at", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function createBookingRequest(
  db: Kysely<Database>,
  organisationId: string,
  requestedBy: string,
  body: BookingRequestBody & { methods: string[] },
  now: Date,
  requestingOrganisationId: string | null = null,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("booking_requests")
    .values({
      id,
      organisation_id: organisationId,
      unit: body.unit,
      question: body.question,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      group_size: body.groupSize,
      language: body.language,
      methods: JSON.stringify(body.methods),
      area: body.area ?? null,
      requested_by: requestedBy,
      created_at: now.toISOString(),
      requesting_organisation_id: requestingOrganisationId,
    })
    .execute();
  return id;
}

export async function findBookingRequest(
  db: Kysely<Database>,
  requestId: string,
): Promise<BookingRequestTable> {
  const row = await db
    .selectFrom("booking_requests")
    .selectAll()
    .where("id", "=", requestId)
    .executeTakeFirst();
  if (!row) throw trainingNotFound("booking_request_not_found");
  return row;
}

export async function bookingRequestViews(
  db: Kysely<Database>,
  rows: readonly BookingRequestTable[],
): Promise<BookingRequest[]> {
  if (rows.length === 0) return [];
  const people = await db
    .selectFrom("booking_people")
    .innerJoin("users", "users.id", "booking_people.user_id")
    .select([
      "booking_people.request_id as requestId",
      "booking_people.role as role",
      "users.id as userId",
      "users.display_name as displayName",
    ])
    .where(
      "booking_people.request_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("users.display_name")
    .execute();
  const requesters = await db
    .selectFrom("users")
    .select(["id as userId", "display_name as displayName"])
    .where(
      "id",
      "in",
      rows.map((row) => row.requested_by),
    )
    .execute();
  const [sessions, partners] = await Promise.all([
    db
      .selectFrom("sessions")
      .select(["id", "title"])
      .where("id", "in", present(rows.map((row) => row.session_id)))
      .execute(),
    db
      .selectFrom("organisations")
      .select(["id", "name"])
      .where("id", "in", present(rows.map((row) => row.requesting_organisation_id)))
      .execute(),
  ]);
  return rows.map((row) => {
    const booked = people.filter((person) => person.requestId === row.id);
    const facilitator = booked.find((person) => person.role === "facilitator");
    const person = (p: { userId: string; displayName: string }) => ({
      userId: p.userId,
      displayName: p.displayName,
    });
    return {
      id: row.id,
      organisationId: row.organisation_id,
      unit: row.unit,
      question: row.question,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      groupSize: Number(row.group_size),
      language: row.language,
      methods: parseLabels(row.methods),
      area: row.area,
      requestedBy: person(
        requesters.find((r) => r.userId === row.requested_by) ?? {
          userId: row.requested_by,
          displayName: "",
        },
      ),
      booking: facilitator
        ? {
            facilitator: person(facilitator),
            resourcePersons: booked.filter((p) => p.role === "resource_person").map(person),
          }
        : null,
      session: sessions.find((session) => session.id === row.session_id) ?? null,
      requestingOrganisation:
        partners.find((partner) => partner.id === row.requesting_organisation_id) ?? null,
    };
  });
}

/** The ids that are set; "" keeps `in ()` valid SQL when none are, and matches no row. */
function present(ids: readonly (string | null)[]): string[] {
  return [...ids.filter((id): id is string => id !== null), ""];
}
