import { facilitatedSessionsSchema, meSchema, updateMeBodySchema } from "@samspel/core";
import { updateUser } from "../../accounts/users.js";
import { sessionsFacilitatedByGrant } from "../../sessions/facilitators.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";
import { buildMe } from "./build-me.js";

export function registerMeRoutes(app: App, ctx: AppContext): void {
  app.patch(
    "/api/me",
    {
      schema: {
        summary: "Change your display name or language",
        tags: ["me"],
        body: updateMeBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireLogin(request);
      await updateUser(ctx.storage.db, session.userId, request.body);
      return buildMe(ctx, session);
    },
  );

  app.get(
    "/api/me/facilitated-sessions",
    {
      schema: {
        summary:
          "Sessions you were booked to run in another organisation (or beyond your role there)",
        tags: ["me"],
        response: { 200: facilitatedSessionsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { userId } = requireLogin(request);
      return { sessions: await sessionsFacilitatedByGrant(ctx.storage.db, userId) };
    },
  );
}
