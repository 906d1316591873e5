import { healthSchema } from "@samspel/core";
import { sql } from "kysely";
import { AppError } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";

export function registerHealthRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/healthz",
    {
      schema: {
        summary: "Liveness and readiness: answers 200 only when the database answers",
        tags: ["operations"],
        response: { 200: healthSchema, ...errorResponses },
      },
    },
    async (request) => {
      try {
        await sql`select 1`.execute(ctx.storage.db);
      } catch (error) {
        request.log.error({ err: error }, "health check: database did not answer");
        throw new AppError(503, "storage_unavailable", "The database does not answer.");
      }
      return { status: "ok" as const, version: ctx.config.version, storage: ctx.storage.kind };
    },
  );
}
