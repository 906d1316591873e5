import {
  changeRoleBodySchema,
  idSchema,
  memberListSchema,
  type Role,
  wouldLeaveNoAdmin,
} from "@samspel/core";
import { z } from "zod";
import {
  countAdmins,
  findRole,
  lastAdminError,
  listMembers,
  lockOrganisation,
  removeMember,
  setRole,
} from "../../accounts/organisations.js";
import { notFound } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability, requireLogin } from "../plugins/session.js";

const memberParamsSchema = z.strictObject({ orgId: idSchema, userId: idSchema });

export function registerMemberRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/orgs/:orgId/members",
    {
      schema: {
        summary: "The organisation's members and their roles",
        tags: ["members"],
        params: z.strictObject({ orgId: idSchema }),
        response: { 200: memberListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewMembers");
      return { members: await listMembers(ctx.storage.db, orgId) };
    },
  );

  app.patch(
    "/api/orgs/:orgId/members/:userId",
    {
      schema: {
        summary: "Change a member's role (admins)",
        tags: ["members"],
        params: memberParamsSchema,
        body: changeRoleBodySchema,
        response: { 200: memberListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, userId } = request.params;
      await requireCapability(request, ctx, orgId, "manageMembers");
      await changeMembership(ctx, orgId, userId, request.body.role);
      return { members: await listMembers(ctx.storage.db, orgId) };
    },
  );

  app.delete(
    "/api/orgs/:orgId/members/:userId",
    {
      schema: {
        summary: "Remove a member (admins), or leave the organisation yourself",
        tags: ["members"],
        params: memberParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, userId } = request.params;
      // AUTH: anyone may leave; only admins may remove someone else.
      const session = requireLogin(request);
      if (session.userId !== userId) await requireCapability(request, ctx, orgId, "manageMembers");
      await changeMembership(ctx, orgId, userId, null);
      return reply.status(204).send(null);
    },
  );
}

/** Sets a member's role, or removes them when `nextRole` is null, keeping one admin at least. */
async function changeMembership(
  ctx: AppContext,
  orgId: string,
  userId: string,
  nextRole: Role | null,
): Promise<void> {
  await ctx.storage.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, orgId, ctx.storage.kind);
    const currentRole = await findRole(trx, orgId, userId);
    if (!currentRole) throw notFound("member");
    if (wouldLeaveNoAdmin(await countAdmins(trx, orgId), currentRole, nextRole)) {
      throw lastAdminError();
    }
    if (nextRole === null) await removeMember(trx, orgId, userId);
    else await setRole(trx, orgId, userId, nextRole);
  });
}
