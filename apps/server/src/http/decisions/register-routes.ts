import {
  can,
  decisionLifecycleSchema,
  decisionStatusChangeSchema,
  idSchema,
  registerPageSchema,
} from "@samspel/core";
import { z } from "zod";
import { changeDecisionStatus, findLifecycle } from "../../decisions/lifecycle.js";
import {
  InvalidCursorError,
  type RegisterFilters,
  searchDecisions,
} from "../../decisions/search.js";
import { AppError } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { decisionNotFound as notFound, visibleDecision } from "./access.js";
import { registerDecisionExportRoutes } from "./export-routes.js";
import { type RegisterQuery, registerQuerySchema } from "./register-schema.js";

/** The decision register: search and filters over an organisation's decisions, and lifecycle. */
export function registerDecisionRegisterRoutes(app: App, ctx: AppContext): void {
  registerDecisionExportRoutes(app, ctx);

  app.get(
    "/api/orgs/:orgId/decisions/register",
    {
      schema: {
        summary: "Search, filter, sort and page through the organisation's decisions",
        tags: ["decisions"],
        params: z.strictObject({ orgId: idSchema }),
        querystring: registerQuerySchema,
        response: { 200: registerPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewDecisions");
      // VALIDATION: the schema bounds every field; the cursor is checked as it is read.
      // RESOLUTION
      try {
        return await searchDecisions(ctx.storage.db, ctx.storage.kind, {
          organisationId: orgId,
          query: request.query.q,
          filters: registerFilters(request.query),
          sort: request.query.sort,
          cursor: request.query.cursor,
          limit: request.query.limit,
        });
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw new AppError(400, "invalid_register_cursor", error.message);
        }
        throw error;
      }
    },
  );

  app.get(
    "/api/decisions/:decisionId/status",
    {
      schema: {
        summary: "Where a decision is in its life: in effect, under review, superseded, revoked",
        tags: ["decisions"],
        params: z.strictObject({ decisionId: idSchema }),
        response: { 200: decisionLifecycleSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      await visibleDecision(request, ctx, request.params.decisionId);
      // RESOLUTION
      const lifecycle = await findLifecycle(ctx.storage.db, request.params.decisionId);
      if (lifecycle === undefined) throw notFound();
      return lifecycle;
    },
  );

  app.post(
    "/api/decisions/:decisionId/status",
    {
      schema: {
        summary: "Put a decision under review, back in effect, supersede or revoke it",
        tags: ["decisions"],
        params: z.strictObject({ decisionId: idSchema }),
        body: decisionStatusChangeSchema,
        response: { 200: decisionLifecycleSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: members see the decision but may not change it.
      const { decisionId } = request.params;
      const { organisationId, role } = await visibleDecision(request, ctx, decisionId);
      if (!can(role, "manageDecisions")) {
        throw new AppError(403, "forbidden", "Your role does not allow changing decisions.");
      }
      // VALIDATION and RESOLUTION: core's lifecycle rules decide inside the transaction, against
      // the rows as they are then.
      const refusal = await changeDecisionStatus(
        ctx.storage.db,
        organisationId,
        decisionId,
        request.body,
        ctx.clock.now().toISOString(),
      );
      if (refusal === "superseding_decision_not_found") {
        throw new AppError(422, refusal, "No later decision with that id in this organisation.");
      }
      if (refusal !== undefined) {
        throw new AppError(409, refusal, "The decision cannot change like that.");
      }
      const lifecycle = await findLifecycle(ctx.storage.db, decisionId);
      if (lifecycle === undefined) throw notFound();
      return lifecycle;
    },
  );
}

/** The register's filters from its query string (register-schema.ts). */
export function registerFilters(query: Omit<RegisterQuery, "cursor" | "limit">): RegisterFilters {
  return {
    processId: query.process,
    facilitatorId: query.facilitator,
    decidedFrom: query.from,
    decidedTo: query.to,
    status: query.status,
    hasOpenActions: query.openActions,
    reviewDueBy: query.reviewDueBy,
  };
}
