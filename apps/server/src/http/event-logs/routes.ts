import {
  confirmImportBodySchema,
  eventLogSchema,
  type ImportPlan,
  importPlanSchema,
  updateEventLogBodySchema,
} from "@samspel/core";
import { DEFAULT_XES_MAPPING, detectLogFormat, logCounts, planCsvImport } from "@samspel/flow";
import { newId } from "../../accounts/tokens.js";
import { findUserById } from "../../accounts/users.js";
import { AppError } from "../../errors.js";
import { orThrow } from "../../processes/flow-errors.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import { runImport } from "../../processes/import-log.js";
import { getProcess, replaceEventLog, toEventLog } from "../../processes/register.js";
import type { UploadMeta, Uploads } from "../../processes/uploads.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { processOr404 } from "../processes/access.js";
import { processParamsSchema } from "../processes/schema.js";
import { openUpload, receiveProcessUpload } from "../uploads/steps.js";
import { importedSchema, uploadParamsSchema } from "./schema.js";

export function registerEventLogRoutes(
  app: App,
  ctx: AppContext,
  files: FlowFiles,
  uploads: Uploads,
): void {
  registerOpenCaseRule(app, ctx);

  app.post(
    "/api/processes/:processId/event-log/uploads",
    {
      schema: {
        summary:
          "Import step 1: upload an event log (CSV, XES or XES.gz in the multipart field `file`, up to 512 MB); answers the detected settings, a preview and a suggested mapping",
        tags: ["event logs"],
        consumes: ["multipart/form-data"],
        params: processParamsSchema,
        response: { 201: importPlanSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // The flow room reads the first 64 KiB; only a CSV needs a plan of its columns.
      const meta = await receiveProcessUpload(
        request,
        ctx,
        uploads,
        request.params.processId,
        "event-log",
        async (path) => {
          const format = await detectLogFormat(path);
          return { format, plan: format === "csv" ? orThrow(await planCsvImport(path)) : null };
        },
      );
      return reply.status(201).send(planForClient(meta));
    },
  );

  app.post(
    "/api/processes/:processId/event-log/uploads/:uploadId/confirm",
    {
      schema: {
        summary:
          "Import step 2: confirm the mapping and import; the process's earlier log is replaced only when the import succeeds",
        tags: ["event logs"],
        params: uploadParamsSchema,
        body: confirmImportBodySchema,
        response: { 201: importedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { uploadId } = request.params;
      // The flow room checks the mapping against the file as it imports; a wrong mapping
      // leaves the upload in place to try again.
      const { process, userId, upload } = await openUpload(request, ctx, uploads, "event-log");
      const { mapping, openCaseRule } = request.body;
      // RESOLUTION: import beside the current log, swap the rows, then remove the old files.
      const logId = newId();
      const imported = await files
        .analyse(async () => {
          const log = await runImport(files, uploads, upload, mapping, logId);
          return { log, counts: await logCounts(log.path) };
        })
        .catch(async (error: unknown) => {
          // A refused import leaves no folder behind (the staging file is gone already).
          await files.remove([logId]);
          throw error;
        });
      const row = {
        id: logId,
        process_id: process.id,
        file_name: upload.fileName,
        format: upload.format,
        mapping: JSON.stringify(mapping),
        open_case_rule: JSON.stringify(openCaseRule),
        imported_at: ctx.clock.now().toISOString(),
        imported_by: userId,
        cases: imported.counts.cases,
        events: imported.counts.events,
        report: JSON.stringify({ ...imported.log.report, fileName: upload.fileName }),
      };
      const replaced = await replaceEventLog(ctx.storage.db, row).catch(async (error: unknown) => {
        await files.remove([logId]);
        throw error;
      });
      await files.remove(replaced);
      await uploads.discard(uploadId);
      const eventLog = toEventLog(
        row,
        (await findUserById(ctx.storage.db, userId))?.display_name ?? null,
      );
      return reply.status(201).send({ eventLog, report: eventLog.report });
    },
  );
}

function registerOpenCaseRule(app: App, ctx: AppContext): void {
  app.patch(
    "/api/processes/:processId/event-log",
    {
      schema: {
        summary:
          "Say which activities finish a case (the open-case rule of throughput, WIP and work-item age); empty: the default rule",
        tags: ["event logs"],
        params: processParamsSchema,
        body: updateEventLogBodySchema,
        response: { 200: eventLogSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const process = await processOr404(request, ctx, request.params.processId, "manageProcesses");
      // RESOLUTION: the rule is read at every facts request, so nothing is recomputed here.
      const updated = await ctx.storage.db
        .updateTable("event_logs")
        .set({ open_case_rule: JSON.stringify(request.body.openCaseRule) })
        .where("process_id", "=", process.id)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        throw new AppError(404, "event_log_not_found", "This process has no event log yet.");
      }
      const eventLog = (await getProcess(ctx.storage.db, process.id)).eventLog;
      if (!eventLog) throw new Error("event log row missing right after its update");
      return eventLog;
    },
  );
}

/** The plan without the server's file path, and with XES's standard keys as its mapping. */
function planForClient(meta: UploadMeta): ImportPlan {
  const base = {
    uploadId: meta.id,
    format: meta.format,
    fileName: meta.fileName,
    sizeBytes: meta.sizeBytes,
  };
  if (!meta.plan) {
    const { activity, timestamp, resource, unit } = DEFAULT_XES_MAPPING;
    return {
      ...base,
      dialect: null,
      columns: [],
      mapping: { activity, timestamp, resource, unit },
      timestampFormats: {},
      preview: [],
      notes: [],
    };
  }
  const { dialect, columns, mapping, timestampFormats, preview, notes } = meta.plan;
  return {
    ...base,
    dialect: {
      encoding: dialect.encoding,
      delimiter: dialect.delimiter,
      quote: dialect.quote,
      header: dialect.header,
    },
    columns,
    mapping,
    timestampFormats,
    preview,
    notes,
  };
}
