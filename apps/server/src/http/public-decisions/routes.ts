import {
  can,
  idSchema,
  publicDecisionRecord,
  publicDecisionSchema,
  publicLinkChangeSchema,
  publicLinkSchema,
} from "@samspel/core";
import { z } from "zod";
import { decisionPdf } from "../../decisions/exports.js";
import { findLifecycle } from "../../decisions/lifecycle.js";
import {
  decisionOfToken,
  disablePublicLink,
  enablePublicLink,
  findPublicLink,
} from "../../decisions/public-links.js";
import { findDecision } from "../../decisions/read-model.js";
import { AppError } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { visibleDecision } from "../decisions/access.js";
import { pdfFile, sendPdf } from "../downloads.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";
import { publicTokenParamsSchema } from "./schema.js";

const decisionParams = z.strictObject({ decisionId: idSchema });

/** No cache or proxy keeps a public answer: a link turned off must stop working at once. */
const NOT_KEPT = "no-store";

/**
 * A decision's public read-only link: managers turn it on or off; anyone with the token reads
 * the record without names (core's publicDecisionRecord), on the page or as a PDF.
 */
export function registerPublicDecisionRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/decisions/:decisionId/public-link",
    {
      schema: {
        summary: "Whether the decision has a public read-only link, and its token (members)",
        tags: ["decisions"],
        params: decisionParams,
        response: { 200: publicLinkSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      await visibleDecision(request, ctx, request.params.decisionId);
      // RESOLUTION
      return findPublicLink(ctx.storage.db, request.params.decisionId);
    },
  );

  app.put(
    "/api/decisions/:decisionId/public-link",
    {
      schema: {
        summary: "Turn the decision's public read-only link on or off (managers of decisions)",
        tags: ["decisions"],
        params: decisionParams,
        body: publicLinkChangeSchema,
        response: { 200: publicLinkSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: another organisation's decision is "not found", a member's attempt "forbidden".
      const { decisionId } = request.params;
      const { role } = await visibleDecision(request, ctx, decisionId);
      if (!can(role, "manageDecisions")) {
        throw new AppError(403, "forbidden", "Your role does not allow sharing decisions.");
      }
      // RESOLUTION
      if (!request.body.enabled) {
        await disablePublicLink(ctx.storage.db, decisionId);
        return findPublicLink(ctx.storage.db, decisionId);
      }
      const { userId } = requireLogin(request);
      return enablePublicLink(ctx.storage.db, decisionId, userId, ctx.clock.now().toISOString());
    },
  );

  /** The public view behind a token, or the one answer for every token that opens nothing. */
  async function publicDecision(token: string) {
    const decisionId = await decisionOfToken(ctx.storage.db, token);
    const decision = decisionId && (await findDecision(ctx.storage.db, decisionId));
    const lifecycle = decisionId && (await findLifecycle(ctx.storage.db, decisionId));
    if (!decision || !lifecycle) {
      throw new AppError(404, "public_link_not_found", "This link does not lead to a decision.");
    }
    return { record: publicDecisionRecord(decision.record), lifecycle };
  }

  app.get(
    "/api/public/decisions/:token",
    {
      schema: {
        summary: "A decision shared by its public link, without names (no login)",
        tags: ["decisions"],
        params: publicTokenParamsSchema,
        response: { 200: publicDecisionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: the token is the permission. RESOLUTION: the record without names.
      const shared = await publicDecision(request.params.token);
      return reply.header("cache-control", NOT_KEPT).send(shared);
    },
  );

  app.get(
    "/api/public/decisions/:token/export.pdf",
    {
      schema: {
        summary: "A decision shared by its public link, as a PDF without names (no login)",
        tags: ["decisions"],
        params: publicTokenParamsSchema,
        response: { 200: pdfFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: the token is the permission.
      const { record, lifecycle } = await publicDecision(request.params.token);
      // RESOLUTION
      const pdf = await decisionPdf(record, lifecycle);
      return sendPdf(reply.header("cache-control", NOT_KEPT), record.title, record.decisionId, pdf);
    },
  );
}
