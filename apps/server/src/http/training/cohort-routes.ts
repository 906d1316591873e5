import {
  attendanceBodySchema,
  calendarDay,
  certificateStatus,
  cohortChangeBodySchema,
  cohortSchema,
  demandByUnit,
  demandSchema,
  gatheringBodySchema,
  holdsPlace,
  staffBodySchema,
} from "@samspel/core";
import { newId } from "../../accounts/tokens.js";
import { AppError, forbidden } from "../../errors.js";
import { certificatesOf } from "../../training/certificates.js";
import { changeCohort, cohortView, withSettledCohort } from "../../training/cohorts.js";
import {
  assertPeriod,
  notFoundAs,
  trainingConflict,
  trainingNotFound,
} from "../../training/errors.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";
import { cohortFor, requireCoordinating } from "./gates.js";
import { cohortParams, cohortStaffParams, gatheringParams } from "./schema.js";

/** A cohort: its page, staff, gatherings and attendance, and the demand it met. */
export function registerCohortRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/training/cohorts/:cohortId",
    {
      schema: {
        summary:
          "A cohort with places, gatherings and sign-ups: all for coordinators and staff, a partner's own people for its training managers, oneself otherwise",
        tags: ["training"],
        params: cohortParams,
        response: { 200: cohortSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const access = await cohortFor(request, ctx, request.params.cohortId);
      // RESOLUTION: reading settles lapsed offers, so the page shows what the clock implies.
      return withSettledCohort(ctx.storage, access.found.cohort, ctx.clock.now(), (trx, rows) =>
        cohortView(trx, access.found, rows, access.scope, access.standing.coordinating),
      );
    },
  );

  app.post(
    "/api/training/cohorts/:cohortId/staff",
    {
      schema: {
        summary: "Add a trainer or a supervisor to the cohort (coordinators)",
        tags: ["training"],
        params: cohortParams,
        body: staffBodySchema,
        response: { 200: cohortSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const access = await cohortFor(request, ctx, request.params.cohortId);
      requireCoordinating(access.standing);
      // VALIDATION
      const { userId, role } = request.body;
      const user = await ctx.storage.db
        .selectFrom("users")
        .select("id")
        .where("id", "=", userId)
        .executeTakeFirst();
      if (!user) throw new AppError(404, "not_found", "No such person.");
      if (role === "supervisor") {
        const day = calendarDay(ctx.clock.now());
        const certificates = await certificatesOf(ctx.storage.db, [userId]);
        const certified = certificates.some((certificate) => {
          const status = certificateStatus(certificate, day);
          return status === "valid" || status === "expiring";
        });
        if (!certified) {
          throw trainingConflict(
            "supervisor_not_certified",
            "A supervisor must hold a valid certificate.",
          );
        }
      }
      // RESOLUTION
      await ctx.storage.db
        .insertInto("cohort_staff")
        .values({ cohort_id: access.found.cohort.id, user_id: userId, role })
        .onConflict((oc) => oc.columns(["cohort_id", "user_id", "role"]).doNothing())
        .execute();
      return withSettledCohort(ctx.storage, access.found.cohort, ctx.clock.now(), (trx, rows) =>
        cohortView(trx, access.found, rows, access.scope, true),
      );
    },
  );

  app.patch(
    "/api/training/cohorts/:cohortId",
    {
      schema: {
        summary:
          "Change a cohort's name, dates or capacity; new places go to the waiting list in order (coordinators)",
        tags: ["training"],
        params: cohortParams,
        body: cohortChangeBodySchema,
        response: { 200: cohortSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const access = await cohortFor(request, ctx, request.params.cohortId);
      requireCoordinating(access.standing);
      // VALIDATION: the dates as they will be; capacity is checked against the places held
      // inside the cohort's lock.
      const { cohort } = access.found;
      assertPeriod({
        startsOn: request.body.startsOn ?? cohort.starts_on,
        endsOn: request.body.endsOn ?? cohort.ends_on,
      });
      // RESOLUTION
      return changeCohort(
        ctx.storage,
        cohort,
        request.body,
        ctx.clock.now(),
        (trx, changed, rows) =>
          cohortView(trx, { ...access.found, cohort: changed }, rows, access.scope, true),
      );
    },
  );

  app.delete(
    "/api/training/cohorts/:cohortId/staff/:role/:userId",
    {
      schema: {
        summary:
          "Remove a trainer or supervisor from the cohort; a removed supervisor's trainees are left without one (coordinators)",
        tags: ["training"],
        params: cohortStaffParams,
        response: { 200: cohortSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const access = await cohortFor(request, ctx, request.params.cohortId);
      requireCoordinating(access.standing);
      const { role, userId } = request.params;
      const cohortId = access.found.cohort.id;
      // VALIDATION and RESOLUTION
      await ctx.storage.db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom("cohort_staff")
          .where("cohort_id", "=", cohortId)
          .where("user_id", "=", userId)
          .where("role", "=", role)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) {
          throw new AppError(404, "staff_not_found", "That person is not on the cohort's staff.");
        }
        // Feedback already given stays; only the pairing goes, so a coordinator can pair anew.
        if (role === "supervisor") {
          await trx
            .updateTable("cohort_enrolments")
            .set({ supervisor_id: null })
            .where("cohort_id", "=", cohortId)
            .where("supervisor_id", "=", userId)
            .execute();
        }
      });
      return withSettledCohort(ctx.storage, access.found.cohort, ctx.clock.now(), (trx, rows) =>
        cohortView(trx, access.found, rows, access.scope, true),
      );
    },
  );

  app.post(
    "/api/training/cohorts/:cohortId/gatherings",
    {
      schema: {
        summary: "Plan a gathering (module) of the cohort (coordinators)",
        tags: ["training"],
        params: cohortParams,
        body: gatheringBodySchema,
        response: { 201: cohortSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const access = await cohortFor(request, ctx, request.params.cohortId);
      requireCoordinating(access.standing);
      // RESOLUTION
      await ctx.storage.db
        .insertInto("cohort_gatherings")
        .values({
          id: newId(),
          cohort_id: access.found.cohort.id,
          title: request.body.title,
          held_on: request.body.heldOn,
        })
        .execute();
      const cohort = await withSettledCohort(
        ctx.storage,
        access.found.cohort,
        ctx.clock.now(),
        (trx, rows) => cohortView(trx, access.found, rows, access.scope, true),
      );
      return reply.status(201).send(cohort);
    },
  );

  app.put(
    "/api/training/gatherings/:gatheringId/attendance",
    {
      schema: {
        summary:
          "Record who was present at a gathering; trainees not named are absent (coordinators and the cohort's trainers)",
        tags: ["training"],
        params: gatheringParams,
        body: attendanceBodySchema,
        response: { 200: cohortSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      requireLogin(request);
      const gathering = await ctx.storage.db
        .selectFrom("cohort_gatherings")
        .selectAll()
        .where("id", "=", request.params.gatheringId)
        .executeTakeFirst();
      if (!gathering) throw trainingNotFound("gathering_not_found");
      const access = await notFoundAs("gathering_not_found", () =>
        cohortFor(request, ctx, gathering.cohort_id),
      );
      if (!access.standing.coordinating && !access.staff.includes("trainer")) {
        throw forbidden("Only the programme's coordinators and the cohort's trainers may do this.");
      }
      // VALIDATION and RESOLUTION in one locked transaction: who holds a place must not change
      // between the check and the write.
      const present = [...new Set(request.body.present)];
      return withSettledCohort(
        ctx.storage,
        access.found.cohort,
        ctx.clock.now(),
        async (trx, rows) => {
          const trainees = new Set(
            rows.filter((row) => holdsPlace(row.status)).map((row) => row.user_id),
          );
          const stranger = present.find((userId) => !trainees.has(userId));
          if (stranger !== undefined) {
            throw trainingConflict(
              "not_a_trainee",
              "That person does not hold a place in this cohort.",
              {
                userId: stranger,
              },
            );
          }
          await trx
            .deleteFrom("gathering_attendance")
            .where("gathering_id", "=", gathering.id)
            .execute();
          if (present.length > 0) {
            await trx
              .insertInto("gathering_attendance")
              .values(present.map((userId) => ({ gathering_id: gathering.id, user_id: userId })))
              .execute();
          }
          return cohortView(trx, access.found, rows, access.scope, access.standing.coordinating);
        },
      );
    },
  );

  app.get(
    "/api/training/cohorts/:cohortId/demand",
    {
      schema: {
        summary:
          "Sign-ups per organisation and unit, and how many never got a place (coordinators)",
        tags: ["training"],
        params: cohortParams,
        response: { 200: demandSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const access = await cohortFor(request, ctx, request.params.cohortId);
      requireCoordinating(access.standing);
      // RESOLUTION
      const rows = await withSettledCohort(
        ctx.storage,
        access.found.cohort,
        ctx.clock.now(),
        async (_trx, enrolments) => enrolments,
      );
      const names = await ctx.storage.db
        .selectFrom("organisations")
        .select(["id", "name"])
        .where("id", "in", [...new Set(rows.map((row) => row.organisation_id)), ""])
        .execute();
      const demand = demandByUnit(
        rows.map((row) => ({
          organisationId: row.organisation_id,
          unit: row.unit,
          status: row.status,
          everPlaced: row.placed_at !== null,
        })),
      );
      const named = demand.map((row) => ({
        ...row,
        organisationName: names.find((name) => name.id === row.organisationId)?.name ?? "",
      }));
      return {
        rows: named.sort(
          (a, b) =>
            a.organisationName.localeCompare(b.organisationName) || a.unit.localeCompare(b.unit),
        ),
      };
    },
  );
}
