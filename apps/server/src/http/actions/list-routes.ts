import { actionListSchema, celebrationListSchema, idSchema } from "@samspel/core";
import { z } from "zod";
import { myActions, overdueActions } from "../../actions/lists.js";
import { celebrations } from "../../decisions/celebrations.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { today } from "./access.js";

const orgParams = z.strictObject({ orgId: idSchema });

/** An organisation's lists of actions, and the results its decisions brought. */
export function registerActionListRoutes(app: App, ctx: AppContext, files: FlowFiles): void {
  app.get(
    "/api/orgs/:orgId/actions/mine",
    {
      schema: {
        summary: "The caller's actions in this organisation: open first, soonest due first",
        tags: ["actions"],
        params: orgParams,
        response: { 200: actionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "viewDecisions");
      // RESOLUTION
      return { actions: await myActions(ctx.storage.db, orgId, session.userId, today(ctx)) };
    },
  );

  app.get(
    "/api/orgs/:orgId/actions/overdue",
    {
      schema: {
        summary: "Open actions past their due date, longest overdue first (decision managers)",
        tags: ["actions"],
        params: orgParams,
        response: { 200: actionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: chasing other people's actions is for those who answer for decisions.
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "manageDecisions");
      // RESOLUTION
      return { actions: await overdueActions(ctx.storage.db, orgId, today(ctx)) };
    },
  );

  app.get(
    "/api/orgs/:orgId/decisions/celebrations",
    {
      schema: {
        summary:
          "Decisions whose actions are done and whose named effect is confirmed, newest first",
        tags: ["decisions"],
        params: orgParams,
        response: { 200: celebrationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewDecisions");
      // RESOLUTION
      return { decisions: await celebrations(ctx.storage.db, files, orgId) };
    },
  );
}
