import {
  bookingBodySchema,
  bookingRefusal,
  bookingRequestSchema,
  bookingSessionBodySchema,
} from "@samspel/core";
import { AppError, forbidden } from "../../errors.js";
import { grantBookedPeople, revokeBookingGrants } from "../../sessions/facilitators.js";
import { trainingConflict, trainingNotFound } from "../../training/errors.js";
import {
  bookingRequestViews,
  findBookingRequest,
  lockPeople,
  poolPeople,
} from "../../training/pool.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";
import { requestFor } from "./gates.js";
import { requestParams } from "./schema.js";

/** Booking a facilitator for a request, cancelling it, and linking it to the session it became. */
export function registerBookingRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/training/booking-requests/:requestId/booking",
    {
      schema: {
        summary:
          "Book a certified facilitator for the request, with trainees or certified people as resource persons; double bookings and expired certificates are refused (coordinators)",
        tags: ["training"],
        params: requestParams,
        body: bookingBodySchema,
        response: { 200: bookingRequestSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, coordinating } = await requestFor(request, ctx, request.params.requestId);
      if (!coordinating) throw forbidden("Only coordinators book facilitators.");
      const { facilitatorId, resourcePersonIds } = request.body;
      const everyone = [facilitatorId, ...resourcePersonIds];
      const period = { startsOn: row.starts_on, endsOn: row.ends_on };
      const now = ctx.clock.now();
      await ctx.storage.db.transaction().execute(async (trx) => {
        // VALIDATION under per-person locks (see lockPeople), so the conflict check and the
        // write see the same bookings.
        await lockPeople(trx, everyone, ctx.storage.kind);
        const existing = await trx
          .selectFrom("booking_people")
          .select("user_id")
          .where("request_id", "=", row.id)
          .executeTakeFirst();
        if (existing) {
          throw trainingConflict("request_already_booked", "This request is already booked.", {
            requestId: row.id,
          });
        }
        const people = await poolPeople(trx, row.organisation_id, everyone);
        const facilitator = people.get(facilitatorId);
        const others = resourcePersonIds.flatMap((id) => {
          const person = people.get(id);
          return person ? [person] : [];
        });
        if (!facilitator) throw trainingNotFound("facilitator_not_found");
        const refusal = bookingRefusal(period, facilitator, others);
        if (refusal) {
          throw trainingConflict(refusal.code, REFUSAL_MESSAGES[refusal.code], {
            userId: refusal.userId,
          });
        }
        // RESOLUTION
        await trx
          .insertInto("booking_people")
          .values(
            everyone.map((userId) => ({
              request_id: row.id,
              user_id: userId,
              role:
                userId === facilitatorId ? ("facilitator" as const) : ("resource_person" as const),
              starts_on: row.starts_on,
              ends_on: row.ends_on,
              booked_at: now.toISOString(),
            })),
          )
          .execute();
      });
      const [view] = await bookingRequestViews(ctx.storage.db, [row]);
      if (!view) throw trainingNotFound("booking_request_not_found");
      return view;
    },
  );

  app.delete(
    "/api/training/booking-requests/:requestId/booking",
    {
      schema: {
        summary:
          "Cancel the booking of a request: its facilitator and resource persons are free again and the request can be booked anew (coordinators)",
        tags: ["training"],
        params: requestParams,
        response: { 200: bookingRequestSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, coordinating } = await requestFor(request, ctx, request.params.requestId);
      if (!coordinating) throw forbidden("Only coordinators cancel bookings.");
      // VALIDATION and RESOLUTION
      await ctx.storage.db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom("booking_people")
          .where("request_id", "=", row.id)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) {
          throw trainingConflict("request_not_booked", "This request has no booking to cancel.", {
            requestId: row.id,
          });
        }
        // A cancelled booking ran no session: the link would credit the wrong people, and its
        // people may no longer run the session.
        await trx
          .updateTable("booking_requests")
          .set({ session_id: null })
          .where("id", "=", row.id)
          .execute();
        await revokeBookingGrants(trx, row.id);
      });
      const [view] = await bookingRequestViews(ctx.storage.db, [
        await findBookingRequest(ctx.storage.db, row.id),
      ]);
      if (!view) throw trainingNotFound("booking_request_not_found");
      return view;
    },
  );

  app.put(
    "/api/training/booking-requests/:requestId/session",
    {
      schema: {
        summary:
          "Link a booked request to the session it became, one of the organisation's (coordinators)",
        tags: ["training"],
        params: requestParams,
        body: bookingSessionBodySchema,
        response: { 200: bookingRequestSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, coordinating } = await requestFor(request, ctx, request.params.requestId);
      if (!coordinating) throw forbidden("Only coordinators link bookings to sessions.");
      // VALIDATION
      const [view] = await bookingRequestViews(ctx.storage.db, [row]);
      if (!view?.booking) {
        throw trainingConflict("request_not_booked", "Book a facilitator first.", {
          requestId: row.id,
        });
      }
      const session = await ctx.storage.db
        .selectFrom("sessions")
        .select("id")
        .where("id", "=", request.body.sessionId)
        .where("organisation_id", "=", row.organisation_id)
        .executeTakeFirst();
      if (!session) {
        throw new AppError(
          404,
          "booking_session_not_found",
          "No session of this organisation has that id.",
        );
      }
      // RESOLUTION: the booked people may run the session they were booked for (and no other).
      const { userId } = requireLogin(request);
      await ctx.storage.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("booking_requests")
          .set({ session_id: session.id })
          .where("id", "=", row.id)
          .execute();
        await grantBookedPeople(trx, {
          requestId: row.id,
          sessionId: session.id,
          grantedBy: userId,
          now: ctx.clock.now(),
        });
      });
      const [linked] = await bookingRequestViews(ctx.storage.db, [
        await findBookingRequest(ctx.storage.db, row.id),
      ]);
      if (!linked) throw trainingNotFound("booking_request_not_found");
      return linked;
    },
  );
}

const REFUSAL_MESSAGES = {
  facilitator_not_certified: "The facilitator holds no certificate from this pool's programmes.",
  certification_expired: "The facilitator's certificate is not valid for all the requested dates.",
  facilitator_double_booked: "The facilitator is already booked on some of these dates.",
  resource_person_not_eligible: "A resource person must be a trainee or a certified facilitator.",
  resource_person_double_booked: "A resource person is already booked on some of these dates.",
  resource_person_is_facilitator: "The facilitator cannot also be a resource person.",
} as const;
