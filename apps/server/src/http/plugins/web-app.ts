import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { apiNotFound } from "./errors.js";

/** apps/web/dist, the same relative place from src/ (tests) and from dist/ (production). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../../../web/dist/", import.meta.url));

/**
 * Serves the built web app. Hashed assets are cached for a year; index.html never, so a deploy
 * reaches every browser on its next load. Any other page path gets index.html, because the web
 * app routes on the client. Unknown /api paths answer the JSON 404 instead.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const hasWebApp = webRoot !== null && existsSync(`${webRoot}/index.html`);
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      // index.html for "/": with no index, @fastify/send refuses a directory with 403, and the
      // home page answered an error instead of the app.
      index: ["index.html"],
      setHeaders: (res, filePath) => {
        // Relative to the root: a root that itself sits under an "assets" folder must not make
        // index.html immutable.
        const isAsset = path.relative(webRoot, filePath).startsWith(`assets${path.sep}`);
        res.header("cache-control", isAsset ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  } else if (webRoot !== null) {
    app.log.warn({ webRoot }, "web app not built: run `npm run build` to serve it");
  }

  app.setNotFoundHandler(async (request, reply) => {
    const isPage =
      hasWebApp &&
      (request.method === "GET" || request.method === "HEAD") &&
      !request.url.startsWith("/api/") &&
      !/\.[a-z0-9]+(\?|$)/i.test(request.url);
    if (isPage) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    throw apiNotFound(request.method, request.url);
  });
}
