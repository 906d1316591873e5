import {
  type AgendaProblem,
  type AgendaTemplate,
  agendaProblem,
  templateDesignSchema,
} from "@samspel/core";
import type { Kysely, Selectable } from "kysely";
import { AppError } from "../errors.js";
import type { AgendaTemplateTable, Database } from "../storage/schema.js";

export type AgendaTemplateRow = Selectable<AgendaTemplateTable>;

export const templateNotFound = () =>
  new AppError(404, "agenda_template_not_found", "This organisation has no such agenda template.");

export const templateNameTaken = () =>
  new AppError(
    409,
    "agenda_template_name_taken",
    "The organisation already has a template with this name; choose another name.",
    { path: ["name"] },
  );

const PROBLEM_MESSAGES: Record<AgendaProblem["code"], string> = {
  agenda_empty: "The agenda has no steps; add at least one.",
  agenda_too_long: "The agenda has more steps than a session holds.",
  timebox_zero: "A step's timebox is zero minutes; give it some minutes or leave it empty.",
};

/**
 * Refuses steps a session could not run, each problem with its own code. `at` is where the
 * steps sit in the body, so that details.path names the field as the client sent it.
 */
export function assertRunnableAgenda(
  steps: readonly { timeboxSeconds?: number | null | undefined }[],
  at: string[],
): void {
  const problem = agendaProblem(steps);
  if (!problem) return;
  const details = problem.details?.path
    ? { ...problem.details, path: [...at, ...problem.details.path] }
    : problem.details;
  throw new AppError(400, problem.code, PROBLEM_MESSAGES[problem.code], details);
}

export function toAgendaTemplate(row: AgendaTemplateRow): AgendaTemplate {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    // Parsed, not cast: the step schema may grow after a template was saved.
    design: templateDesignSchema.parse(JSON.parse(row.design)),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listAgendaTemplates(
  db: Kysely<Database>,
  organisationId: string,
): Promise<AgendaTemplate[]> {
  const rows = await db
    .selectFrom("agenda_templates")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("name_key")
    .orderBy("id")
    .execute();
  return rows.map(toAgendaTemplate);
}

/** The organisation's template with this id; another organisation's is as absent as none. */
export async function findAgendaTemplate(
  db: Kysely<Database>,
  organisationId: string,
  templateId: string,
): Promise<AgendaTemplateRow> {
  const row = await db
    .selectFrom("agenda_templates")
    .selectAll()
    .where("id", "=", templateId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!row) throw templateNotFound();
  return row;
}

export async function nameInUse(
  db: Kysely<Database>,
  organisationId: string,
  nameKey: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom("agenda_templates")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("name_key", "=", nameKey);
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
