import {
  can,
  cohortBodySchema,
  cohortSchema,
  partnerBodySchema,
  partnershipCodeViewSchema,
  programmeBodySchema,
  programmeListSchema,
  programmeSchema,
} from "@samspel/core";
import { newId } from "../../accounts/tokens.js";
import { AppError } from "../../errors.js";
import { programmeStanding } from "../../training/access.js";
import { cohortView, findCohort } from "../../training/cohorts.js";
import { assertPeriod, trainingConflict } from "../../training/errors.js";
import { createPartnershipCode, organisationForCode } from "../../training/partnership-codes.js";
import {
  createProgramme,
  programmeRow,
  programmesFor,
  programmeView,
} from "../../training/programmes.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { programmeFor, requireCoordinating } from "./gates.js";
import { orgParams, orgProgrammeParams, programmeParams } from "./schema.js";

/** Programmes, their partner organisations and their cohorts. */
export function registerProgrammeRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/orgs/:orgId/training/programmes",
    {
      schema: {
        summary: "Open a training programme owned by this organisation (coordinators)",
        tags: ["training"],
        params: orgParams,
        body: programmeBodySchema,
        response: { 201: programmeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "manageTraining");
      // RESOLUTION
      const id = await createProgramme(ctx.storage.db, orgId, request.body, ctx.clock.now());
      const row = await programmeRow(ctx.storage.db, id);
      return reply.status(201).send(
        await programmeView(ctx.storage.db, row, {
          coordinating: true,
          partnerOf: [],
          mayAcceptFor: [],
        }),
      );
    },
  );

  app.get(
    "/api/orgs/:orgId/training/programmes",
    {
      schema: {
        summary:
          "Programmes this organisation owns or takes part in; offers awaiting acceptance for those who manage training (members)",
        tags: ["training"],
        params: orgParams,
        response: { 200: programmeListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      const { session, role } = await requireCapability(request, ctx, orgId, "viewOrganisation");
      // RESOLUTION
      const rows = await programmesFor(ctx.storage.db, orgId, can(role, "manageTraining"));
      const programmes = [];
      for (const row of rows) {
        const standing = await programmeStanding(ctx.storage.db, row, session.userId);
        programmes.push(await programmeView(ctx.storage.db, row, standing));
      }
      return { programmes };
    },
  );

  app.get(
    "/api/training/programmes/:programmeId",
    {
      schema: {
        summary: "A programme with its cohorts (its owner's and accepted partners' members)",
        tags: ["training"],
        params: programmeParams,
        response: { 200: programmeSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, standing } = await programmeFor(request, ctx, request.params.programmeId);
      // RESOLUTION
      return programmeView(ctx.storage.db, row, standing);
    },
  );

  app.post(
    "/api/training/programmes/:programmeId/partners",
    {
      schema: {
        summary: "Offer the programme to a partner organisation (coordinators)",
        tags: ["training"],
        params: programmeParams,
        body: partnerBodySchema,
        response: { 200: programmeSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, standing } = await programmeFor(request, ctx, request.params.programmeId);
      requireCoordinating(standing);
      // VALIDATION
      const organisationId =
        "partnershipCode" in request.body
          ? await organisationForCode(ctx.storage.db, request.body.partnershipCode, ctx.clock.now())
          : request.body.organisationId;
      if (organisationId === row.organisation_id) {
        throw trainingConflict(
          "partner_is_owner",
          "The programme already belongs to that organisation.",
        );
      }
      const partner = await ctx.storage.db
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", organisationId)
        .executeTakeFirst();
      if (!partner) {
        throw new AppError(404, "partner_not_found", "No organisation with that id.");
      }
      // RESOLUTION: offering twice keeps the first offer (and an acceptance) as it was.
      await ctx.storage.db
        .insertInto("programme_partners")
        .values({
          programme_id: row.id,
          organisation_id: organisationId,
          offered_at: ctx.clock.now().toISOString(),
          accepted_at: null,
        })
        .onConflict((oc) => oc.columns(["programme_id", "organisation_id"]).doNothing())
        .execute();
      return programmeView(ctx.storage.db, row, standing);
    },
  );

  app.post(
    "/api/orgs/:orgId/training/partnership-codes",
    {
      schema: {
        summary:
          "A short-lived code to hand to another organisation's coordinators, so they can offer this organisation a programme (admins and coordinators)",
        tags: ["training"],
        params: orgParams,
        response: { 201: partnershipCodeViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "manageTraining");
      // RESOLUTION
      const code = await createPartnershipCode(
        ctx.storage.db,
        orgId,
        session.userId,
        ctx.clock.now(),
      );
      return reply.status(201).send(code);
    },
  );

  app.post(
    "/api/orgs/:orgId/training/programmes/:programmeId/accept",
    {
      schema: {
        summary:
          "Accept a programme offered to this organisation, opening it to its members (admins and coordinators of the partner)",
        tags: ["training"],
        params: orgProgrammeParams,
        response: { 200: programmeSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId, programmeId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "manageTraining");
      // VALIDATION
      const offer = await ctx.storage.db
        .selectFrom("programme_partners")
        .select("accepted_at")
        .where("programme_id", "=", programmeId)
        .where("organisation_id", "=", orgId)
        .executeTakeFirst();
      if (!offer) {
        throw new AppError(
          404,
          "partnership_not_offered",
          "This programme has not been offered to this organisation.",
        );
      }
      // RESOLUTION: accepting again changes nothing.
      if (offer.accepted_at === null) {
        await ctx.storage.db
          .updateTable("programme_partners")
          .set({ accepted_at: ctx.clock.now().toISOString() })
          .where("programme_id", "=", programmeId)
          .where("organisation_id", "=", orgId)
          .execute();
      }
      const row = await programmeRow(ctx.storage.db, programmeId);
      const standing = await programmeStanding(ctx.storage.db, row, session.userId);
      return programmeView(ctx.storage.db, row, standing);
    },
  );

  app.post(
    "/api/training/programmes/:programmeId/cohorts",
    {
      schema: {
        summary: "Open a cohort with dates and a number of places (coordinators)",
        tags: ["training"],
        params: programmeParams,
        body: cohortBodySchema,
        response: { 201: cohortSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row, standing } = await programmeFor(request, ctx, request.params.programmeId);
      requireCoordinating(standing);
      // VALIDATION
      assertPeriod(request.body);
      // RESOLUTION
      const id = newId();
      await ctx.storage.db
        .insertInto("training_cohorts")
        .values({
          id,
          programme_id: row.id,
          name: request.body.name,
          starts_on: request.body.startsOn,
          ends_on: request.body.endsOn,
          capacity: request.body.capacity,
          created_at: ctx.clock.now().toISOString(),
        })
        .execute();
      const found = await findCohort(ctx.storage.db, id);
      return reply
        .status(201)
        .send(await cohortView(ctx.storage.db, found, [], { all: true }, true));
    },
  );
}
