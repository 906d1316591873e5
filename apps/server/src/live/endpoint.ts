import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type {} from "@fastify/cookie";
import { newId } from "../accounts/tokens.js";
import type { App, AppContext } from "../http/context.js";
import { isSameOrigin } from "../http/plugins/session.js";
import type { OpinionMaps } from "../opinions/live-maps.js";
import type { SessionRuntime } from "../sessions/runtime.js";
import type { SessionBus } from "./bus.js";
import { LiveHub } from "./hub.js";
import { identifyClient } from "./identify.js";

export const LIVE_PATH = "/api/live";

/**
 * Mounts the WebSocket endpoint on the HTTP server. The Origin check matters here more than
 * anywhere: browsers send cookies with a cross-site WebSocket handshake, and no CORS stops it.
 */
export function registerLiveEndpoint(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
  bus: SessionBus,
  maps: OpinionMaps,
): LiveHub {
  const hub = new LiveHub(
    runtime,
    bus,
    newId(),
    (request, hello) => identifyClient(ctx, (header) => app.parseCookie(header), request, hello),
    app.log,
    maps,
  );
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? "").split("?")[0];
    // Nothing else here speaks WebSocket: answer, rather than leave the client hanging.
    if (path !== LIVE_PATH) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    if (!isSameOrigin(request.headers.origin, request.headers.host, ctx.config.publicUrl)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    hub.handleUpgrade(request, socket, head);
  };
  app.addHook("onReady", async () => {
    app.server.on("upgrade", onUpgrade);
  });
  app.addHook("onClose", async () => {
    app.server.off("upgrade", onUpgrade);
    await hub.close();
    await bus.close();
  });
  return hub;
}
