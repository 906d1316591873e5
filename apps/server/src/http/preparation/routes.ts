import {
  createPerspectiveBodySchema,
  PREPARATION_LIMITS,
  perspectiveSchema,
  preparationOverviewSchema,
  preparationSchema,
  updatePerspectiveBodySchema,
  updatePreparationBodySchema,
} from "@samspel/core";
import { z } from "zod";
import { AppError } from "../../errors.js";
import {
  addPerspective,
  countPerspectives,
  findPreparation,
  listPerspectives,
  removePerspective,
  savePreparation,
  updatePerspective,
} from "../../preparation/store.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { asFacilitator, limitReached } from "./access.js";
import { buildOverview } from "./overview.js";
import { perspectiveParamsSchema, sessionParamsSchema } from "./schema.js";

const perspectiveNotFound = () =>
  new AppError(404, "perspective_not_found", "This session has no such perspective.");

/** A session's preparation and the perspectives it needs (facilitators of its organisation). */
export function registerPreparationRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sessions/:sessionId/preparation",
    {
      schema: {
        summary:
          "A session's preparation: purpose, time, perspectives, invitations, materials, gaps",
        tags: ["preparation"],
        params: sessionParamsSchema,
        response: { 200: preparationOverviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // RESOLUTION
      return buildOverview(ctx, row.id);
    },
  );

  app.put(
    "/api/sessions/:sessionId/preparation",
    {
      schema: {
        summary: "Set a session's purpose, desired outcome, meeting time, length and place",
        tags: ["preparation"],
        params: sessionParamsSchema,
        body: updatePreparationBodySchema,
        response: { 200: preparationSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row, userId } = await asFacilitator(request, ctx);
      // RESOLUTION: the body's schema has judged every field.
      await savePreparation(ctx.storage.db, row.id, request.body, userId, ctx.clock.now());
      return findPreparation(ctx.storage.db, row.id);
    },
  );

  app.post(
    "/api/sessions/:sessionId/perspectives",
    {
      schema: {
        summary: "Name a stakeholder, competence or perspective the question needs",
        tags: ["preparation"],
        params: sessionParamsSchema,
        body: createPerspectiveBodySchema,
        response: { 201: perspectiveSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // VALIDATION
      if ((await countPerspectives(ctx.storage.db, row.id)) >= PREPARATION_LIMITS.perspectives) {
        throw limitReached("perspectives", PREPARATION_LIMITS.perspectives);
      }
      // RESOLUTION
      const created = await addPerspective(ctx.storage.db, row.id, request.body, ctx.clock.now());
      return reply.status(201).send(created);
    },
  );

  app.patch(
    "/api/sessions/:sessionId/perspectives/:perspectiveId",
    {
      schema: {
        summary: "Rename a perspective, change its kind, or mark it required or optional",
        tags: ["preparation"],
        params: perspectiveParamsSchema,
        body: updatePerspectiveBodySchema,
        response: { 200: perspectiveSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // RESOLUTION
      const { perspectiveId } = request.params;
      if (!(await updatePerspective(ctx.storage.db, row.id, perspectiveId, request.body))) {
        throw perspectiveNotFound();
      }
      const updated = (await listPerspectives(ctx.storage.db, row.id)).find(
        (perspective) => perspective.id === perspectiveId,
      );
      if (!updated) throw perspectiveNotFound();
      return updated;
    },
  );

  app.delete(
    "/api/sessions/:sessionId/perspectives/:perspectiveId",
    {
      schema: {
        summary: "Remove a perspective; invitations no longer cover it",
        tags: ["preparation"],
        params: perspectiveParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // RESOLUTION
      if (!(await removePerspective(ctx.storage.db, row.id, request.params.perspectiveId))) {
        throw perspectiveNotFound();
      }
      return reply.status(204).send(null);
    },
  );
}
