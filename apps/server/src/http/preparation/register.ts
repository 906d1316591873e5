import fastifyMultipart from "@fastify/multipart";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Mailer } from "../../preparation/mailer.js";
import { MaterialFiles } from "../../preparation/materials.js";
import type { SessionRuntime } from "../../sessions/runtime.js";
import type { App, AppContext } from "../context.js";
import type { RateLimits } from "../plugins/rate-limits.js";
import { registerAgendaPdfRoute } from "./agenda-route.js";
import { registerSessionInvitationRoutes } from "./invitation-routes.js";
import { registerInviteeRoutes } from "./invitee-routes.js";
import { registerMaterialRoutes } from "./material-routes.js";
import { registerPreparationRoutes } from "./routes.js";

/** Everything about preparing a session, with the one mailer its routes share. */
export async function registerPreparation(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
  limits: RateLimits,
): Promise<void> {
  const files = new MaterialFiles(ctx.config.dataDir);
  const mailer = ctx.config.smtpUrl ? new Mailer(ctx.config.smtpUrl, ctx.config.smtpFrom) : null;
  if (mailer) app.addHook("onClose", async () => mailer.close());
  registerPreparationRoutes(app, ctx);
  registerAgendaPdfRoute(app, ctx, runtime);
  registerSessionInvitationRoutes(app, ctx, runtime, mailer);
  registerInviteeRoutes(app, ctx, runtime, files, limits);
  // Multipart only in this encapsulated context, as for the flow imports (see app.ts).
  await app.register(async (scoped) => {
    await scoped.register(fastifyMultipart);
    registerMaterialRoutes(scoped.withTypeProvider<ZodTypeProvider>(), ctx, files);
  });
}
