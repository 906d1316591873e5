import {
  can,
  feedbackBodySchema,
  feedbackOpen,
  idSchema,
  participationFigures,
  type Role,
  reflectionBodySchema,
  reflectionSchema,
  type SessionReport,
  sessionReportSchema,
} from "@samspel/core";
import { z } from "zod";
import { decisionsOfSession } from "../../decisions/read-model.js";
import { renderPdf } from "../../documents/pdf.js";
import { AppError } from "../../errors.js";
import {
  addFeedback,
  findReflection,
  saveReflection,
  summariseFeedback,
} from "../../sessions/aftercare.js";
import { findParticipantByToken } from "../../sessions/participants.js";
import { findSession } from "../../sessions/read-model.js";
import { reportDocument } from "../../sessions/report-document.js";
import type { SessionRuntime } from "../../sessions/runtime.js";
import type { App, AppContext } from "../context.js";
import { pdfFile, sendPdf } from "../downloads.js";
import { errorResponses } from "../error-responses.js";
import { requireSessionCapability } from "../plugins/session.js";
import { PARTICIPANT_TOKEN_HEADER } from "../sessions/routes.js";

const sessionParams = z.strictObject({ sessionId: idSchema });

/** After a session: the facilitator's reflection, participants' feedback, and the report. */
export function registerSessionReportRoutes(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
): void {
  app.put(
    "/api/sessions/:sessionId/reflection",
    {
      schema: {
        summary:
          "Save the facilitator's reflection: what we did, how, and the effect (facilitators)",
        tags: ["session reports"],
        params: sessionParams,
        body: reflectionBodySchema,
        response: { 200: reflectionSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const row = await sessionOr404(ctx, request.params.sessionId);
      const { session } = await requireSessionCapability(request, ctx, row, "runSessions");
      // RESOLUTION: the latest wording wins; a reflection may grow as effects show.
      await saveReflection(ctx.storage.db, row.id, request.body, session.userId, ctx.clock.now());
      const saved = await findReflection(ctx.storage.db, row.id);
      if (!saved) throw new Error("a reflection just saved must be there");
      return saved;
    },
  );

  app.post(
    "/api/sessions/:sessionId/feedback",
    {
      // A participant has no account, hence no cookie to forge: their token header is the proof.
      config: { csrfExempt: true },
      schema: {
        summary:
          "Give anonymous feedback on a running or closed session, once (participants, by x-participant-token)",
        tags: ["session reports"],
        params: sessionParams,
        body: feedbackBodySchema,
        response: { 201: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const row = await sessionOr404(ctx, request.params.sessionId);
      const token = request.headers[PARTICIPANT_TOKEN_HEADER];
      const participantId =
        typeof token === "string" && token.length > 0
          ? await findParticipantByToken(ctx.storage.db, row.id, token)
          : undefined;
      if (!participantId) {
        throw new AppError(
          401,
          "invalid_participant_token",
          "Your participant token is not valid here.",
        );
      }
      // VALIDATION
      if (!feedbackOpen(row)) {
        throw new AppError(409, "session_not_open", "Feedback opens when the session has started.");
      }
      // RESOLUTION
      const added = await addFeedback(
        ctx.storage.db,
        row.id,
        participantId,
        request.body,
        ctx.clock.now(),
      );
      if (!added) {
        throw new AppError(409, "feedback_already_given", "You have already given feedback.");
      }
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.get(
    "/api/sessions/:sessionId/report",
    {
      schema: {
        summary:
          "The session report: question, decisions, participation figures, feedback summary and reflection (members)",
        tags: ["session reports"],
        params: sessionParams,
        response: { 200: sessionReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const row = await sessionOr404(ctx, request.params.sessionId);
      const { role } = await requireSessionCapability(request, ctx, row, "viewSessions");
      // RESOLUTION
      return buildReport(ctx, runtime, row.id, role);
    },
  );

  app.get(
    "/api/sessions/:sessionId/report.pdf",
    {
      schema: {
        summary: "The session report as a PDF file, in the session's language (members)",
        tags: ["session reports"],
        params: sessionParams,
        response: { 200: pdfFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: the report's own rule, figures per person included.
      const row = await sessionOr404(ctx, request.params.sessionId);
      const { role } = await requireSessionCapability(request, ctx, row, "viewSessions");
      // RESOLUTION
      const report = await buildReport(ctx, runtime, row.id, role);
      const pdf = await renderPdf(reportDocument(report));
      return sendPdf(reply, report.session.title, row.id, pdf);
    },
  );
}

/** The report as the route answers it; participation is computed from the log each time. */
async function buildReport(
  ctx: AppContext,
  runtime: SessionRuntime,
  sessionId: string,
  role: Role,
): Promise<SessionReport> {
  const { state } = await runtime.current(sessionId);
  const runsSession = can(role, "runSessions");
  const participation = participationFigures(state, runsSession ? "facilitator" : "member");
  const [decisions, feedback, reflection] = await Promise.all([
    decisionsOfSession(ctx.storage.db, sessionId),
    summariseFeedback(ctx.storage.db, sessionId),
    findReflection(ctx.storage.db, sessionId),
  ]);
  return {
    session: {
      id: sessionId,
      title: state.title,
      question: state.question,
      language: state.language,
      status: state.status,
      startedAt: state.startedAt,
      closedAt: state.closedAt,
    },
    decisions,
    participation,
    feedback,
    reflection,
    mayReflect: runsSession,
  };
}

async function sessionOr404(ctx: AppContext, sessionId: string) {
  const row = await findSession(ctx.storage.db, sessionId);
  if (!row) throw new AppError(404, "session_not_found", "No such session.");
  return row;
}
