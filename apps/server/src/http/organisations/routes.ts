import {
  createOrganisationBodySchema,
  idSchema,
  meSchema,
  type Organisation,
  organisationSchema,
  type Role,
  renameOrganisationBodySchema,
} from "@samspel/core";
import { z } from "zod";
import { setActiveOrganisation } from "../../accounts/login-sessions.js";
import {
  createOrganisation,
  getOrganisation,
  renameOrganisation,
} from "../../accounts/organisations.js";
import { notFound } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { buildMe } from "../me/build-me.js";
import { requireCapability, requireLogin } from "../plugins/session.js";

export const organisationParamsSchema = z.strictObject({ orgId: idSchema });

export function registerOrganisationRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/orgs",
    {
      schema: {
        summary: "Create another organisation; you become its admin and work in it",
        tags: ["organisations"],
        body: createOrganisationBodySchema,
        response: { 201: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireLogin(request);
      const organisationId = await ctx.storage.db.transaction().execute(async (trx) => {
        const id = await createOrganisation(
          trx,
          request.body.name,
          session.userId,
          ctx.clock.now(),
        );
        await setActiveOrganisation(trx, session.id, id);
        return id;
      });
      return reply
        .status(201)
        .send(await buildMe(ctx, { ...session, activeOrganisationId: organisationId }));
    },
  );

  app.get(
    "/api/orgs/:orgId",
    {
      schema: {
        summary: "An organisation, with your role in it",
        tags: ["organisations"],
        params: organisationParamsSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const { role } = await requireCapability(request, ctx, orgId, "viewOrganisation");
      return organisationView(ctx, orgId, role);
    },
  );

  app.patch(
    "/api/orgs/:orgId",
    {
      schema: {
        summary: "Rename an organisation (admins)",
        tags: ["organisations"],
        params: organisationParamsSchema,
        body: renameOrganisationBodySchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const { role } = await requireCapability(request, ctx, orgId, "renameOrganisation");
      await renameOrganisation(ctx.storage.db, orgId, request.body.name);
      return organisationView(ctx, orgId, role);
    },
  );
}

async function organisationView(ctx: AppContext, orgId: string, role: Role): Promise<Organisation> {
  const organisation = await getOrganisation(ctx.storage.db, orgId);
  if (!organisation) throw notFound("organisation");
  return {
    id: organisation.id,
    name: organisation.name,
    role,
    memberCount: organisation.memberCount,
    createdAt: organisation.created_at,
  };
}
