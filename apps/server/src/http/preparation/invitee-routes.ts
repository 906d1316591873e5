import {
  canAnswer,
  type InvitationToSession,
  idSchema,
  invitationToSessionSchema,
  myInvitationSchema,
  rsvpBodySchema,
  sessionInvitationStatus,
} from "@samspel/core";
import type { FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { meetingCalendar } from "../../preparation/calendar.js";
import { sessionDesign } from "../../preparation/design.js";
import {
  findMemberInvitation,
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
import { publicOrigin } from "../context.js";
import { errorResponses } from "../error-responses.js";
import type { RateLimits } from "../plugins/rate-limits.js";
import { requireLogin } from "../plugins/session.js";
import { invitationLink } from "./invitation-routes.js";
import { sendMaterialFile } from "./material-download.js";
import { tokenParamsSchema } from "./schema.js";

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
  const reading = { app, ctx, runtime, files };
  // By the link: no login, the token is the key.
  registerInvitationReading(reading, {
    prefix: "/api/invitations-to-sessions/:token",
    params: tokenParamsSchema,
    // Invitees of one workplace share an address, as a town hall does for joins; a 256-bit
    // token is not worth guessing, so the join limit (generous) fits, not the login one.
    preHandler: [limits.joinPerAddress],
    who: "by its link, without a login",
    async find(params) {
      const { token } = tokenOf.parse(params);
      const invitation = await findSessionInvitationByToken(ctx.storage.db, token);
      if (!invitation) {
        throw new AppError(404, "invitation_not_found", "This invitation link is not valid.");
      }
      return invitation;
    },
    pageUrl: (request) => invitationLink(request, ctx, tokenOf.parse(request.params).token),
  });
  // By account: a member invited as such, logged in, needs no link.
  registerInvitationReading(reading, {
    prefix: "/api/me/session-invitations/:invitationId",
    params: memberParamsSchema,
    preHandler: [],
    who: "for the member invited by account, logged in",
    async find(params, request) {
      const { userId } = requireLogin(request);
      const { invitationId } = invitationOf.parse(params);
      const invitation = await findMemberInvitation(ctx.storage.db, userId, invitationId);
      if (!invitation) {
        throw new AppError(404, "session_invitation_not_found", "You have no such invitation.");
      }
      return invitation;
    },
    pageUrl: (request) =>
      `${publicOrigin(request, ctx)}/invitations/${invitationOf.parse(request.params).invitationId}`,
  });

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

interface Reading {
  app: App;
  ctx: AppContext;
  runtime: SessionRuntime;
  files: MaterialFiles;
}

interface InvitationAccess {
  prefix: string;
  params: z.ZodObject;
  preHandler: preHandlerAsyncHookHandler[];
  /** Who reads this way, for the OpenAPI summaries. */
  who: string;
  /** The invitation, or why there is none; its status is judged after. */
  find(params: unknown, request: FastifyRequest): Promise<SessionInvitationRow>;
  /** The page an invitee reads the invitation on, for the calendar entry. */
  pageUrl(request: FastifyRequest): string;
}

/**
 * What an invitee does with an invitation: read it, answer it, put the meeting in a calendar,
 * download the material. The same four routes by link and by account; only finding differs.
 */
function registerInvitationReading(
  { app, ctx, runtime, files }: Reading,
  access: InvitationAccess,
): void {
  /** The invitation, or the precise reason it can no longer be read. */
  async function usable(request: FastifyRequest): Promise<SessionInvitationRow> {
    const invitation = await access.find(request.params, request);
    switch (sessionInvitationStatus(datesOf(invitation), ctx.clock.now())) {
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
    if (!session) {
      throw new AppError(404, "invitation_not_found", "This invitation link is not valid.");
    }
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
    access.prefix,
    {
      preHandler: access.preHandler,
      schema: {
        summary: `An invitation to a session ${access.who}: purpose, question, agenda, material, answer`,
        tags: ["preparation"],
        params: access.params,
        response: { 200: invitationToSessionSchema, ...errorResponses },
      },
    },
    async (request) => view(await usable(request)),
  );

  app.post(
    `${access.prefix}/rsvp`,
    {
      preHandler: access.preHandler,
      schema: {
        summary: `Answer an invitation ${access.who}: yes, no or maybe, with a note; may be changed until the reply-by time`,
        tags: ["preparation"],
        params: access.params,
        body: rsvpBodySchema,
        response: { 200: invitationToSessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: the link, or the login of the member invited.
      const invitation = await usable(request);
      // VALIDATION
      const now = ctx.clock.now();
      if (!canAnswer(datesOf(invitation), now)) throw expired();
      // RESOLUTION
      const { answer, note } = request.body;
      if (!(await recordAnswer(ctx.storage.db, invitation.id, { rsvp: answer, note }, now))) {
        throw expired();
      }
      return view({ ...invitation, rsvp: answer, note, responded_at: now.toISOString() });
    },
  );

  app.get(
    `${access.prefix}/calendar.ics`,
    {
      preHandler: access.preHandler,
      schema: {
        summary: `The meeting as an iCalendar file ${access.who} (one VEVENT with time, place and the invitation page)`,
        tags: ["preparation"],
        params: access.params,
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const invitation = await usable(request);
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
        link: access.pageUrl(request),
        stamp: ctx.clock.now(),
      });
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="invitation.ics"')
        .send(calendar);
    },
  );

  app.get(
    `${access.prefix}/materials/:materialId`,
    {
      preHandler: access.preHandler,
      schema: {
        summary: `Download a preparation file ${access.who}, as an attachment`,
        tags: ["preparation"],
        params: access.params.extend({ materialId: idSchema }),
        response: { 200: z.unknown(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const invitation = await usable(request);
      const { materialId } = materialOf.parse(request.params);
      const material = await findMaterial(ctx.storage.db, invitation.session_id, materialId);
      return sendMaterialFile(reply, files, invitation.session_id, material);
    },
  );
}

const datesOf = (invitation: SessionInvitationRow) => ({
  expiresAt: invitation.expires_at,
  revokedAt: invitation.revoked_at,
  respondedAt: invitation.responded_at,
});

const memberParamsSchema = z.strictObject({ invitationId: idSchema });
// Loose twins of the params schemas: the material route's params carry materialId beside them.
const tokenOf = z.object(tokenParamsSchema.shape);
const invitationOf = z.object(memberParamsSchema.shape);
const materialOf = z.object({ materialId: idSchema });

const expired = () =>
  new AppError(410, "invitation_expired", "This invitation has expired. Ask for a new one.");
