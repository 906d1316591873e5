import { decisionListSchema, decisionSchema, idSchema } from "@samspel/core";
import { z } from "zod";
import { listDecisions } from "../../decisions/read-model.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { visibleDecision } from "./access.js";
import { registerDecisionRegisterRoutes } from "./register-routes.js";
import { decisionListQuerySchema } from "./schema.js";

/**
 * Decision records are written by the session runtime (decisions/read-model.ts) in the
 * transaction of the event that decided or postponed a proposal; these routes only read them.
 */
export function registerDecisionRoutes(app: App, ctx: AppContext): void {
  registerDecisionRegisterRoutes(app, ctx);

  app.get(
    "/api/orgs/:orgId/decisions",
    {
      schema: {
        summary: "The organisation's decisions and postponements, newest first",
        tags: ["decisions"],
        params: z.strictObject({ orgId: idSchema }),
        querystring: decisionListQuerySchema,
        response: { 200: decisionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewDecisions");
      // VALIDATION: the query schema bounds the page.
      // RESOLUTION
      return { decisions: await listDecisions(ctx.storage.db, orgId, request.query) };
    },
  );

  app.get(
    "/api/decisions/:decisionId",
    {
      schema: {
        summary: "A decision record, for members of the decision's organisation",
        tags: ["decisions"],
        params: z.strictObject({ decisionId: idSchema }),
        response: { 200: decisionSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: members of the decision's organisation; everyone else is told it does not exist.
      const { record } = await visibleDecision(request, ctx, request.params.decisionId);
      // RESOLUTION
      return { record };
    },
  );
}
