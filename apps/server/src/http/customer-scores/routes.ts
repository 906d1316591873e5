import { customerScoresSchema, scoreMappingSchema, scoresPlanSchema } from "@samspel/core";
import { importScores, planCsvImport, suggestScoreMapping } from "@samspel/flow";
import { z } from "zod";
import { newId } from "../../accounts/tokens.js";
import { AppError } from "../../errors.js";
import { orThrow } from "../../processes/flow-errors.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import { getProcess } from "../../processes/register.js";
import type { Uploads } from "../../processes/uploads.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { uploadParamsSchema } from "../event-logs/schema.js";
import { processParamsSchema } from "../processes/schema.js";
import { openUpload, receiveProcessUpload } from "../uploads/steps.js";

export function registerCustomerScoreRoutes(
  app: App,
  ctx: AppContext,
  files: FlowFiles,
  uploads: Uploads,
): void {
  app.post(
    "/api/processes/:processId/customer-scores/uploads",
    {
      schema: {
        summary:
          "Upload customer-experience scores (CSV, per case or per date; multipart field `file`); answers the columns, a preview and a suggested mapping",
        tags: ["customer scores"],
        consumes: ["multipart/form-data"],
        params: processParamsSchema,
        response: { 201: scoresPlanSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const meta = await receiveProcessUpload(
        request,
        ctx,
        uploads,
        request.params.processId,
        "customer-scores",
        async (path) => ({ format: "csv", plan: orThrow(await planCsvImport(path)) }),
      );
      const plan = meta.plan;
      if (!plan) throw new Error("a score upload always has a CSV plan");
      return reply.status(201).send({
        uploadId: meta.id,
        fileName: meta.fileName,
        columns: plan.columns,
        preview: plan.preview,
        mapping: suggestScoreMapping(plan),
      });
    },
  );

  app.post(
    "/api/processes/:processId/customer-scores/uploads/:uploadId/confirm",
    {
      schema: {
        summary:
          "Import the uploaded scores with this mapping, replacing the process's earlier ones",
        tags: ["customer scores"],
        params: uploadParamsSchema,
        body: z.strictObject({ mapping: scoreMappingSchema }),
        response: { 201: customerScoresSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { uploadId } = request.params;
      const { process, userId, upload } = await openUpload(
        request,
        ctx,
        uploads,
        "customer-scores",
      );
      if (!upload.plan) throw new AppError(404, "upload_not_found", "Upload the file again.");
      const plan = upload.plan;
      const { mapping } = request.body;
      // RESOLUTION: a score set per process; its id stays, its file is replaced in one rename.
      const current = await ctx.storage.db
        .selectFrom("customer_scores")
        .select("id")
        .where("process_id", "=", process.id)
        .executeTakeFirst();
      const id = current?.id ?? newId();
      const report = orThrow(
        await files.analyse(async () => importScores(plan, mapping, await files.scoresPath(id))),
      );
      const row = {
        id,
        process_id: process.id,
        file_name: upload.fileName,
        kind: mapping.kind,
        mapping: JSON.stringify(mapping),
        imported_at: ctx.clock.now().toISOString(),
        imported_by: userId,
        responses: report.responses,
        report: JSON.stringify({ ...report, fileName: upload.fileName }),
      };
      await ctx.storage.db.transaction().execute(async (trx) => {
        await trx.deleteFrom("customer_scores").where("process_id", "=", process.id).execute();
        await trx.insertInto("customer_scores").values(row).execute();
      });
      await uploads.discard(uploadId);
      const stored = (await getProcess(ctx.storage.db, process.id)).customerScores;
      if (!stored) throw new Error("customer scores row missing right after its insert");
      return reply.status(201).send(stored);
    },
  );
}
