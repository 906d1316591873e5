import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** CI sets REDIS_URL, so there an unreachable Redis fails the suite instead of skipping it. */
async function redisReachable(): Promise<boolean> {
  const probe = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const redisAvailable = process.env.REDIS_URL !== undefined || (await redisReachable());
if (!redisAvailable) {
  console.warn(
    `\n!!! SKIPPING the cross-instance rate-limit tests: no Redis at ${redisUrl} and REDIS_URL is unset. !!!\n`,
  );
}

const LIMIT = { loginPerAccount: 3 };

/** A failed login for `email`: the account limit counts failures as well as successes. */
function attemptLogin(app: TestApp, email: string) {
  return new TestClient(app.app).post("/api/auth/login", {
    email,
    password: "guess guess guess",
  });
}

describe.each(backends)("login throttling on $kind", (backend) => {
  describe.skipIf(!redisAvailable)("shared through Redis", () => {
    // One connection per app, as two instances on two machines would have.
    let connections: Redis[];
    let instanceA: TestApp;
    let instanceB: TestApp;
    // Redis outlives the test run and the key namespace is fixed: a fresh address per test
    // keeps runs (and the two backends) from counting each other's attempts.
    let email: string;
    beforeEach(async () => {
      email = `target-${randomUUID()}@kommune.example`;
      connections = [new Redis(redisUrl), new Redis(redisUrl)];
      instanceA = await createTestApp(backend, { redis: connections[0], rateLimits: LIMIT });
      instanceB = await createTestApp(backend, { redis: connections[1], rateLimits: LIMIT });
    });
    afterEach(async () => {
      await instanceA.close();
      await instanceB.close();
      const [redis] = connections;
      const keys = await redis?.keys(`samspel:rate:*login-account:*${email}`);
      if (redis && keys?.length) await redis.del(...keys);
      await Promise.all(connections.map((connection) => connection.quit()));
    });

    it("counts attempts on both instances against one limit, per account", async () => {
      expect((await attemptLogin(instanceA, email)).status).toBe(401);
      expect((await attemptLogin(instanceA, email)).status).toBe(401);
      expect((await attemptLogin(instanceB, email)).status).toBe(401);

      for (const instance of [instanceA, instanceB]) {
        const blocked = await attemptLogin(instance, email);
        expectApiError(blocked, 429, "rate_limited");
        const retryAfter = Number(blocked.headers["retry-after"]);
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      }
      // Another account is not caught by this one's limit.
      expect((await attemptLogin(instanceB, `other-${email}`)).status).toBe(401);
    });

    it("counts the address as normalised: case and spaces do not buy more attempts", async () => {
      await attemptLogin(instanceA, email);
      await attemptLogin(instanceB, email.toUpperCase());
      await attemptLogin(instanceA, `  ${email} `);
      expectApiError(await attemptLogin(instanceB, email), 429, "rate_limited");
    });
  });

  describe("without Redis", () => {
    it("keeps each instance's counts to itself", async () => {
      const instanceA = await createTestApp(backend, { rateLimits: LIMIT });
      const instanceB = await createTestApp(backend, { rateLimits: LIMIT });
      try {
        const email = `target-${randomUUID()}@kommune.example`;
        for (let i = 0; i < 3; i += 1) await attemptLogin(instanceA, email);
        expectApiError(await attemptLogin(instanceA, email), 429, "rate_limited");
        expect((await attemptLogin(instanceB, email)).status).toBe(401);
      } finally {
        await instanceA.close();
        await instanceB.close();
      }
    });
  });
});
