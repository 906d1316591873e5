import { bookedPeopleSchema, idSchema } from "@samspel/core";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { bookedPeople } from "../../sessions/facilitators.js";
import { findSession } from "../../sessions/read-model.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireSessionCapability } from "../plugins/session.js";

/** Who a booking sent to run a session, for the console before any of them has acted. */
export function registerBookedPeopleRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sessions/:sessionId/booked-people",
    {
      schema: {
        summary:
          "The people booked to run this session, by the bookings linked to it (facilitators)",
        tags: ["sessions"],
        params: z.strictObject({ sessionId: idSchema }),
        response: { 200: bookedPeopleSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: whoever may run the session, a booked person included.
      const row = await findSession(ctx.storage.db, request.params.sessionId);
      if (!row) throw new AppError(404, "session_not_found", "No such session.");
      await requireSessionCapability(request, ctx, row, "runSessions");
      // RESOLUTION
      return { people: await bookedPeople(ctx.storage.db, row.id) };
    },
  );
}
