import {
  compareQuerySchema,
  type EventLog,
  flowFactsResponseSchema,
  periodComparisonSchema,
} from "@samspel/core";
import {
  allFacts,
  attributeValues,
  comparePeriods,
  customerExperience,
  type FlowFilters,
  type FlowLog,
  openFlowLog,
} from "@samspel/flow";
import { AppError } from "../../errors.js";
import { orThrow } from "../../processes/flow-errors.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import { getProcess } from "../../processes/register.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { processOr404 } from "../processes/access.js";
import { processParamsSchema } from "../processes/schema.js";
import { factsQuerySchema, parseFilters } from "./schema.js";

export function registerFlowFactRoutes(app: App, ctx: AppContext, files: FlowFiles): void {
  app.get(
    "/api/processes/:processId/facts",
    {
      schema: {
        summary:
          "Every flow fact of the process's event log, for the cases the filters keep (`filters`: JSON of date range, variants, attribute values)",
        tags: ["flow facts"],
        params: processParamsSchema,
        querystring: factsQuerySchema,
        response: { 200: flowFactsResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      await processOr404(request, ctx, request.params.processId, "viewProcesses");
      // VALIDATION
      const filters = parseFilters(request.query.filters);
      const process = await getProcess(ctx.storage.db, request.params.processId);
      const eventLog = requireLog(process.eventLog);
      // RESOLUTION
      return files.analyse(() =>
        withLog(files, eventLog, filters, async (log) => {
          const scores = process.customerScores;
          return {
            eventLog,
            filters,
            facts: await allFacts(log, eventLog.openCaseRule),
            customerExperience: scores
              ? await customerExperience(
                  log,
                  await files.scoresPath(scores.id),
                  scores.kind,
                  eventLog.openCaseRule,
                )
              : null,
            attributes: await attributeValues(log),
          };
        }),
      );
    },
  );

  app.get(
    "/api/processes/:processId/facts/compare",
    {
      schema: {
        summary:
          "Two periods side by side (cases completed in each): lead time, throughput, variants, rework",
        tags: ["flow facts"],
        params: processParamsSchema,
        querystring: compareQuerySchema,
        response: { 200: periodComparisonSchema, ...errorResponses },
      },
    },
    async (request) => {
      await processOr404(request, ctx, request.params.processId, "viewProcesses");
      const { aFrom, aTo, bFrom, bTo } = request.query;
      const filters = parseFilters(request.query.filters);
      const process = await getProcess(ctx.storage.db, request.params.processId);
      const eventLog = requireLog(process.eventLog);
      return files.analyse(() =>
        withLog(files, eventLog, filters, async (log) =>
          orThrow(
            await comparePeriods(
              log,
              { from: aFrom, to: aTo },
              { from: bFrom, to: bTo },
              eventLog.openCaseRule,
            ),
          ),
        ),
      );
    },
  );
}

function requireLog(eventLog: EventLog | null): EventLog {
  if (!eventLog) {
    throw new AppError(
      404,
      "event_log_not_found",
      "This process has no event log yet. Import one first.",
    );
  }
  return eventLog;
}

async function withLog<T>(
  files: FlowFiles,
  eventLog: EventLog,
  filters: FlowFilters,
  work: (log: FlowLog) => Promise<T>,
): Promise<T> {
  const log = orThrow(await openFlowLog(files.eventsPath(eventLog.id), { filters }));
  try {
    return await work(log);
  } finally {
    log.close();
  }
}
