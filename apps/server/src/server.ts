import { Redis } from "ioredis";
import { deleteExpiredLoginSessions } from "./accounts/login-sessions.js";
import { buildApp } from "./app.js";
import { systemClock } from "./clock.js";
import type { Config } from "./config.js";
import { InProcessBus, RedisBus } from "./live/bus.js";
import { migrateToLatest, openStorage } from "./storage/database.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;

/** Opens storage, brings its schema up to date, and serves until closed. */
export async function startServer(config: Config): Promise<RunningServer> {
  const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(storage);
  const redis = config.redisUrl
    ? // Fail fast rather than queue: a rate-limit check must not hang a login when Redis is away.
      new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    : undefined;

  const app = await buildApp({
    config,
    storage,
    ...(redis ? { redis } : {}),
    bus: config.redisUrl ? new RedisBus(config.redisUrl) : new InProcessBus(),
    logger: {
      level: config.logLevel,
      // Cookies and CSRF tokens are credentials: they never reach a log file.
      redact: ["req.headers.cookie", 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
  });
  await app.listen({ port: config.port, host: config.host });

  const sweep = setInterval(() => {
    deleteExpiredLoginSessions(storage.db, systemClock.now()).catch((error: unknown) =>
      app.log.warn({ err: error }, "could not delete expired login sessions"),
    );
  }, HOUR_MS);
  sweep.unref();

  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  return {
    url,
    async close() {
      clearInterval(sweep);
      await app.close();
      await storage.close();
      await redis?.quit();
    },
  };
}
