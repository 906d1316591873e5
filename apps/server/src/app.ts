import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Redis } from "ioredis";
import { type Clock, systemClock } from "./clock.js";
import type { Config } from "./config.js";
import { decisionEffectsWriter } from "./decisions/effects.js";
import { writeDecisionRecords } from "./decisions/read-model.js";
import { registerActionRoutes } from "./http/actions/routes.js";
import { registerAgendaTemplateRoutes } from "./http/agenda-templates/routes.js";
import { registerAuthRoutes } from "./http/auth/routes.js";
import { registerBookedPeopleRoutes } from "./http/booked-people/routes.js";
import type { App, AppContext } from "./http/context.js";
import { registerCustomerScoreRoutes } from "./http/customer-scores/routes.js";
import { registerDecisionEffectRoutes } from "./http/decision-effects/routes.js";
import { registerDecisionRoutes } from "./http/decisions/routes.js";
import { registerEventLogRoutes } from "./http/event-logs/routes.js";
import { registerFlowFactRoutes } from "./http/flow-facts/routes.js";
import { registerGroupSuggestionRoutes } from "./http/group-suggestions/routes.js";
import { registerHealthRoutes } from "./http/health/routes.js";
import { registerInvitationRoutes } from "./http/invitations/routes.js";
import { registerMeRoutes } from "./http/me/routes.js";
import { registerMemberRoutes } from "./http/members/routes.js";
import { registerMethodRoutes } from "./http/methods/routes.js";
import { registerOrganisationRoutes } from "./http/organisations/routes.js";
import { registerErrorHandling } from "./http/plugins/errors.js";
import {
  createRateLimits,
  DEFAULT_RATE_LIMITS,
  type RateLimitSettings,
} from "./http/plugins/rate-limits.js";
import { registerSessions } from "./http/plugins/session.js";
import { DEFAULT_WEB_ROOT, registerWebApp } from "./http/plugins/web-app.js";
import { registerPreparation } from "./http/preparation/register.js";
import { registerProcessRoutes } from "./http/processes/routes.js";
import { registerPublicDecisionRoutes } from "./http/public-decisions/routes.js";
import { registerSessionReportRoutes } from "./http/session-reports/routes.js";
import { registerSessionRoutes } from "./http/sessions/routes.js";
import { registerTrainingRoutes } from "./http/training/routes.js";
import { InProcessBus, type SessionBus } from "./live/bus.js";
import { registerLiveEndpoint } from "./live/endpoint.js";
import { opinionMaps } from "./opinions/index.js";
import { FlowFiles } from "./processes/flow-files.js";
import { writeProcessSessionLinks } from "./processes/session-links.js";
import { Uploads } from "./processes/uploads.js";
import { writeSessionReadModel } from "./sessions/read-model.js";
import { allReadModels, SessionRuntime } from "./sessions/runtime.js";
import type { Storage } from "./storage/database.js";

export interface AppOptions {
  config: Config;
  storage: Storage;
  clock?: Clock;
  /** Shares rate-limit counters across instances; without it they live in this process. */
  redis?: Redis;
  rateLimits?: RateLimitSettings;
  /** Announces commits to other instances; without it, an in-process bus (one instance). */
  bus?: SessionBus;
  /** Folder of the built web app; null serves the API only. */
  webRoot?: string | null;
  logger?: FastifyServerOptions["logger"];
  /** Largest event log or score file accepted; 512 MB unless a test wants to reach the bound. */
  maxUploadBytes?: number;
  /** How long the opinion map waits for more votes before recomputing; 500 ms unless a test says. */
  opinionMapDebounceMs?: number;
}

/** Account bodies are small; 64 KiB leaves room without inviting memory abuse. */
const BODY_LIMIT_BYTES = 64 * 1024;

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    // Request ids tie one request's log lines together; ours, never taken from a client header.
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only. Fastify parses text/plain by default, which turned a wrong content type into a
  // confusing validation_failed (not 415), and text/plain is the type a cross-site form can send.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    config: options.config,
    storage: options.storage,
    clock: options.clock ?? systemClock,
  };

  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    ...(options.redis ? { redis: options.redis, nameSpace: "samspel:rate:" } : {}),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Samspel API",
        version: options.config.version,
        description:
          "Errors always answer `{error:{code,message,details?}}`. Writes made with the session cookie must send the `x-csrf-token` header from `GET /api/auth/me`.",
      },
    },
    transform: jsonSchemaTransform,
  });
  registerSessions(app, ctx);

  const limits = createRateLimits(app, options.rateLimits ?? DEFAULT_RATE_LIMITS);
  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx, limits);
  registerMeRoutes(app, ctx);
  registerOrganisationRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
  registerInvitationRoutes(app, ctx, limits);
  registerTrainingRoutes(app, ctx);
  // One FlowFiles for the flow routes and the decision effects' baselines: one analysis queue.
  const files = new FlowFiles(ctx.config.dataDir);
  const runtime = new SessionRuntime(
    ctx.storage,
    ctx.clock,
    allReadModels(
      writeSessionReadModel,
      writeDecisionRecords,
      decisionEffectsWriter(files),
      writeProcessSessionLinks,
    ),
  );
  const maps = opinionMaps(app, options.opinionMapDebounceMs);
  registerSessionRoutes(app, ctx, runtime, limits, maps);
  registerDecisionRoutes(app, ctx);
  registerPublicDecisionRoutes(app, ctx);
  registerSessionReportRoutes(app, ctx, runtime);
  registerBookedPeopleRoutes(app, ctx);
  registerGroupSuggestionRoutes(app, ctx, runtime);
  await registerPreparation(app, ctx, runtime, limits);
  registerDecisionEffectRoutes(app, ctx, files);
  registerActionRoutes(app, ctx, files);
  registerMethodRoutes(app, ctx);
  registerAgendaTemplateRoutes(app, ctx);
  registerLiveEndpoint(app, ctx, runtime, options.bus ?? new InProcessBus(), maps);
  await registerFlowRoutes(app, ctx, files, options.maxUploadBytes);
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await registerWebApp(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}

async function registerFlowRoutes(
  app: App,
  ctx: AppContext,
  files: FlowFiles,
  maxUploadBytes?: number,
) {
  const uploads = new Uploads(files.uploadsDir, maxUploadBytes);
  registerProcessRoutes(app, ctx, files);
  registerFlowFactRoutes(app, ctx, files);
  // Multipart only in this encapsulated context: everywhere else a form body stays a 415, as a
  // cross-site form post should (see the text/plain note above).
  await app.register(async (scoped) => {
    await scoped.register(fastifyMultipart);
    const typed = scoped.withTypeProvider<ZodTypeProvider>();
    registerEventLogRoutes(typed, ctx, files, uploads);
    registerCustomerScoreRoutes(typed, ctx, files, uploads);
  });
}
