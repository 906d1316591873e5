import type { Redis } from "ioredis";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import type { App } from "../http/context.js";
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from "../http/plugins/rate-limits.js";
import type { SessionBus } from "../live/bus.js";
import type { Backend, TestStorage } from "./backends.js";
import { TestClock } from "./clock.js";

export interface TestApp {
  app: App;
  storage: TestStorage;
  clock: TestClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  rateLimits?: Partial<RateLimitSettings>;
  redis?: Redis;
  publicUrl?: string;
  /** Folder of a web build to serve; by default none, so every unknown path is a JSON 404. */
  webRoot?: string | null;
  /** Announces commits across instances; by default an in-process bus of this app alone. */
  bus?: SessionBus;
  /** A sibling connection to another test app's database: a second instance of the server. */
  siblingOf?: TestStorage;
  /** DATA_DIR for flow files and uploads; by default one that does not exist (nothing written). */
  dataDir?: string;
  maxUploadBytes?: number;
  /** SMTP_URL: invitations go out by e-mail through it (a test's own SMTP server). */
  smtpUrl?: string;
  /** Runs after buildApp and before ready: a test can add its own routes (a route that throws). */
  configure?: (app: App) => void;
}

/**
 * The real app on a private database, without a listening socket and, unless given one, without
 * a web build: requests go through app.inject, which runs every hook, parser and serializer a
 * socket request would.
 */
export async function createTestApp(
  backend: Backend,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const storage: TestStorage = options.siblingOf
    ? sibling(options.siblingOf)
    : await backend.open();
  const clock = new TestClock();
  const config = loadConfig({
    DATA_DIR: options.dataDir ?? "/nonexistent",
    LOG_LEVEL: "silent",
    ...(options.publicUrl ? { PUBLIC_URL: options.publicUrl } : {}),
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
  });
  const app = await buildApp({
    config,
    storage,
    clock,
    webRoot: options.webRoot ?? null,
    // Generous by default so that tests making many logins are not throttled by accident.
    rateLimits: {
      ...DEFAULT_RATE_LIMITS,
      loginPerAddress: 1000,
      loginPerAccount: 1000,
      signupPerAddress: 1000,
      ...options.rateLimits,
    },
    ...(options.redis ? { redis: options.redis } : {}),
    ...(options.bus ? { bus: options.bus } : {}),
    ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}),
  });
  options.configure?.(app);
  await app.ready();
  return {
    app,
    storage,
    clock,
    async close() {
      await app.close();
      await storage.dispose();
    },
  };
}

/** Closing a sibling closes its own connection; the database belongs to the first instance. */
function sibling(of: TestStorage): TestStorage {
  const storage = of.openSibling();
  return { ...storage, dispose: () => storage.close(), openSibling: () => of.openSibling() };
}
