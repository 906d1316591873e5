import {
  type Actor,
  can,
  commandEnvelopeSchema,
  idSchema,
  joinCodeSchema,
  joinedSchema,
  joinPreviewSchema,
  opinionMapViewSchema,
  redactOpinionMap,
  redactState,
  sessionSummarySchema,
  type Viewer,
} from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { findUserById } from "../../accounts/users.js";
import { AppError, unauthenticated } from "../../errors.js";
import type { OpinionMaps } from "../../opinions/live-maps.js";
import { sessionRole } from "../../sessions/facilitators.js";
import { newJoinCode } from "../../sessions/join-codes.js";
import { createParticipant, findParticipantByToken } from "../../sessions/participants.js";
import { findSession, findSessionByJoinCode, listSessions } from "../../sessions/read-model.js";
import type { ExecuteResult, SessionRuntime } from "../../sessions/runtime.js";
import { isUniqueViolation } from "../../storage/constraints.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import type { RateLimits } from "../plugins/rate-limits.js";
import { requireCapability, requireLogin, requireSessionCapability } from "../plugins/session.js";

export const PARTICIPANT_TOKEN_HEADER = "x-participant-token";

// The engine's own schema judges the details (lengths, steps); this only bounds the envelope.
const createSessionBodySchema = z.strictObject({
  title: z.string().max(1_000),
  question: z.string().max(5_000).default(""),
  language: z.string().max(10),
  anonymity: z.string().max(40).optional(),
  groundRules: z.array(z.string().max(1_000)).max(50).optional(),
  steps: z.array(z.unknown()).max(100).optional(),
});

const commandBodySchema = z.strictObject({
  commandId: z.string().min(1).max(64),
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});

export function registerSessionRoutes(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
  limits: RateLimits,
  maps: OpinionMaps,
): void {
  app.post(
    "/api/orgs/:orgId/sessions",
    {
      schema: {
        summary: "Create a session (draft) with its join code (facilitators)",
        tags: ["sessions"],
        params: z.strictObject({ orgId: idSchema }),
        body: createSessionBodySchema,
        response: { 201: sessionSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "runSessions");
      const actor = await facilitatorActor(ctx, session.userId);
      // VALIDATION: by the engine's command schema, so the rules live in one place.
      const command = parseCommand(
        {
          commandId: crypto.randomUUID(),
          type: "session.create",
          payload: { organisationId: orgId, ...request.body },
        },
        true,
      );
      // RESOLUTION: the read-model row first (the log refers to it), then the first event.
      const sessionId = crypto.randomUUID();
      const now = ctx.clock.now().toISOString();
      const joinCode = await insertSessionRow(ctx, {
        id: sessionId,
        organisation_id: orgId,
        title: request.body.title,
        status: "draft",
        language: request.body.language,
        anonymity: request.body.anonymity ?? "named",
        created_by: session.userId,
        created_at: now,
        updated_at: now,
      });
      const result = await runtime.execute(sessionId, command, actor);
      if (!result.ok) {
        await ctx.storage.db.deleteFrom("sessions").where("id", "=", sessionId).execute();
        throw refused(result);
      }
      const row = await findSession(ctx.storage.db, sessionId);
      if (!row) throw new AppError(404, "session_not_found", "No such session.");
      return reply.status(201).send({ ...summary(row), joinCode });
    },
  );

  app.get(
    "/api/orgs/:orgId/sessions",
    {
      schema: {
        summary: "The organisation's sessions, most recently active first",
        tags: ["sessions"],
        params: z.strictObject({ orgId: idSchema }),
        response: { 200: z.object({ sessions: z.array(sessionSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewSessions");
      return { sessions: (await listSessions(ctx.storage.db, orgId)).map(summary) };
    },
  );

  app.get(
    "/api/sessions/:sessionId",
    {
      schema: {
        summary: "One session's summary with its join code, for the organisation's members",
        tags: ["sessions"],
        params: z.strictObject({ sessionId: idSchema }),
        response: { 200: sessionSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: the same rule as the organisation's list; an outsider learns nothing from an id.
      const { userId } = requireLogin(request);
      const row = await sessionOr404(ctx, request.params.sessionId);
      const role = await sessionRole(ctx.storage.db, row, userId);
      if (!role || !can(role, "viewSessions")) {
        throw new AppError(404, "session_not_found", "No such session.");
      }
      // RESOLUTION
      return summary(row);
    },
  );

  app.post(
    "/api/sessions/:sessionId/commands",
    {
      schema: {
        summary: "Run a facilitator command (edit, open, start, run steps, close)",
        tags: ["sessions"],
        params: z.strictObject({ sessionId: idSchema }),
        body: commandBodySchema,
        response: { 200: z.object({ seq: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      const row = await sessionOr404(ctx, request.params.sessionId);
      const { session } = await requireSessionCapability(request, ctx, row, "runSessions");
      const actor = await facilitatorActor(ctx, session.userId);
      const command = parseCommand(request.body);
      const result = await runtime.execute(row.id, command, actor);
      if (!result.ok) throw refused(result);
      return { seq: result.seq };
    },
  );

  app.get(
    "/api/sessions/:sessionId/view",
    {
      schema: {
        summary:
          "The session as this viewer may see it, at a seq: facilitators by cookie, participants by x-participant-token",
        tags: ["sessions"],
        params: z.strictObject({ sessionId: idSchema }),
        response: {
          200: z.object({
            seq: z.number().int(),
            viewer: z.unknown(),
            state: z.unknown(),
            /** The latest opinion map this server holds for the session, if any (derived data). */
            opinionMap: opinionMapViewSchema.nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const row = await sessionOr404(ctx, request.params.sessionId);
      const viewer = await viewerOf(request, ctx, row);
      const { state, seq } = await runtime.current(row.id);
      const latestMap = maps.latest(row.id);
      return {
        seq,
        viewer,
        state: redactState(state, viewer),
        opinionMap: latestMap ? redactOpinionMap(latestMap, viewer) : null,
      };
    },
  );

  app.get(
    "/api/join/:code",
    {
      preHandler: [limits.joinPerAddress],
      schema: {
        summary: "What a join code leads to, before joining",
        tags: ["join"],
        params: z.strictObject({ code: z.string().max(20) }),
        response: {
          200: joinPreviewSchema,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const row = await sessionByCode(ctx, request.params.code);
      return {
        sessionId: row.id,
        title: row.title,
        status: row.status,
        language: row.language,
        anonymity: row.anonymity,
      };
    },
  );

  app.post(
    "/api/join",
    {
      config: { csrfExempt: true },
      preHandler: [limits.joinPerAddress],
      schema: {
        summary: "Join a session by its code: answers a secret participant token to keep",
        tags: ["join"],
        body: z.strictObject({
          code: z.string().max(20),
          displayName: z.string().max(200).optional(),
        }),
        response: {
          201: joinedSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const row = await sessionByCode(ctx, request.body.code);
      if (row.status !== "open" && row.status !== "running") {
        throw new AppError(
          409,
          "session_not_open",
          "This session is not open for joining right now.",
        );
      }
      const command = parseCommand({
        commandId: crypto.randomUUID(),
        type: "participant.join",
        payload: request.body.displayName ? { displayName: request.body.displayName } : {},
      });
      const { participantId, token } = await createParticipant(
        ctx.storage.db,
        row.id,
        ctx.clock.now(),
      );
      const result = await runtime.execute(row.id, command, { kind: "participant", participantId });
      if (!result.ok) {
        await ctx.storage.db
          .deleteFrom("session_participants")
          .where("id", "=", participantId)
          .execute();
        throw refused(result);
      }
      return reply.status(201).send({ sessionId: row.id, participantId, token });
    },
  );
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

function summary(row: SessionRow) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    language: row.language,
    anonymity: row.anonymity,
    joinCode: row.join_code,
    participantCount: Number(row.participant_count),
    lastSeq: Number(row.last_seq),
    updatedAt: row.updated_at,
  };
}

async function sessionOr404(ctx: AppContext, sessionId: string): Promise<SessionRow> {
  const row = await findSession(ctx.storage.db, sessionId);
  if (!row) throw new AppError(404, "session_not_found", "No such session.");
  return row;
}

async function sessionByCode(ctx: AppContext, code: string): Promise<SessionRow> {
  const parsed = joinCodeSchema.safeParse(code);
  const row = parsed.success ? await findSessionByJoinCode(ctx.storage.db, parsed.data) : undefined;
  if (!row) throw new AppError(404, "join_code_not_found", "No session has this code.");
  return row;
}

async function facilitatorActor(ctx: AppContext, userId: string): Promise<Actor> {
  const user = await findUserById(ctx.storage.db, userId);
  if (!user) throw unauthenticated();
  return { kind: "facilitator", userId, displayName: user.display_name };
}

async function viewerOf(
  request: FastifyRequest,
  ctx: AppContext,
  row: SessionRow,
): Promise<Viewer> {
  const token = request.headers[PARTICIPANT_TOKEN_HEADER];
  if (typeof token === "string" && token.length > 0) {
    const participantId = await findParticipantByToken(ctx.storage.db, row.id, token);
    if (!participantId) {
      throw new AppError(
        401,
        "invalid_participant_token",
        "This participant token is not valid here.",
      );
    }
    return { class: "participant", participantId };
  }
  await requireSessionCapability(request, ctx, row, "runSessions");
  return { class: "facilitator" };
}

/** `bodyIsPayload`: the request body became the command's payload, so paths name its fields. */
function parseCommand(value: unknown, bodyIsPayload = false) {
  const parsed = commandEnvelopeSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(400, "validation_failed", "Some fields are missing or not valid.", {
      issues: parsed.error.issues.map((issue) => ({
        // The body's fields sit under `payload` in the command: name them as the client sent them.
        path: issue.path
          .map(String)
          .filter((part, index) => !(bodyIsPayload && index === 0 && part === "payload")),
        code: issue.code,
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

function refused(result: Extract<ExecuteResult, { ok: false }>): AppError {
  return new AppError(409, "command_refused", result.error.message, {
    domainCode: result.error.code,
  });
}

/** Join codes are random; the UNIQUE index catches the rare clash, and we draw again. */
async function insertSessionRow(
  ctx: AppContext,
  row: Omit<SessionRow, "join_code" | "participant_count" | "last_seq">,
): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const joinCode = newJoinCode();
    try {
      await ctx.storage.db
        .insertInto("sessions")
        .values({ ...row, join_code: joinCode, participant_count: 0, last_seq: 0 })
        .execute();
      return joinCode;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("could not find a free join code");
}
