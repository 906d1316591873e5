import {
  actionCommentSchema,
  actionSchema,
  actionStatusChangeSchema,
  actionUpdateSchema,
  decisionActionsResponseSchema,
  idSchema,
  mayChangeActionStatus,
  mayManageActions,
  newActionCommentSchema,
  newActionSchema,
} from "@samspel/core";
import { z } from "zod";
import {
  addAction,
  addComment,
  changeActionStatus,
  listDecisionActions,
  updateAction,
} from "../../actions/store.js";
import { AppError } from "../../errors.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import type { App, AppContext } from "../context.js";
import { visibleDecision } from "../decisions/access.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";
import { assertOwnerIsMember, reread, visibleAction } from "./access.js";
import { registerCalendarRoutes } from "./calendar-routes.js";
import { registerActionListRoutes } from "./list-routes.js";

const actionParams = z.strictObject({ actionId: idSchema });
const decisionParams = z.strictObject({ decisionId: idSchema });

const forbidden = (what: string) =>
  new AppError(403, "forbidden", `Your role does not allow ${what}.`);

/**
 * Following a decision up: its actions' status, owners, due dates and comments. The actions the
 * meeting gave are written with the decision record; these routes change and add to them.
 */
export function registerActionRoutes(app: App, ctx: AppContext, files: FlowFiles): void {
  registerActionListRoutes(app, ctx, files);
  registerCalendarRoutes(app, ctx);

  app.get(
    "/api/decisions/:decisionId/actions",
    {
      schema: {
        summary: "A decision's actions with their status and comments (members)",
        tags: ["actions"],
        params: decisionParams,
        response: { 200: decisionActionsResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { role } = await visibleDecision(request, ctx, request.params.decisionId);
      // RESOLUTION
      return {
        actions: await listDecisionActions(ctx.storage.db, request.params.decisionId),
        canManage: mayManageActions(role),
      };
    },
  );

  app.post(
    "/api/decisions/:decisionId/actions",
    {
      schema: {
        summary: "Add an action to a decision after the meeting (decision managers)",
        tags: ["actions"],
        params: decisionParams,
        body: newActionSchema,
        response: { 201: actionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { decisionId } = request.params;
      const { organisationId, role } = await visibleDecision(request, ctx, decisionId);
      if (!mayManageActions(role)) throw forbidden("adding actions");
      // VALIDATION
      const { ownerUserId } = request.body;
      if (ownerUserId !== undefined) await assertOwnerIsMember(ctx, organisationId, ownerUserId);
      // RESOLUTION
      const { userId } = requireLogin(request);
      const id = await addAction(ctx.storage.db, decisionId, request.body, userId);
      return reply.code(201).send(await reread(ctx, id));
    },
  );

  app.post(
    "/api/actions/:actionId/status",
    {
      schema: {
        summary: "Tick an action done, drop it with a reason, or reopen it (owner, managers)",
        tags: ["actions"],
        params: actionParams,
        body: actionStatusChangeSchema,
        response: { 200: actionSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { action, role, userId } = await visibleAction(request, ctx, request.params.actionId);
      if (!mayChangeActionStatus({ userId, role }, action.ownerUserId)) {
        throw forbidden("changing someone else's action");
      }
      // VALIDATION and RESOLUTION: core's rules, against the status the update names.
      const refusal = await changeActionStatus(
        ctx.storage.db,
        action,
        request.body,
        userId,
        ctx.clock.now().toISOString(),
      );
      if (refusal === "action_drop_needs_reason") {
        throw new AppError(422, refusal, "Say why the action is dropped.");
      }
      if (refusal !== undefined) {
        throw new AppError(409, refusal, `An action that is ${action.status} cannot become that.`);
      }
      return reread(ctx, action.id);
    },
  );

  app.patch(
    "/api/actions/:actionId",
    {
      schema: {
        summary: "Link an action's owner to a member, or move its due date (managers)",
        tags: ["actions"],
        params: actionParams,
        body: actionUpdateSchema,
        response: { 200: actionSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { action, organisationId, role } = await visibleAction(
        request,
        ctx,
        request.params.actionId,
      );
      if (!mayManageActions(role)) throw forbidden("changing actions");
      // VALIDATION
      const { ownerUserId } = request.body;
      if (ownerUserId != null) await assertOwnerIsMember(ctx, organisationId, ownerUserId);
      // RESOLUTION
      await updateAction(ctx.storage.db, action.id, request.body);
      return reread(ctx, action.id);
    },
  );

  app.post(
    "/api/actions/:actionId/comments",
    {
      schema: {
        summary: "Comment on an action (members)",
        tags: ["actions"],
        params: actionParams,
        body: newActionCommentSchema,
        response: { 201: actionCommentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: whoever reads the decision may say how its actions go.
      const { action, userId } = await visibleAction(request, ctx, request.params.actionId);
      // VALIDATION: the schema bounds the text.
      // RESOLUTION: the name is kept as it was, so a comment reads the same after a rename.
      const author = await ctx.storage.db
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", userId)
        .executeTakeFirstOrThrow();
      const comment = await addComment(
        ctx.storage.db,
        action.id,
        { userId, name: author.display_name },
        request.body.text,
        ctx.clock.now().toISOString(),
      );
      return reply.code(201).send(comment);
    },
  );
}
