import {
  agendaTemplateBodySchema,
  agendaTemplatePatchSchema,
  agendaTemplateSchema,
  MAX_ORGANISATION_TEMPLATES,
  templateNameKey,
} from "@samspel/core";
import { z } from "zod";
import { newId } from "../../accounts/tokens.js";
import {
  assertRunnableAgenda,
  findAgendaTemplate,
  listAgendaTemplates,
  nameInUse,
  templateNameTaken,
  toAgendaTemplate,
} from "../../agenda/templates.js";
import { AppError } from "../../errors.js";
import { isUniqueViolation } from "../../storage/constraints.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { orgParamsSchema, templateParamsSchema } from "./schema.js";

/**
 * An organisation's own agenda templates, beside the built-in ones in core. Those who run
 * sessions keep them: the templates are their craft, as the organisation's methods are.
 */
export function registerAgendaTemplateRoutes(app: App, ctx: AppContext): void {
  const db = ctx.storage.db;

  app.get(
    "/api/orgs/:orgId/agenda-templates",
    {
      schema: {
        summary: "The organisation's own agenda templates, by name (admins, facilitators)",
        tags: ["agenda"],
        params: orgParamsSchema,
        response: {
          200: z.object({ templates: z.array(agendaTemplateSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "runSessions");
      return { templates: await listAgendaTemplates(db, orgId) };
    },
  );

  app.post(
    "/api/orgs/:orgId/agenda-templates",
    {
      schema: {
        summary: "Save a session design as a named template of the organisation's own",
        tags: ["agenda"],
        params: orgParamsSchema,
        body: agendaTemplateBodySchema,
        response: { 201: agendaTemplateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "runSessions");
      // VALIDATION
      const { name, design } = request.body;
      assertRunnableAgenda(design.steps, ["design"]);
      const nameKey = templateNameKey(name);
      if (await nameInUse(db, orgId, nameKey)) throw templateNameTaken();
      const { count } = await db
        .selectFrom("agenda_templates")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("organisation_id", "=", orgId)
        .executeTakeFirstOrThrow();
      if (Number(count) >= MAX_ORGANISATION_TEMPLATES) {
        throw new AppError(
          409,
          "agenda_template_limit_reached",
          "The organisation keeps as many templates as it may; delete one first.",
          { limit: MAX_ORGANISATION_TEMPLATES },
        );
      }
      // RESOLUTION
      const now = ctx.clock.now().toISOString();
      const row = {
        id: newId(),
        organisation_id: orgId,
        created_by: session.userId,
        name,
        name_key: nameKey,
        design: JSON.stringify(design),
        created_at: now,
        updated_at: now,
      };
      try {
        await db.insertInto("agenda_templates").values(row).execute();
      } catch (error) {
        // Two saves of one name at the same instant: the unique index decides.
        if (isUniqueViolation(error)) throw templateNameTaken();
        throw error;
      }
      return reply.status(201).send(toAgendaTemplate(row));
    },
  );

  app.get(
    "/api/orgs/:orgId/agenda-templates/:templateId",
    {
      schema: {
        summary: "One of the organisation's agenda templates (admins, facilitators)",
        tags: ["agenda"],
        params: templateParamsSchema,
        response: { 200: agendaTemplateSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, templateId } = request.params;
      await requireCapability(request, ctx, orgId, "runSessions");
      return toAgendaTemplate(await findAgendaTemplate(db, orgId, templateId));
    },
  );

  app.patch(
    "/api/orgs/:orgId/agenda-templates/:templateId",
    {
      schema: {
        summary: "Rename an agenda template (admins, facilitators)",
        tags: ["agenda"],
        params: templateParamsSchema,
        body: agendaTemplatePatchSchema,
        response: { 200: agendaTemplateSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId, templateId } = request.params;
      await requireCapability(request, ctx, orgId, "runSessions");
      // VALIDATION
      const row = await findAgendaTemplate(db, orgId, templateId);
      const nameKey = templateNameKey(request.body.name);
      if (await nameInUse(db, orgId, nameKey, row.id)) throw templateNameTaken();
      // RESOLUTION
      const updated = {
        ...row,
        name: request.body.name,
        name_key: nameKey,
        updated_at: ctx.clock.now().toISOString(),
      };
      try {
        await db
          .updateTable("agenda_templates")
          .set({ name: updated.name, name_key: nameKey, updated_at: updated.updated_at })
          .where("id", "=", row.id)
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw templateNameTaken();
        throw error;
      }
      return toAgendaTemplate(updated);
    },
  );

  app.delete(
    "/api/orgs/:orgId/agenda-templates/:templateId",
    {
      schema: {
        summary: "Delete an agenda template; sessions made from it keep their steps",
        tags: ["agenda"],
        params: templateParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, templateId } = request.params;
      await requireCapability(request, ctx, orgId, "runSessions");
      const row = await findAgendaTemplate(db, orgId, templateId);
      await db.deleteFrom("agenda_templates").where("id", "=", row.id).execute();
      return reply.status(204).send(null);
    },
  );
}
