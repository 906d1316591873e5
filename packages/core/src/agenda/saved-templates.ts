import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { textSchema, timestampSchema } from "../session/schema-helpers.js";
import {
  MAX_STEPS,
  MAX_TIMEBOX_SECONDS,
  type StepInput,
  stepInputSchema,
} from "../steps/schema.js";
import { sessionDesignSchema } from "./design.js";

/** An organisation's shelf of agendas stays short enough to choose from at a glance. */
export const MAX_ORGANISATION_TEMPLATES = 100;

/**
 * A step as the wire carries it: a zero timebox passes the schema so that `agendaProblem` can
 * name it with its own code; the step count is bounded loosely for the same reason.
 */
const templateStepSchema = stepInputSchema.extend({
  timeboxSeconds: z.number().int().min(0).max(MAX_TIMEBOX_SECONDS).nullable().optional(),
});

/** A design without its session's title: what a template keeps. Purpose and outcome may be empty. */
export const templateDesignSchema = sessionDesignSchema
  .omit({ title: true })
  .extend({ steps: z.array(templateStepSchema).max(MAX_STEPS * 4) });
export type TemplateDesign = z.infer<typeof templateDesignSchema>;

export const templateNameSchema = textSchema(1, 120);

export const agendaTemplateBodySchema = z.strictObject({
  name: templateNameSchema,
  design: templateDesignSchema,
});
export type AgendaTemplateBody = z.infer<typeof agendaTemplateBodySchema>;

export const agendaTemplatePatchSchema = z.strictObject({ name: templateNameSchema });

export const agendaTemplateSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  name: z.string(),
  design: templateDesignSchema,
  createdBy: idSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;

export interface AgendaProblem {
  code: "agenda_empty" | "agenda_too_long" | "timebox_zero";
  details?: { path?: (string | number)[]; limit?: number };
}

/** What keeps these steps from being an agenda a session can run, or null when nothing does. */
export function agendaProblem(
  steps: readonly Pick<StepInput, "timeboxSeconds">[],
): AgendaProblem | null {
  if (steps.length === 0) return { code: "agenda_empty" };
  if (steps.length > MAX_STEPS) return { code: "agenda_too_long", details: { limit: MAX_STEPS } };
  const zero = steps.findIndex((step) => step.timeboxSeconds === 0);
  if (zero >= 0)
    return { code: "timebox_zero", details: { path: ["steps", zero, "timeboxSeconds"] } };
  return null;
}

/** Names are told apart as people read them: "Retro" and " retro " are the same template. */
export function templateNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}
