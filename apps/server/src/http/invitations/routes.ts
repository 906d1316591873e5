import {
  acceptInvitationBodySchema,
  createInvitationBodySchema,
  idSchema,
  invitationListSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationStatus,
  meSchema,
} from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  claimInvitation,
  createInvitation,
  findInvitationByToken,
  listInvitations,
  revokeInvitation,
} from "../../accounts/invitations.js";
import { setActiveOrganisation } from "../../accounts/login-sessions.js";
import { addMember, findRole } from "../../accounts/organisations.js";
import { hashPassword } from "../../accounts/passwords.js";
import { createUser, findUserByEmail, findUserById } from "../../accounts/users.js";
import { AppError, notFound, unauthenticated } from "../../errors.js";
import { initialLocale, startLogin } from "../auth/start-login.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { buildMe } from "../me/build-me.js";
import type { RateLimits } from "../plugins/rate-limits.js";
import { requireCapability } from "../plugins/session.js";

const tokenParamsSchema = z.strictObject({ token: z.string().min(16).max(128) });
const invitationParamsSchema = z.strictObject({ orgId: idSchema, invitationId: idSchema });

export function registerInvitationRoutes(app: App, ctx: AppContext, limits: RateLimits): void {
  app.get(
    "/api/orgs/:orgId/invitations",
    {
      schema: {
        summary: "Invitations of an organisation, newest first (admins)",
        tags: ["invitations"],
        params: z.strictObject({ orgId: idSchema }),
        response: { 200: invitationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "inviteMembers");
      return { invitations: await listInvitations(ctx.storage.db, orgId, ctx.clock.now()) };
    },
  );

  app.post(
    "/api/orgs/:orgId/invitations",
    {
      schema: {
        summary: "Invite someone by a single-use link that expires (admins)",
        tags: ["invitations"],
        params: z.strictObject({ orgId: idSchema }),
        body: createInvitationBodySchema,
        response: { 201: invitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "inviteMembers");
      // VALIDATION
      const { email, role } = request.body;
      const existing = await findUserByEmail(ctx.storage.db, email);
      if (existing && (await findRole(ctx.storage.db, orgId, existing.id))) {
        throw new AppError(409, "already_member", "This person is already a member.");
      }
      // RESOLUTION
      const now = ctx.clock.now();
      const { id, token } = await createInvitation(
        ctx.storage.db,
        { organisationId: orgId, email, role, invitedBy: session.userId },
        now,
      );
      const [created] = (await listInvitations(ctx.storage.db, orgId, now)).filter(
        (invitation) => invitation.id === id,
      );
      if (!created) throw notFound("invitation");
      return reply
        .status(201)
        .send({ ...created, link: `${publicOrigin(request, ctx)}/invite/${token}` });
    },
  );

  app.delete(
    "/api/orgs/:orgId/invitations/:invitationId",
    {
      schema: {
        summary: "Revoke a pending invitation (admins)",
        tags: ["invitations"],
        params: invitationParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, invitationId } = request.params;
      await requireCapability(request, ctx, orgId, "inviteMembers");
      const now = ctx.clock.now();
      if (!(await revokeInvitation(ctx.storage.db, orgId, invitationId, now))) {
        const invitation = (await listInvitations(ctx.storage.db, orgId, now)).find(
          (candidate) => candidate.id === invitationId,
        );
        if (!invitation) throw notFound("invitation");
        if (invitation.status === "accepted") {
          throw new AppError(409, "invitation_used", "This invitation has already been accepted.");
        }
        // Already revoked: revoking again changes nothing and is not an error.
      }
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/invitations/:token",
    {
      preHandler: [limits.invitationPerAddress],
      schema: {
        summary: "What an invitation link offers, before accepting it",
        tags: ["invitations"],
        params: tokenParamsSchema,
        response: { 200: invitationPreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const invitation = await usableInvitation(ctx, request.params.token);
      const account = await findUserByEmail(ctx.storage.db, invitation.email);
      return {
        organisationName: invitation.organisationName,
        email: invitation.email,
        role: invitation.role,
        invitedByName: invitation.invitedByName,
        expiresAt: invitation.expiresAt,
        accountExists: account !== undefined,
      };
    },
  );

  app.post(
    "/api/invitations/:token/accept",
    {
      preHandler: [limits.invitationPerAddress],
      schema: {
        summary:
          "Accept an invitation: logged in, joins with your account; otherwise creates one and logs in",
        tags: ["invitations"],
        params: tokenParamsSchema,
        body: acceptInvitationBodySchema,
        response: { 200: meSchema, 201: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const invitation = await usableInvitation(ctx, request.params.token);
      const now = ctx.clock.now();
      const session = request.loginSession;

      if (session) {
        // AUTH: the link is for one address; a different logged-in account may not take it.
        const user = await findUserById(ctx.storage.db, session.userId);
        if (!user) throw unauthenticated();
        if (user.email !== invitation.email) {
          throw new AppError(
            403,
            "invitation_email_mismatch",
            `This invitation is for ${invitation.email}. Log in with that address to accept it.`,
          );
        }
        if (await findRole(ctx.storage.db, invitation.organisationId, user.id)) {
          throw new AppError(
            409,
            "already_member",
            "You are already a member of this organisation.",
          );
        }
        await ctx.storage.db.transaction().execute(async (trx) => {
          await claimOrFail(trx, invitation.id, user.id, now);
          await addMember(trx, invitation.organisationId, user.id, invitation.role, now);
          await setActiveOrganisation(trx, session.id, invitation.organisationId);
        });
        return buildMe(ctx, { ...session, activeOrganisationId: invitation.organisationId });
      }

      // VALIDATION: a new account needs a name and a password.
      if (await findUserByEmail(ctx.storage.db, invitation.email)) {
        throw await accountExists(ctx, request.params.token);
      }
      const { displayName, password, locale } = request.body;
      const missing = [
        ...(displayName === undefined ? ["displayName"] : []),
        ...(password === undefined ? ["password"] : []),
      ];
      if (displayName === undefined || password === undefined) {
        throw new AppError(400, "validation_failed", "Some fields are missing or not valid.", {
          issues: missing.map((field) => ({
            path: [field],
            code: "required",
            message: "Required",
          })),
        });
      }
      const passwordHash = await hashPassword(password);

      // RESOLUTION: account, membership and login, all or nothing.
      const issued = await ctx.storage.db
        .transaction()
        .execute(async (trx) => {
          const userId = await createUser(
            trx,
            {
              email: invitation.email,
              displayName,
              passwordHash,
              locale: initialLocale(request, locale),
            },
            now,
          );
          await claimOrFail(trx, invitation.id, userId, now);
          await addMember(trx, invitation.organisationId, userId, invitation.role, now);
          return startLogin(ctx, trx, reply, userId, invitation.organisationId);
        })
        .catch(async (error: unknown) => {
          // Two accepts of one link both passed the checks above; the first committed the
          // account, so the second fails on the UNIQUE e-mail before it can try to claim.
          if (error instanceof AppError && error.code === "email_taken") {
            throw await accountExists(ctx, request.params.token);
          }
          throw error;
        });
      return reply.status(201).send(await buildMe(ctx, issued));
    },
  );
}

/**
 * The refusal for an anonymous accept when the invitation's address has an account. When that
 * account was just made by a concurrent accept of this same link, the link is used: say so
 * (410 invitation_used), not account_exists or email_taken, which would send the loser to log in.
 */
async function accountExists(ctx: AppContext, token: string): Promise<AppError> {
  await usableInvitation(ctx, token);
  return new AppError(
    409,
    "account_exists",
    "An account with this e-mail exists. Log in, then open the invitation link again.",
  );
}

/** The invitation behind a token, or the precise reason it can no longer be used. */
async function usableInvitation(ctx: AppContext, token: string) {
  const invitation = await findInvitationByToken(ctx.storage.db, token);
  if (!invitation) {
    throw new AppError(404, "invitation_not_found", "This invitation link is not valid.");
  }
  switch (invitationStatus(invitation, ctx.clock.now())) {
    case "accepted":
      throw new AppError(410, "invitation_used", "This invitation has already been used.");
    case "revoked":
      throw new AppError(410, "invitation_revoked", "This invitation was withdrawn.");
    case "expired":
      throw new AppError(
        410,
        "invitation_expired",
        "This invitation has expired. Ask for a new one.",
      );
    case "pending":
      return invitation;
  }
}

async function claimOrFail(
  db: Parameters<typeof claimInvitation>[0],
  id: string,
  userId: string,
  now: Date,
): Promise<void> {
  // Lost a race with another accept of the same link: the transaction rolls back whole.
  if (!(await claimInvitation(db, id, userId, now))) {
    throw new AppError(410, "invitation_used", "This invitation has already been used.");
  }
}

/** Invitation links point where people reach us: PUBLIC_URL, else the address this request used. */
export function publicOrigin(request: FastifyRequest, ctx: AppContext): string {
  return ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
}
