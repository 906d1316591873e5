import {
  canAnswer,
  type InvitationToSession,
  invitationToSessionSchema,
  myInvitationSchema,
  rsvpBodySchema,
  sessionInvitationStatus,
} from "@samspel/core";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { meetingCalendar } from "../../preparation/calendar.js";
import { sessionDesign } from "../../preparation/design.js";
import {
  findSessionInvitationByToken,
  listMemberInvitations,
  recordAnswer,
  type SessionInvitationRow,
} from "../../preparation/invitations.js";
import { findMaterial, listMaterials, type MaterialFiles } from "../../preparation/materials.js";
import { findPreparation } from "../../preparation/store.js";
import { findSession } from "../../sessions/read-model.js";
import type { SessionRuntime } from "../../sessions/runtime.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import type { RateLimits } from "../plugins/rate-limits.js";
import { requireLogin } from "../plugins/session.js";
import { invitationLink } from "./invitation-routes.js";
import { sendMaterialFile } from "./material-download.js";
import { tokenMaterialParamsSchema, tokenParamsSchema } from "./schema.js";

/**
 * What an invitee does with the link, without a login: read the invitation, answer it, put the
 * meeting in a calendar, download the material. And a member's list of their own invitations.
 */
export function registerInviteeRoutes(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
  files: MaterialFiles,
  limits: RateLimits,
): void {
  /** The invitation behind a token, or the precise reason the link no longer works. */
  async function usable(token: string): Promise<SessionInvitationRow> {
    const invitation = await findSessionInvitationByToken(ctx.storage.db, token);
    if (!invitation) {
      throw new AppError(404, "invitation_not_found", "This invitation link is not valid.");
    }
    const dates = {
      expiresAt: invitation.expires_at,
      revokedAt: invitation.revoked_at,
      respondedAt: invitation.responded_at,
    };
    switch (sessionInvitationStatus(dates, ctx.clock.now())) {
      case "revoked":
        throw new AppError(410, "invitation_revoked", "This invitation was withdrawn.");
      case "expired":
        throw expired();
      case "open":
        return invitation;
    }
  }

  async function view(invitation: SessionInvitationRow): Promise<InvitationToSession> {
    const session = await findSession(ctx.storage.db, invitation.session_id);
    if (!session)
      throw new AppError(404, "invitation_not_found", "This invitation link is not valid.");
    const [design, preparation, materials] = await Promise.all([
      sessionDesign(ctx.storage.db, runtime, session),
      findPreparation(ctx.storage.db, session.id),
      listMaterials(ctx.storage.db, session.id),
    ]);
    return {
      sessionTitle: session.title,
      organisationName: design.organisationName,
      language: session.language,
      question: design.question,
      purpose: preparation.purpose,
      desiredOutcome: preparation.desiredOutcome,
      startsAt: preparation.startsAt,
      durationMinutes: preparation.durationMinutes,
      place: preparation.place,
      groundRules: design.groundRules,
      agenda: design.agenda,
      materials,
      inviteeName: invitation.name,
      rsvp: invitation.rsvp,
      note: invitation.note,
      respondedAt: invitation.responded_at,
      expiresAt: invitation.expires_at,
    };
  }

  app.get(
    "/api/invitations-to-sessions/:token",
    {
      preHandler: [limits.invitationPerAddress],
      schema: {
        summary:
          "An invitation to a session by its link: purpose, question, agenda, material, answer",
        tags: ["preparation"],
        params: tokenParamsSchema,
        response: { 200: invitationToSessionSchema, ...errorResponses },
      },
    },
    async (request) => view(await usable(request.params.token)),
  );

  app.post(
    "/api/invitations-to-sessions/:token/rsvp",
    {
      preHandler: [limits.invitationPerAddress],
      schema: {
        summary:
          "Answer an invitation yes, no or maybe, with a note; may be changed until the reply-by time",
        tags: ["preparation"],
        params: tokenParamsSchema,
        body: rsvpBodySchema,
        response: { 200: invitationToSessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: the link is the key.
      const invitation = await usable(request.params.token);
      // VALIDATION
      const now = ctx.clock.now();
      const dates = {
        expiresAt: invitation.expires_at,
        revokedAt: invitation.revoked_at,
        respondedAt: invitation.responded_at,
      };
      if (!canAnswer(dates, now)) throw expired();
      // RESOLUTION
      const { answer, note } = request.body;
      if (!(await recordAnswer(ctx.storage.db, invitation.id, { rsvp: answer, note }, now))) {
        throw expired();
      }
      return view({ ...invitation, rsvp: answer, note, responded_at: now.toISOString() });
    },
  );

  app.get(
    "/api/invitations-to-sessions/:token/calendar.ics",
    {
      preHandler: [limits.invitationPerAddress],
      schema: {
        summary:
          "The meeting as an iCalendar file (one VEVENT with time, place and the invitation link)",
        tags: ["preparation"],
        params: tokenParamsSchema,
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const invitation = await usable(request.params.token);
      const shown = await view(invitation);
      if (!shown.startsAt) {
        throw new AppError(
          409,
          "meeting_time_missing",
          "The meeting has no time yet, so there is nothing to add to a calendar.",
        );
      }
      const calendar = meetingCalendar({
        uid: `${invitation.id}@samspel`,
        title: shown.sessionTitle,
        startsAt: shown.startsAt,
        durationMinutes: shown.durationMinutes,
        place: shown.place,
        purpose: shown.purpose,
        question: shown.question,
        link: invitationLink(request, ctx, request.params.token),
        stamp: ctx.clock.now(),
      });
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="invitation.ics"')
        .send(calendar);
    },
  );

  app.get(
    "/api/invitations-to-sessions/:token/materials/:materialId",
    {
      preHandler: [limits.invitationPerAddress],
      schema: {
        summary: "Download a preparation file, as an attachment",
        tags: ["preparation"],
        params: tokenMaterialParamsSchema,
        response: { 200: z.unknown(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const invitation = await usable(request.params.token);
      const material = await findMaterial(
        ctx.storage.db,
        invitation.session_id,
        request.params.materialId,
      );
      return sendMaterialFile(reply, files, invitation.session_id, material);
    },
  );

  app.get(
    "/api/me/session-invitations",
    {
      schema: {
        summary: "The sessions I am invited to, by account, in every organisation",
        tags: ["preparation"],
        response: {
          200: z.object({ invitations: z.array(myInvitationSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { userId } = requireLogin(request);
      const now = ctx.clock.now();
      const rows = await listMemberInvitations(ctx.storage.db, userId);
      return {
        invitations: rows.map((row) => ({
          id: row.id,
          sessionId: row.sessionId,
          sessionTitle: row.sessionTitle,
          organisationName: row.organisationName,
          startsAt: row.startsAt,
          rsvp: row.rsvp,
          status: sessionInvitationStatus(row, now),
        })),
      };
    },
  );
}

const expired = () =>
  new AppError(410, "invitation_expired", "This invitation has expired. Ask for a new one.");
