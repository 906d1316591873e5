import { decisionRecordSchema, idSchema } from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  decisionMarkdown,
  decisionPdf,
  REGISTER_CSV_HEADER,
  registerCsvLines,
} from "../../decisions/exports.js";
import { findLifecycle } from "../../decisions/lifecycle.js";
import { findDecision } from "../../decisions/read-model.js";
import { searchDecisions } from "../../decisions/search.js";
import { loadTrail } from "../../decisions/trail.js";
import { AppError } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { attachment, pdfFile, sendPdf } from "../downloads.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { visibleDecision } from "./access.js";
import { registerFilters } from "./register-routes.js";
import { registerQuerySchema } from "./register-schema.js";

// A file, sent as the text it is: Fastify does not serialise a string payload again.
const download = z.string();

/** Rows fetched per query while writing the CSV: the register's largest page. */
const CSV_PAGE = 100;

/** Downloads: one decision as Markdown or PDF, its trail as JSON, the register as CSV. */
export function registerDecisionExportRoutes(app: App, ctx: AppContext): void {
  const decisionParams = z.strictObject({ decisionId: idSchema });

  /** A decision and its lifecycle, for a member who may see it. */
  async function exportable(request: FastifyRequest, decisionId: string) {
    // AUTH
    await visibleDecision(request, ctx, decisionId);
    // RESOLUTION
    const decision = await findDecision(ctx.storage.db, decisionId);
    const lifecycle = await findLifecycle(ctx.storage.db, decisionId);
    if (!decision || !lifecycle) throw new AppError(404, "decision_not_found", "No such decision.");
    return { record: decision.record, lifecycle };
  }

  app.get(
    "/api/decisions/:decisionId/export.md",
    {
      schema: {
        summary: "A decision and its trail as a Markdown document, in the decision's language",
        tags: ["decisions"],
        params: decisionParams,
        response: { 200: download, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { record, lifecycle } = await exportable(request, request.params.decisionId);
      return reply
        .type("text/markdown; charset=utf-8")
        .header("content-disposition", attachment(record.title, record.decisionId, "md"))
        .send(decisionMarkdown(record, lifecycle));
    },
  );

  app.get(
    "/api/decisions/:decisionId/export.pdf",
    {
      schema: {
        summary: "A decision and its trail as a PDF file, in the decision's language",
        tags: ["decisions"],
        params: decisionParams,
        response: { 200: pdfFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { record, lifecycle } = await exportable(request, request.params.decisionId);
      return sendPdf(reply, record.title, record.decisionId, await decisionPdf(record, lifecycle));
    },
  );

  app.get(
    "/api/decisions/:decisionId/trail.json",
    {
      schema: {
        summary: "A decision's record and its session's event log, as an observer saw it",
        tags: ["decisions"],
        params: decisionParams,
        response: { 200: download, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { decisionId } = request.params;
      await visibleDecision(request, ctx, decisionId);
      // RESOLUTION
      const decision = await findDecision(ctx.storage.db, decisionId);
      if (!decision) throw new AppError(404, "decision_not_found", "No such decision.");
      const trail = await loadTrail(ctx.storage.db, decisionRecordSchema.parse(decision.record));
      return reply
        .type("application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="decision-${decisionId}-trail.json"`)
        .send(
          JSON.stringify({ ...trail, lifecycle: await findLifecycle(ctx.storage.db, decisionId) }),
        );
    },
  );

  app.get(
    "/api/orgs/:orgId/decisions/export.csv",
    {
      schema: {
        summary: "The register as CSV, with the register's filters",
        tags: ["decisions"],
        params: z.strictObject({ orgId: idSchema }),
        querystring: registerQuerySchema.omit({ cursor: true, limit: true }),
        response: { 200: download, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewDecisions");
      // RESOLUTION: page through the register with the same search the page shows.
      let csv = REGISTER_CSV_HEADER;
      let cursor: string | undefined;
      do {
        const page = await searchDecisions(ctx.storage.db, ctx.storage.kind, {
          organisationId: orgId,
          query: request.query.q,
          filters: registerFilters(request.query),
          sort: request.query.sort,
          cursor,
          limit: CSV_PAGE,
        });
        csv += registerCsvLines(page.decisions);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="decisions.csv"')
        .send(csv);
    },
  );
}
