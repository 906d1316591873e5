import { idSchema } from "@samspel/core";
import { z } from "zod";
import { renderPdf } from "../../documents/pdf.js";
import { findPreparation } from "../../preparation/store.js";
import { agendaDocument } from "../../sessions/agenda-document.js";
import type { SessionRuntime } from "../../sessions/runtime.js";
import type { App, AppContext } from "../context.js";
import { pdfFile, sendPdf } from "../downloads.js";
import { errorResponses } from "../error-responses.js";
import { asFacilitator } from "./access.js";

const sessionParams = z.strictObject({ sessionId: idSchema });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The browser says where the facilitator reads the clock; the preparation stores UTC. */
const agendaQuery = z.strictObject({
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, "Not a time zone name (IANA, e.g. Europe/Oslo).")
    .optional(),
});

/** The agenda to print: the session's design with its preparation, for whoever runs it. */
export function registerAgendaPdfRoute(app: App, ctx: AppContext, runtime: SessionRuntime): void {
  app.get(
    "/api/sessions/:sessionId/agenda.pdf",
    {
      schema: {
        summary:
          "The facilitator's agenda as a PDF: question, purpose, outcome, meeting time, ground rules and each step with its timebox, clock time, prompt and notes (facilitators)",
        tags: ["preparation"],
        params: sessionParams,
        querystring: agendaQuery,
        response: { 200: pdfFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: the notes are the facilitator's own, so only those who run sessions get them.
      const { row } = await asFacilitator(request, ctx);
      // VALIDATION: the query schema (an unknown time zone is validation_failed on ["tz"]).
      // RESOLUTION
      const [{ state }, preparation] = await Promise.all([
        runtime.current(row.id),
        findPreparation(ctx.storage.db, row.id),
      ]);
      const steps = state.stepOrder.flatMap((stepId) => state.steps[stepId] ?? []);
      const pdf = await renderPdf(
        agendaDocument({
          id: row.id,
          title: state.title,
          question: state.question,
          language: state.language,
          groundRules: state.groundRules,
          steps,
          preparation,
          timeZone: request.query.tz ?? "UTC",
        }),
      );
      return sendPdf(reply, state.title, row.id, pdf);
    },
  );
}
