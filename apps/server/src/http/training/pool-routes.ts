import {
  availabilityBodySchema,
  bookingRequestBodySchema,
  bookingRequestListSchema,
  bookingRequestSchema,
  calendarDay,
  can,
  certificateListSchema,
  facilitatorHistorySchema,
  facilitatorProfileBodySchema,
  facilitatorProfileSchema,
  matchListSchema,
  rankFacilitators,
} from "@samspel/core";
import { AppError, forbidden } from "../../errors.js";
import { summariseFeedback } from "../../sessions/aftercare.js";
import { certificatesOf, toCertificateView } from "../../training/certificates.js";
import { toPracticeView } from "../../training/cohorts.js";
import { assertPeriod, trainingNotFound } from "../../training/errors.js";
import { assertLibraryMethods, membershipsOf } from "../../training/library-methods.js";
import {
  bookingRequestViews,
  certifiedPool,
  createBookingRequest,
  findBookingRequest,
  findProfile,
  parseLabels,
  partnersWithPool,
  poolPeople,
  saveAvailability,
  saveProfile,
  traineePool,
} from "../../training/pool.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability, requireLogin } from "../plugins/session.js";
import { requestFor } from "./gates.js";
import { facilitatorParams, orgParams, requestParams } from "./schema.js";

/** Facilitator profiles and availability, booking requests, matching and bookings, history. */
export function registerPoolRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/me/facilitator-profile",
    {
      schema: {
        summary: "Your facilitator profile: languages, methods, areas and availability",
        tags: ["training"],
        response: { 200: facilitatorProfileSchema, ...errorResponses },
      },
    },
    async (request) => findProfile(ctx.storage.db, requireLogin(request).userId),
  );

  app.put(
    "/api/me/facilitator-profile",
    {
      schema: {
        summary: "Set the languages, methods and areas you offer as a facilitator",
        tags: ["training"],
        body: facilitatorProfileBodySchema,
        response: { 200: facilitatorProfileSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: facilitators manage their own profile, nobody else's.
      const { userId } = requireLogin(request);
      // VALIDATION
      await assertLibraryMethods(
        ctx.storage.db,
        request.body.methods,
        await membershipsOf(ctx.storage.db, userId),
      );
      // RESOLUTION
      await saveProfile(ctx.storage.db, userId, request.body, ctx.clock.now());
      return findProfile(ctx.storage.db, userId);
    },
  );

  app.put(
    "/api/me/facilitator-profile/availability",
    {
      schema: {
        summary: "Replace your availability windows (the periods you can be booked)",
        tags: ["training"],
        body: availabilityBodySchema,
        response: { 200: facilitatorProfileSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { userId } = requireLogin(request);
      // VALIDATION
      for (const window of request.body.windows) assertPeriod(window);
      // RESOLUTION
      await saveAvailability(ctx.storage.db, userId, request.body.windows);
      return findProfile(ctx.storage.db, userId);
    },
  );

  app.post(
    "/api/orgs/:orgId/training/booking-requests",
    {
      schema: {
        summary:
          "Request a facilitator for a process: question, dates, group size, language; from this organisation's pool or a pool whose programme it accepted (members, for their unit)",
        tags: ["training"],
        params: orgParams,
        body: bookingRequestBodySchema,
        response: { 201: bookingRequestSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "viewOrganisation");
      // VALIDATION
      const { poolOrganisationId = orgId, ...body } = request.body;
      const fromPartner = poolOrganisationId !== orgId;
      if (fromPartner && !(await partnersWithPool(ctx.storage.db, orgId, poolOrganisationId))) {
        throw new AppError(
          404,
          "pool_not_found",
          "Your organisation takes part in none of that organisation's programmes.",
        );
      }
      assertPeriod(body);
      await assertLibraryMethods(ctx.storage.db, body.methods ?? [], [poolOrganisationId]);
      // RESOLUTION: the request lives in the pool's organisation, whose coordinators book it.
      const id = await createBookingRequest(
        ctx.storage.db,
        poolOrganisationId,
        session.userId,
        body,
        ctx.clock.now(),
        fromPartner ? orgId : null,
      );
      const [view] = await bookingRequestViews(ctx.storage.db, [
        await findBookingRequest(ctx.storage.db, id),
      ]);
      if (!view) throw trainingNotFound("booking_request_not_found");
      return reply.status(201).send(view);
    },
  );

  app.get(
    "/api/orgs/:orgId/training/booking-requests",
    {
      schema: {
        summary:
          "Booking requests into this pool and from this organisation into partners' pools: all for coordinators, your own for other members",
        tags: ["training"],
        params: orgParams,
        response: { 200: bookingRequestListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      const { session, role } = await requireCapability(request, ctx, orgId, "viewOrganisation");
      // RESOLUTION
      // The pool's own requests and those its partners' units made into it, and the requests
      // this organisation's units made into partners' pools.
      const rows = await ctx.storage.db
        .selectFrom("booking_requests")
        .selectAll()
        .where((eb) =>
          eb.or([eb("organisation_id", "=", orgId), eb("requesting_organisation_id", "=", orgId)]),
        )
        .$if(!can(role, "manageTraining"), (qb) => qb.where("requested_by", "=", session.userId))
        .orderBy("starts_on")
        .orderBy("id")
        .execute();
      return { requests: await bookingRequestViews(ctx.storage.db, rows) };
    },
  );

  app.get(
    "/api/training/booking-requests/:requestId/matches",
    {
      schema: {
        summary:
          "Certified facilitators of the pool ranked by availability and fit (language, methods, area), and who may join as resource persons (coordinators)",
        tags: ["training"],
        params: requestParams,
        response: { 200: matchListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, coordinating } = await requestFor(request, ctx, request.params.requestId);
      if (!coordinating) throw forbidden("Only coordinators see the pool.");
      // RESOLUTION
      const db = ctx.storage.db;
      const [certified, trainees] = await Promise.all([
        certifiedPool(db, row.organisation_id),
        traineePool(db, row.organisation_id),
      ]);
      const people = await poolPeople(
        db,
        row.organisation_id,
        certified.map((person) => person.userId),
      );
      const candidates = [];
      for (const person of certified) {
        const pooled = people.get(person.userId);
        if (!pooled) continue;
        candidates.push({ ...pooled, offer: await findProfile(db, person.userId) });
      }
      const need = {
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        language: row.language,
        methods: parseLabels(row.methods),
        area: row.area,
      };
      const names = new Map(
        [...certified, ...trainees].map((person) => [person.userId, person.displayName]),
      );
      return {
        matches: rankFacilitators(need, candidates).map((match) => ({
          ...match,
          displayName: names.get(match.userId) ?? "",
        })),
        resourcePersons: [...names.entries()].map(([userId, displayName]) => ({
          userId,
          displayName,
          trainee: trainees.some((trainee) => trainee.userId === userId),
        })),
      };
    },
  );

  app.get(
    "/api/orgs/:orgId/training/certificates",
    {
      schema: {
        summary:
          "Every certificate the organisation's programmes issued, with its status today, renewals included (coordinators)",
        tags: ["training"],
        params: orgParams,
        response: { 200: certificateListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "manageTraining");
      // RESOLUTION
      const db = ctx.storage.db;
      const pool = await certifiedPool(db, orgId);
      const rows = await certificatesOf(
        db,
        pool.map((person) => person.userId),
        orgId,
      );
      const day = calendarDay(ctx.clock.now());
      return { certificates: rows.map((row) => toCertificateView(row, day)) };
    },
  );

  app.get(
    "/api/orgs/:orgId/training/facilitators/:userId/history",
    {
      schema: {
        summary:
          "A pool facilitator's history: certificates, bookings, practice processes with feedback summaries when present (coordinators; never a ranking)",
        tags: ["training"],
        params: facilitatorParams,
        response: { 200: facilitatorHistorySchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId, userId } = request.params;
      await requireCapability(request, ctx, orgId, "manageTraining");
      const db = ctx.storage.db;
      const [certified, trainees] = await Promise.all([
        certifiedPool(db, orgId),
        traineePool(db, orgId),
      ]);
      const person = [...certified, ...trainees].find((p) => p.userId === userId);
      if (!person) throw trainingNotFound("facilitator_not_found");
      // RESOLUTION: only what this organisation's pool did with them, its own programmes'
      // certificates and its own requests' bookings.
      const [certificates, bookings, practice] = await Promise.all([
        certificatesOf(db, [userId], orgId),
        db
          .selectFrom("booking_people")
          .innerJoin("booking_requests", "booking_requests.id", "booking_people.request_id")
          .select([
            "booking_requests.id as requestId",
            "booking_requests.question as question",
            "booking_requests.unit as unit",
            "booking_people.starts_on as startsOn",
            "booking_people.ends_on as endsOn",
            "booking_people.role as as",
            "booking_requests.session_id as sessionId",
          ])
          .where("booking_people.user_id", "=", userId)
          .where("booking_requests.organisation_id", "=", orgId)
          .orderBy("booking_people.starts_on")
          .execute(),
        db
          .selectFrom("practice_processes")
          .innerJoin("cohort_enrolments", "cohort_enrolments.id", "practice_processes.enrolment_id")
          .innerJoin("training_cohorts", "training_cohorts.id", "cohort_enrolments.cohort_id")
          .innerJoin(
            "training_programmes",
            "training_programmes.id",
            "training_cohorts.programme_id",
          )
          .selectAll("practice_processes")
          .where("cohort_enrolments.user_id", "=", userId)
          .where("training_programmes.organisation_id", "=", orgId)
          .orderBy("practice_processes.held_on")
          .execute(),
      ]);
      const day = calendarDay(ctx.clock.now());
      return {
        facilitator: person,
        certificates: certificates.map((row) => toCertificateView(row, day)),
        bookings: await Promise.all(
          bookings.map(async ({ sessionId, ...booking }) => ({
            ...booking,
            sessionFeedback: sessionId ? await summariseFeedback(db, sessionId) : null,
          })),
        ),
        practice: await Promise.all(
          practice.map(async (row) => ({
            ...toPracticeView(row),
            sessionFeedback: row.session_id ? await summariseFeedback(db, row.session_id) : null,
          })),
        ),
      };
    },
  );
}
