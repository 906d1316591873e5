import {
  builtInLibrary,
  findBuiltInMethod,
  localiseMethod,
  type MethodFilters,
  type MethodView,
  methodListSchema,
  methodViewSchema,
  organisationMethodBodySchema,
  organisationMethodPatchSchema,
  organisationMethodSchema,
  searchMethods,
} from "@samspel/core";
import { z } from "zod";
import { newId } from "../../accounts/tokens.js";
import {
  findOrganisationMethod,
  listOrganisationMethods,
  methodBody,
  methodColumns,
  methodNotFound,
  toOrganisationMethod,
} from "../../methods/organisation-methods.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import {
  languageQuerySchema,
  libraryLanguage,
  type MethodSearchQuery,
  methodParamsSchema,
  methodSearchQuerySchema,
  orgMethodParamsSchema,
  orgParamsSchema,
} from "./schema.js";

function filtersOf(query: MethodSearchQuery): MethodFilters {
  return {
    ...(query.q !== undefined && { query: query.q }),
    ...(query.phase !== undefined && { phase: query.phase }),
    ...(query.size !== undefined && { groupSize: query.size }),
    ...(query.minutes !== undefined && { minutes: query.minutes }),
  };
}

export function registerMethodRoutes(app: App, ctx: AppContext): void {
  registerPublicLibrary(app);
  registerOrganisationMethods(app, ctx);
}

/** The built-in library is public, like the method libraries facilitators already use. */
function registerPublicLibrary(app: App): void {
  app.get(
    "/api/methods",
    {
      schema: {
        summary:
          "The built-in method library in one language (`lang`: en, nb, sv, nl), searched (`q`) and filtered by Decisions-by-Design step, group size and minutes available; no login",
        tags: ["methods"],
        querystring: methodSearchQuerySchema,
        response: { 200: methodListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // VALIDATION
      const language = libraryLanguage(request, request.query.lang);
      // RESOLUTION
      return {
        language,
        methods: searchMethods(builtInLibrary(language), filtersOf(request.query)),
      };
    },
  );

  app.get(
    "/api/methods/:methodId",
    {
      schema: {
        summary: "One built-in method in one language; no login",
        tags: ["methods"],
        params: methodParamsSchema,
        querystring: languageQuerySchema,
        response: { 200: methodViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const language = libraryLanguage(request, request.query.lang);
      const method = findBuiltInMethod(request.params.methodId);
      if (!method) throw methodNotFound();
      return localiseMethod(method, language);
    },
  );
}

function registerOrganisationMethods(app: App, ctx: AppContext): void {
  app.get(
    "/api/orgs/:orgId/methods",
    {
      schema: {
        summary: "The organisation's own methods (members)",
        tags: ["methods"],
        params: orgParamsSchema,
        response: {
          200: z.object({ methods: z.array(organisationMethodSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewMethods");
      return { methods: await listOrganisationMethods(ctx.storage.db, orgId) };
    },
  );

  app.get(
    "/api/orgs/:orgId/methods/library",
    {
      schema: {
        summary:
          "The built-in library in one language together with the organisation's own methods (`source: organisation`), searched and filtered alike (members)",
        tags: ["methods"],
        params: orgParamsSchema,
        querystring: methodSearchQuerySchema,
        response: { 200: methodListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewMethods");
      // VALIDATION
      const language = libraryLanguage(request, request.query.lang);
      // RESOLUTION
      // The organisation's own come first: they are what its facilitators reach for.
      const own: MethodView[] = await listOrganisationMethods(ctx.storage.db, orgId);
      const methods = searchMethods(
        [...own, ...builtInLibrary(language)],
        filtersOf(request.query),
      );
      return { language, methods };
    },
  );

  app.post(
    "/api/orgs/:orgId/methods",
    {
      schema: {
        summary: "Add a method of the organisation's own, in one language (admins, facilitators)",
        tags: ["methods"],
        params: orgParamsSchema,
        body: organisationMethodBodySchema,
        response: { 201: organisationMethodSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "manageMethods");
      // VALIDATION: the body schema (field paths in validation_failed).
      // RESOLUTION
      const now = ctx.clock.now().toISOString();
      const row = {
        id: newId(),
        organisation_id: orgId,
        created_by: session.userId,
        ...methodColumns(request.body),
        created_at: now,
        updated_at: now,
      };
      await ctx.storage.db.insertInto("organisation_methods").values(row).execute();
      return reply.status(201).send(toOrganisationMethod(row));
    },
  );

  app.get(
    "/api/orgs/:orgId/methods/:methodId",
    {
      schema: {
        summary: "One of the organisation's own methods (members)",
        tags: ["methods"],
        params: orgMethodParamsSchema,
        response: { 200: organisationMethodSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, methodId } = request.params;
      await requireCapability(request, ctx, orgId, "viewMethods");
      return toOrganisationMethod(await findOrganisationMethod(ctx.storage.db, orgId, methodId));
    },
  );

  app.patch(
    "/api/orgs/:orgId/methods/:methodId",
    {
      schema: {
        summary: "Change an own method: any field, each replaced whole (admins, facilitators)",
        tags: ["methods"],
        params: orgMethodParamsSchema,
        body: organisationMethodPatchSchema,
        response: { 200: organisationMethodSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId, methodId } = request.params;
      await requireCapability(request, ctx, orgId, "manageMethods");
      // VALIDATION: the patch schema; each field is replaced whole, so the merge stays valid.
      const row = await findOrganisationMethod(ctx.storage.db, orgId, methodId);
      // RESOLUTION
      const updated = {
        ...row,
        ...methodColumns({ ...methodBody(row), ...request.body }),
        updated_at: ctx.clock.now().toISOString(),
      };
      await ctx.storage.db
        .updateTable("organisation_methods")
        .set(updated)
        .where("id", "=", row.id)
        .execute();
      return toOrganisationMethod(updated);
    },
  );

  app.delete(
    "/api/orgs/:orgId/methods/:methodId",
    {
      schema: {
        summary:
          "Remove an own method; steps already built from it keep their copy (admins, facilitators)",
        tags: ["methods"],
        params: orgMethodParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, methodId } = request.params;
      await requireCapability(request, ctx, orgId, "manageMethods");
      const row = await findOrganisationMethod(ctx.storage.db, orgId, methodId);
      await ctx.storage.db.deleteFrom("organisation_methods").where("id", "=", row.id).execute();
      return reply.status(204).send(null);
    },
  );
}
