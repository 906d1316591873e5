import { type Programme, type ProgrammeBody, placesTaken } from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import type { Database, TrainingProgrammeTable } from "../storage/schema.js";
import type { ProgrammeStanding } from "./access.js";
import { trainingNotFound } from "./errors.js";

export async function createProgramme(
  db: Kysely<Database>,
  organisationId: string,
  body: Required<ProgrammeBody>,
  now: Date,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("training_programmes")
    .values({
      id,
      organisation_id: organisationId,
      name: body.name,
      description: body.description,
      min_attendance_percent: body.minAttendancePercent,
      min_practice_count: body.minPracticeCount,
      certificate_valid_months: body.certificateValidMonths,
      certifying_body: body.certifyingBody,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

export async function programmeRow(
  db: Kysely<Database>,
  programmeId: string,
): Promise<TrainingProgrammeTable> {
  const row = await db
    .selectFrom("training_programmes")
    .selectAll()
    .where("id", "=", programmeId)
    .executeTakeFirst();
  if (!row) throw trainingNotFound("programme_not_found");
  return row;
}

/**
 * A programme as a reader sees it. All partners are listed to coordinators; a partner's
 * training managers see only their own organisation's partnership (to accept it): a partner
 * municipality need not learn which others take part.
 */
export async function programmeView(
  db: Kysely<Database>,
  row: TrainingProgrammeTable,
  standing: Pick<ProgrammeStanding, "coordinating" | "partnerOf" | "mayAcceptFor">,
): Promise<Programme> {
  const ownPartnerships = [...standing.partnerOf, ...standing.mayAcceptFor];
  const [owner, partners, cohorts, enrolments] = await Promise.all([
    db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", row.organisation_id)
      .executeTakeFirstOrThrow(),
    standing.coordinating || ownPartnerships.length > 0
      ? db
          .selectFrom("programme_partners")
          .innerJoin("organisations", "organisations.id", "programme_partners.organisation_id")
          .select([
            "organisations.id as organisationId",
            "organisations.name as organisationName",
            "programme_partners.accepted_at as acceptedAt",
          ])
          .where("programme_partners.programme_id", "=", row.id)
          .$if(!standing.coordinating, (qb) =>
            qb.where("programme_partners.organisation_id", "in", ownPartnerships),
          )
          .orderBy("organisations.name")
          .execute()
      : Promise.resolve([]),
    db
      .selectFrom("training_cohorts")
      .selectAll()
      .where("programme_id", "=", row.id)
      .orderBy("starts_on")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("cohort_enrolments")
      .innerJoin("training_cohorts", "training_cohorts.id", "cohort_enrolments.cohort_id")
      .select(["cohort_enrolments.cohort_id as cohortId", "cohort_enrolments.status as status"])
      .where("training_cohorts.programme_id", "=", row.id)
      .execute(),
  ]);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: owner.name,
    name: row.name,
    description: row.description,
    minAttendancePercent: row.min_attendance_percent,
    minPracticeCount: row.min_practice_count,
    certificateValidMonths: row.certificate_valid_months,
    certifyingBody: row.certifying_body,
    coordinating: standing.coordinating,
    partners: partners.map((partner) => ({
      organisationId: partner.organisationId,
      organisationName: partner.organisationName,
      status: partner.acceptedAt ? ("accepted" as const) : ("offered" as const),
    })),
    cohorts: cohorts.map((cohort) => {
      const own = enrolments.filter((enrolment) => enrolment.cohortId === cohort.id);
      return {
        id: cohort.id,
        name: cohort.name,
        startsOn: cohort.starts_on,
        endsOn: cohort.ends_on,
        capacity: Number(cohort.capacity),
        placesTaken: placesTaken(own),
        waiting: own.filter((enrolment) => enrolment.status === "waiting").length,
      };
    }),
  };
}

/**
 * The programmes an organisation's member meets: those it owns, those it accepted as a
 * partner, and, for whoever manages training there, those offered to it and not yet accepted.
 */
export async function programmesFor(
  db: Kysely<Database>,
  organisationId: string,
  managesTraining: boolean,
): Promise<TrainingProgrammeTable[]> {
  return db
    .selectFrom("training_programmes")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("organisation_id", "=", organisationId),
        eb(
          "id",
          "in",
          eb
            .selectFrom("programme_partners")
            .select("programme_id")
            .where("organisation_id", "=", organisationId)
            .$if(!managesTraining, (qb) => qb.where("accepted_at", "is not", null)),
        ),
      ]),
    )
    .orderBy("name")
    .orderBy("id")
    .execute();
}
