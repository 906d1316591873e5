import {
  type LiveMapping,
  liveMappingSchema,
  type OrganisationMethod,
  type OrganisationMethodBody,
  type Phase,
} from "@samspel/core";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { AppError } from "../errors.js";
import type { Database, OrganisationMethodTable } from "../storage/schema.js";

export type OrganisationMethodRow = Selectable<OrganisationMethodTable>;

export const methodNotFound = () =>
  new AppError(404, "method_not_found", "There is no such method in the library.");

type MethodColumns = Omit<
  OrganisationMethodRow,
  "id" | "organisation_id" | "created_by" | "created_at" | "updated_at"
>;

/** The columns a method body writes: lists and the live mapping as JSON text. */
export function methodColumns(body: OrganisationMethodBody): MethodColumns {
  return {
    language: body.language,
    category: body.category,
    phases: JSON.stringify(body.phases),
    group_size_min: body.groupSize.min,
    group_size_max: body.groupSize.max,
    minutes_min: body.minutes.min,
    minutes_max: body.minutes.max,
    live: JSON.stringify(body.live),
    name: body.name,
    purpose: body.purpose,
    when_to_use: body.whenToUse,
    steps: JSON.stringify(body.steps),
    question: body.question,
    good_questions: JSON.stringify(body.goodQuestions),
    materials: JSON.stringify(body.materials),
    pitfalls: JSON.stringify(body.pitfalls),
  };
}

const textListSchema = z.array(z.string());

/** The body a row was written from: what an edit merges its changes into. */
export function methodBody(row: OrganisationMethodRow): OrganisationMethodBody {
  return {
    language: row.language,
    category: row.category,
    phases: JSON.parse(row.phases) as Phase[],
    groupSize: { min: row.group_size_min, max: row.group_size_max },
    minutes: { min: row.minutes_min, max: row.minutes_max },
    // Parsed, not cast: the live mapping is the one JSON column a later step schema could outgrow.
    live: liveMappingSchema.parse(JSON.parse(row.live)) as LiveMapping,
    name: row.name,
    purpose: row.purpose,
    whenToUse: row.when_to_use,
    steps: textListSchema.parse(JSON.parse(row.steps)),
    question: row.question,
    goodQuestions: textListSchema.parse(JSON.parse(row.good_questions)),
    materials: textListSchema.parse(JSON.parse(row.materials)),
    pitfalls: textListSchema.parse(JSON.parse(row.pitfalls)),
  };
}

export function toOrganisationMethod(row: OrganisationMethodRow): OrganisationMethod {
  return {
    id: row.id,
    source: "organisation",
    ...methodBody(row),
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listOrganisationMethods(
  db: Kysely<Database>,
  organisationId: string,
): Promise<OrganisationMethod[]> {
  const rows = await db
    .selectFrom("organisation_methods")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(toOrganisationMethod);
}

/** The organisation's method with this id; another organisation's is as absent as none. */
export async function findOrganisationMethod(
  db: Kysely<Database>,
  organisationId: string,
  methodId: string,
): Promise<OrganisationMethodRow> {
  const row = await db
    .selectFrom("organisation_methods")
    .selectAll()
    .where("id", "=", methodId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!row) throw methodNotFound();
  return row;
}
