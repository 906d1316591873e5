import {
  type Cohort,
  type Enrolment,
  evaluateCompletion,
  type Practice,
  placesTaken,
  settleCohort,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import type { StorageKind } from "../storage/database.js";
import type {
  CohortEnrolmentTable,
  Database,
  PracticeProcessTable,
  TrainingCohortTable,
  TrainingProgrammeTable,
} from "../storage/schema.js";
import { trainingNotFound } from "./errors.js";

export interface CohortWithProgramme {
  cohort: TrainingCohortTable;
  programme: TrainingProgrammeTable;
}

export async function findCohort(
  db: Kysely<Database>,
  cohortId: string,
): Promise<CohortWithProgramme> {
  const cohort = await db
    .selectFrom("training_cohorts")
    .selectAll()
    .where("id", "=", cohortId)
    .executeTakeFirst();
  if (!cohort) throw trainingNotFound("cohort_not_found");
  const programme = await db
    .selectFrom("training_programmes")
    .selectAll()
    .where("id", "=", cohort.programme_id)
    .executeTakeFirstOrThrow();
  return { cohort, programme };
}

/**
 * Serialises every change to one cohort's places for the rest of the transaction. Two people
 * taking the last place at once each count the places taken, see one free, and would both take
 * it; with the cohort row locked FOR UPDATE the second waits until the first commits and then
 * counts again. SQLite needs nothing: it has one writer at a time, and our single connection
 * runs one transaction at a time.
 */
export async function lockCohort(
  db: Kysely<Database>,
  cohortId: string,
  kind: StorageKind,
): Promise<void> {
  if (kind !== "postgres") return;
  await db
    .selectFrom("training_cohorts")
    .select("id")
    .where("id", "=", cohortId)
    .forUpdate()
    .execute();
}

export function cohortEnrolments(
  db: Kysely<Database>,
  cohortId: string,
): Promise<CohortEnrolmentTable[]> {
  return db
    .selectFrom("cohort_enrolments")
    .selectAll()
    .where("cohort_id", "=", cohortId)
    .orderBy("position")
    .execute();
}

/**
 * Brings the cohort's offers up to the clock (core's settleCohort) and writes what changed.
 * Call it inside a transaction that holds lockCohort.
 */
export async function settle(
  db: Kysely<Database>,
  cohort: TrainingCohortTable,
  now: Date,
): Promise<CohortEnrolmentTable[]> {
  const enrolments = await cohortEnrolments(db, cohort.id);
  const changes = settleCohort(
    Number(cohort.capacity),
    enrolments.map((enrolment) => ({
      id: enrolment.id,
      status: enrolment.status,
      position: Number(enrolment.position),
      offerExpiresAt: enrolment.offer_expires_at,
    })),
    now,
  );
  for (const change of changes) {
    await db
      .updateTable("cohort_enrolments")
      .set({
        status: change.status,
        offer_expires_at: change.status === "offered" ? change.offerExpiresAt : null,
      })
      .where("id", "=", change.id)
      .execute();
  }
  return changes.length === 0 ? enrolments : cohortEnrolments(db, cohort.id);
}

/** Runs `work` with the cohort locked and settled to the clock, in one transaction. */
export function withSettledCohort<T>(
  storage: { db: Kysely<Database>; kind: StorageKind },
  cohort: TrainingCohortTable,
  now: Date,
  work: (trx: Kysely<Database>, enrolments: CohortEnrolmentTable[]) => Promise<T>,
): Promise<T> {
  return storage.db.transaction().execute(async (trx) => {
    await lockCohort(trx, cohort.id, storage.kind);
    const enrolments = await settle(trx, cohort, now);
    return work(trx, enrolments);
  });
}

/**
 * Changes a cohort's name, dates or capacity under its lock. Capacity never drops below the
 * places held; raising it offers the new places to the waiting list in order, by the same
 * settle that follows a withdrawal.
 */
export function changeCohort<T>(
  storage: { db: Kysely<Database>; kind: StorageKind },
  cohort: TrainingCohortTable,
  change: { name?: string; startsOn?: string; endsOn?: string; capacity?: number },
  now: Date,
  work: (
    trx: Kysely<Database>,
    changed: TrainingCohortTable,
    enrolments: CohortEnrolmentTable[],
  ) => Promise<T>,
): Promise<T> {
  return storage.db.transaction().execute(async (trx) => {
    await lockCohort(trx, cohort.id, storage.kind);
    const enrolments = await settle(trx, cohort, now);
    const held = placesTaken(enrolments);
    if (change.capacity !== undefined && change.capacity < held) {
      throw new AppError(
        409,
        "capacity_below_places_held",
        `${held} places are held (enrolled, completed or offered); the capacity cannot be lower.`,
        { placesHeld: held },
      );
    }
    const changed: TrainingCohortTable = {
      ...cohort,
      name: change.name ?? cohort.name,
      starts_on: change.startsOn ?? cohort.starts_on,
      ends_on: change.endsOn ?? cohort.ends_on,
      capacity: change.capacity ?? cohort.capacity,
    };
    await trx
      .updateTable("training_cohorts")
      .set({
        name: changed.name,
        starts_on: changed.starts_on,
        ends_on: changed.ends_on,
        capacity: changed.capacity,
      })
      .where("id", "=", cohort.id)
      .execute();
    return work(trx, changed, await settle(trx, changed, now));
  });
}

/** Whose sign-ups a reader sees: everyone, or the people of some organisations plus oneself. */
export type EnrolmentScope =
  | { all: true }
  | { all: false; organisationIds: string[]; userId: string };

export function inScope(
  scope: EnrolmentScope,
  enrolment: Pick<CohortEnrolmentTable, "organisation_id" | "user_id">,
): boolean {
  return (
    scope.all ||
    enrolment.user_id === scope.userId ||
    scope.organisationIds.includes(enrolment.organisation_id)
  );
}

export async function enrolmentViews(
  db: Kysely<Database>,
  { cohort, programme }: CohortWithProgramme,
  enrolments: readonly CohortEnrolmentTable[],
): Promise<Enrolment[]> {
  if (enrolments.length === 0) return [];
  const ids = enrolments.map((enrolment) => enrolment.id);
  const userIds = enrolments.map((enrolment) => enrolment.user_id);
  const [people, organisations, gatherings, attendance, practice] = await Promise.all([
    db.selectFrom("users").select(["id", "display_name"]).where("id", "in", userIds).execute(),
    db
      .selectFrom("organisations")
      .select(["id", "name"])
      .where(
        "id",
        "in",
        enrolments.map((enrolment) => enrolment.organisation_id),
      )
      .execute(),
    db.selectFrom("cohort_gatherings").select("id").where("cohort_id", "=", cohort.id).execute(),
    db
      .selectFrom("gathering_attendance")
      .innerJoin("cohort_gatherings", "cohort_gatherings.id", "gathering_attendance.gathering_id")
      .select("gathering_attendance.user_id as userId")
      .where("cohort_gatherings.cohort_id", "=", cohort.id)
      .where("gathering_attendance.user_id", "in", userIds)
      .execute(),
    db
      .selectFrom("practice_processes")
      .selectAll()
      .where("enrolment_id", "in", ids)
      .orderBy("held_on")
      .orderBy("created_at")
      .execute(),
  ]);
  // The waiting list of the whole cohort: a partner sees where its people stand in it.
  const allWaiting = await db
    .selectFrom("cohort_enrolments")
    .select(["id", "position"])
    .where("cohort_id", "=", cohort.id)
    .where("status", "=", "waiting")
    .orderBy("position")
    .execute();
  const waitingPosition = (id: string) => {
    const index = allWaiting.findIndex((row) => row.id === id);
    return index === -1 ? null : index + 1;
  };
  return enrolments.map((enrolment) => {
    const own = practice.filter((row) => row.enrolment_id === enrolment.id);
    return {
      id: enrolment.id,
      cohortId: cohort.id,
      userId: enrolment.user_id,
      displayName: people.find((person) => person.id === enrolment.user_id)?.display_name ?? "",
      organisationId: enrolment.organisation_id,
      organisationName:
        organisations.find((organisation) => organisation.id === enrolment.organisation_id)?.name ??
        "",
      unit: enrolment.unit,
      status: enrolment.status,
      waitingPosition: waitingPosition(enrolment.id),
      offerExpiresAt: enrolment.offer_expires_at,
      supervisorId: enrolment.supervisor_id,
      progress: evaluateCompletion(
        {
          gatherings: gatherings.length,
          attended: attendance.filter((row) => row.userId === enrolment.user_id).length,
          practiceCount: own.length,
        },
        {
          minAttendancePercent: Number(programme.min_attendance_percent),
          minPracticeCount: Number(programme.min_practice_count),
        },
      ),
      practice: own.map(toPracticeView),
    };
  });
}

export function toPracticeView(row: PracticeProcessTable): Practice {
  return {
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    role: row.role,
    sessionId: row.session_id,
    feedback: row.feedback,
  };
}

export async function cohortView(
  db: Kysely<Database>,
  found: CohortWithProgramme,
  enrolments: readonly CohortEnrolmentTable[],
  scope: EnrolmentScope,
  coordinating: boolean,
): Promise<Cohort> {
  const { cohort, programme } = found;
  const visible = enrolments.filter((enrolment) => inScope(scope, enrolment));
  const visibleUsers = new Set(visible.map((enrolment) => enrolment.user_id));
  const [staff, gatherings, attendance, views] = await Promise.all([
    db
      .selectFrom("cohort_staff")
      .innerJoin("users", "users.id", "cohort_staff.user_id")
      .select([
        "cohort_staff.user_id as userId",
        "users.display_name as displayName",
        "cohort_staff.role as role",
      ])
      .where("cohort_staff.cohort_id", "=", cohort.id)
      .orderBy("users.display_name")
      .execute(),
    db
      .selectFrom("cohort_gatherings")
      .selectAll()
      .where("cohort_id", "=", cohort.id)
      .orderBy("held_on")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("gathering_attendance")
      .innerJoin("cohort_gatherings", "cohort_gatherings.id", "gathering_attendance.gathering_id")
      .select([
        "gathering_attendance.gathering_id as gatheringId",
        "gathering_attendance.user_id as userId",
      ])
      .where("cohort_gatherings.cohort_id", "=", cohort.id)
      .execute(),
    enrolmentViews(db, found, visible),
  ]);
  return {
    id: cohort.id,
    programmeId: programme.id,
    programmeName: programme.name,
    organisationId: programme.organisation_id,
    name: cohort.name,
    startsOn: cohort.starts_on,
    endsOn: cohort.ends_on,
    capacity: Number(cohort.capacity),
    placesTaken: placesTaken(enrolments),
    coordinating,
    staff,
    gatherings: gatherings.map((gathering) => ({
      id: gathering.id,
      title: gathering.title,
      heldOn: gathering.held_on,
      present: attendance
        .filter((row) => row.gatheringId === gathering.id && visibleUsers.has(row.userId))
        .map((row) => row.userId),
    })),
    enrolments: views,
  };
}
