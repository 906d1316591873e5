import { calendarFeedSchema, calendarFeedStateSchema } from "@samspel/core";
import { z } from "zod";
import { calendarEvents, calendarText } from "../../actions/calendar.js";
import {
  calendarFeedCreatedAt,
  findCalendarFeedOwner,
  issueCalendarFeed,
  revokeCalendarFeed,
} from "../../actions/calendar-feeds.js";
import { AppError } from "../../errors.js";
import { type App, type AppContext, publicOrigin } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";

const feedNotFound = () =>
  new AppError(404, "calendar_feed_not_found", "This calendar link is unknown or revoked.");

/**
 * A person's calendar feed: made, shown once, replaced or revoked while logged in, and read
 * without a login by calendar apps, which know only its URL.
 */
export function registerCalendarRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/me/calendar-feed",
    {
      schema: {
        summary: "Whether you have a calendar feed, and since when",
        tags: ["me"],
        response: { 200: calendarFeedStateSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { userId } = requireLogin(request);
      // RESOLUTION
      return { createdAt: await calendarFeedCreatedAt(ctx.storage.db, userId) };
    },
  );

  app.post(
    "/api/me/calendar-feed",
    {
      schema: {
        summary: "Make your calendar feed, or a new one that revokes the old address",
        tags: ["me"],
        response: { 201: calendarFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { userId } = requireLogin(request);
      // RESOLUTION
      const createdAt = ctx.clock.now().toISOString();
      const token = await issueCalendarFeed(ctx.storage.db, userId, createdAt);
      const url = `${publicOrigin(request, ctx)}/api/calendar/${token}.ics`;
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({ url, webcalUrl: url.replace(/^https?:/, "webcal:"), createdAt });
    },
  );

  app.delete(
    "/api/me/calendar-feed",
    {
      schema: {
        summary: "Revoke your calendar feed",
        tags: ["me"],
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { userId } = requireLogin(request);
      // RESOLUTION
      if (!(await revokeCalendarFeed(ctx.storage.db, userId))) throw feedNotFound();
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/calendar/:feed",
    {
      schema: {
        summary: "A calendar feed (RFC 5545) for calendar apps; the URL is the credential",
        tags: ["me"],
        params: z.strictObject({ feed: z.string().max(100) }),
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: the token in the URL, and nothing else: calendar apps carry no cookie.
      const token = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(request.params.feed)?.[1];
      const owner =
        token === undefined ? undefined : await findCalendarFeedOwner(ctx.storage.db, token);
      if (owner === undefined) throw feedNotFound();
      // RESOLUTION
      const events = await calendarEvents(
        ctx.storage.db,
        owner.userId,
        owner.locale,
        publicOrigin(request, ctx),
      );
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .send(calendarText(events, owner.locale, ctx.clock.now()));
    },
  );
}
