import {
  createSessionInvitationBodySchema,
  PREPARATION_LIMITS,
  SESSION_INVITATION_LIFETIME_DAYS,
  type SessionInvitation,
  sessionInvitationSchema,
  updateSessionInvitationBodySchema,
} from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { findRole } from "../../accounts/organisations.js";
import { findUserById } from "../../accounts/users.js";
import { addDays } from "../../clock.js";
import { AppError } from "../../errors.js";
import { sessionDesign } from "../../preparation/design.js";
import {
  countSessionInvitations,
  createSessionInvitation,
  findSessionInvitation,
  listSessionInvitations,
  memberInvited,
  renewLink,
  revokeSessionInvitation,
  writeCovers,
} from "../../preparation/invitations.js";
import type { Mailer } from "../../preparation/mailer.js";
import { listPerspectives } from "../../preparation/store.js";
import type { SessionRuntime } from "../../sessions/runtime.js";
import { isUniqueViolation } from "../../storage/constraints.js";
import type { App, AppContext } from "../context.js";
import { publicOrigin } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { asFacilitator, limitReached } from "./access.js";
import { emailInvitation } from "./invitation-mail.js";
import { invitationParamsSchema, sessionParamsSchema } from "./schema.js";

const invitationNotFound = () =>
  new AppError(404, "session_invitation_not_found", "This session has no such invitation.");

const alreadyInvited = () =>
  new AppError(409, "already_invited", "This member is already invited to the session.");

/** Invitations to a session: made, re-linked, re-pointed and withdrawn by its facilitators. */
export function registerSessionInvitationRoutes(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
  mailer: Mailer | null,
): void {
  /** The invitation as the facilitator sees it, with the link when one was just made. */
  async function shown(sessionId: string, id: string, link?: string): Promise<SessionInvitation> {
    const all = await listSessionInvitations(ctx.storage.db, sessionId, ctx.clock.now());
    const invitation = all.find((candidate) => candidate.id === id);
    if (!invitation) throw invitationNotFound();
    return link === undefined ? invitation : { ...invitation, link };
  }

  /** Sends the e-mail where SMTP is set up and the invitee has an address. */
  async function maybeEmail(
    request: FastifyRequest,
    session: { id: string; title: string; language: string; organisation_id: string },
    invitationId: string,
    link: string,
  ): Promise<void> {
    if (!mailer) return;
    const invitation = await findSessionInvitation(ctx.storage.db, session.id, invitationId);
    if (!invitation?.email) return;
    const design = await sessionDesign(ctx.storage.db, runtime, session);
    await emailInvitation(ctx, mailer, session, design, invitation, link, request.log);
  }

  app.post(
    "/api/sessions/:sessionId/invitations",
    {
      schema: {
        summary:
          "Invite a member by account or someone outside by name; answers the link once, and e-mails it where SMTP is set up",
        tags: ["preparation"],
        params: sessionParamsSchema,
        body: createSessionInvitationBodySchema,
        response: { 201: sessionInvitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row, userId } = await asFacilitator(request, ctx);
      const db = ctx.storage.db;
      const now = ctx.clock.now();
      const body = request.body;
      // VALIDATION
      if ((await countSessionInvitations(db, row.id)) >= PREPARATION_LIMITS.invitations) {
        throw limitReached("invitations", PREPARATION_LIMITS.invitations);
      }
      await assertPerspectivesOf(ctx, row.id, body.covers);
      const expiresAt = body.expiresAt
        ? new Date(body.expiresAt)
        : addDays(now, SESSION_INVITATION_LIFETIME_DAYS);
      if (expiresAt.getTime() <= now.getTime()) {
        throw new AppError(400, "validation_failed", "The reply-by time must be in the future.", {
          issues: [{ path: ["expiresAt"], code: "too_small", message: "Must be in the future" }],
        });
      }
      let invitee: { userId: string | null; name: string; email: string | null };
      if ("userId" in body) {
        const user = await findUserById(db, body.userId);
        if (!user || !(await findRole(db, row.organisation_id, user.id))) {
          throw new AppError(
            400,
            "invitee_not_member",
            "Only members of the organisation can be invited by account. Invite others by name.",
          );
        }
        if (await memberInvited(db, row.id, user.id)) throw alreadyInvited();
        invitee = { userId: user.id, name: user.display_name, email: user.email };
      } else {
        invitee = { userId: null, name: body.name, email: body.email };
      }
      // RESOLUTION
      const { id, token } = await createSessionInvitation(
        db,
        { sessionId: row.id, ...invitee, covers: body.covers, invitedBy: userId, expiresAt },
        now,
      ).catch((error: unknown) => {
        // Two invitations of one member at the same instant: the partial unique index decides.
        if (isUniqueViolation(error)) throw alreadyInvited();
        throw error;
      });
      const link = invitationLink(request, ctx, token);
      await maybeEmail(request, row, id, link);
      return reply.status(201).send(await shown(row.id, id, link));
    },
  );

  app.patch(
    "/api/sessions/:sessionId/invitations/:invitationId",
    {
      schema: {
        summary: "Change which perspectives an invitee brings",
        tags: ["preparation"],
        params: invitationParamsSchema,
        body: updateSessionInvitationBodySchema,
        response: { 200: sessionInvitationSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // VALIDATION
      const { invitationId } = request.params;
      if (!(await findSessionInvitation(ctx.storage.db, row.id, invitationId))) {
        throw invitationNotFound();
      }
      await assertPerspectivesOf(ctx, row.id, request.body.covers);
      // RESOLUTION
      await ctx.storage.db
        .transaction()
        .execute((trx) => writeCovers(trx, invitationId, request.body.covers));
      return shown(row.id, invitationId);
    },
  );

  app.post(
    "/api/sessions/:sessionId/invitations/:invitationId/link",
    {
      schema: {
        summary:
          "A new link for an invitation (the old one stops working), open for another 14 days; e-mailed again where SMTP is set up",
        tags: ["preparation"],
        params: invitationParamsSchema,
        response: { 200: sessionInvitationSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // VALIDATION
      const invitation = await findSessionInvitation(
        ctx.storage.db,
        row.id,
        request.params.invitationId,
      );
      if (!invitation) throw invitationNotFound();
      if (invitation.revoked_at !== null) {
        throw new AppError(410, "invitation_revoked", "This invitation was withdrawn.");
      }
      // RESOLUTION
      const now = ctx.clock.now();
      const token = await renewLink(
        ctx.storage.db,
        invitation.id,
        addDays(now, SESSION_INVITATION_LIFETIME_DAYS),
      );
      const link = invitationLink(request, ctx, token);
      await maybeEmail(request, row, invitation.id, link);
      return shown(row.id, invitation.id, link);
    },
  );

  app.delete(
    "/api/sessions/:sessionId/invitations/:invitationId",
    {
      schema: {
        summary: "Withdraw an invitation: its link stops working; withdrawing twice is no error",
        tags: ["preparation"],
        params: invitationParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // VALIDATION
      const { invitationId } = request.params;
      if (!(await findSessionInvitation(ctx.storage.db, row.id, invitationId))) {
        throw invitationNotFound();
      }
      // RESOLUTION
      await revokeSessionInvitation(ctx.storage.db, invitationId, ctx.clock.now());
      return reply.status(204).send(null);
    },
  );
}

export function invitationLink(request: FastifyRequest, ctx: AppContext, token: string): string {
  return `${publicOrigin(request, ctx)}/invited/${token}`;
}

async function assertPerspectivesOf(ctx: AppContext, sessionId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const known = new Set((await listPerspectives(ctx.storage.db, sessionId)).map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError(400, "perspective_not_found", "This session has no such perspective.", {
      perspectiveIds: unknown,
    });
  }
}
