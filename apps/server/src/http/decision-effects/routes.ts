import {
  type DecisionEffectResponse,
  decisionEffectResponseSchema,
  idSchema,
  processDecisionListSchema,
  processSessionListSchema,
} from "@samspel/core";
import { z } from "zod";
import {
  currentProcess,
  decisionsForProcess,
  findEffectBaseline,
  judgeEffect,
} from "../../decisions/effects.js";
import { AppError } from "../../errors.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import { sessionsForProcess } from "../../processes/session-links.js";
import type { App, AppContext } from "../context.js";
import { visibleDecision } from "../decisions/access.js";
import { errorResponses } from "../error-responses.js";
import { processOr404 } from "../processes/access.js";

/**
 * A decision's effect follow-up. The verdict is computed on each read from the process's
 * CURRENT event log: the point of following up is that a newer import shows what happened.
 */
export function registerDecisionEffectRoutes(app: App, ctx: AppContext, files: FlowFiles): void {
  app.get(
    "/api/processes/:processId/decisions",
    {
      schema: {
        summary: "The decisions that name this process's flow as the effect they aim for (members)",
        tags: ["decisions"],
        params: z.strictObject({ processId: idSchema }),
        response: { 200: processDecisionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: who may read the process may read which decisions aim at it.
      const process = await processOr404(request, ctx, request.params.processId, "viewProcesses");
      // RESOLUTION
      return { decisions: await decisionsForProcess(ctx.storage.db, process.id) };
    },
  );

  app.get(
    "/api/processes/:processId/sessions",
    {
      schema: {
        summary: "The sessions this process's flow facts were shared into (members)",
        tags: ["processes"],
        params: z.strictObject({ processId: idSchema }),
        response: { 200: processSessionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: who may read the process may see which sessions worked from it.
      const process = await processOr404(request, ctx, request.params.processId, "viewProcesses");
      // RESOLUTION
      return { sessions: await sessionsForProcess(ctx.storage.db, process.id) };
    },
  );

  app.get(
    "/api/decisions/:decisionId/effect",
    {
      schema: {
        summary:
          "The effect a decision named, its baseline, and the verdict from the process's current event log",
        tags: ["decisions"],
        params: z.strictObject({ decisionId: idSchema }),
        response: { 200: decisionEffectResponseSchema, ...errorResponses },
      },
    },
    async (request): Promise<DecisionEffectResponse> => {
      // AUTH: as the decision itself — one answer for "no such decision" and "not yours".
      const { record, organisationId } = await visibleDecision(
        request,
        ctx,
        request.params.decisionId,
      );
      // VALIDATION
      const { effect, at } = record;
      const stored = await findEffectBaseline(ctx.storage.db, request.params.decisionId);
      if (effect === undefined || stored === undefined) {
        throw new AppError(404, "decision_effect_not_found", "This decision names no effect.");
      }
      // RESOLUTION
      const process = await currentProcess(ctx.storage.db, effect.processId, organisationId);
      const decidedOn = at.slice(0, 10);
      return {
        effect,
        decidedOn,
        processName: process?.name ?? null,
        baseline: stored.baseline,
        followUp:
          process?.eventLog == null
            ? null
            : await files.analyse(() => judgeEffect(files, process, effect, decidedOn)),
      };
    },
  );
}
