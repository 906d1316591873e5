import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildSignup } from "../../test-support/factories.js";
import { countRows } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

const SECRET = "connection string postgres://admin:hunter2@db";

describe.each(backends)("error answers on $kind", (backend) => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await createTestApp(backend, {
      configure(app) {
        // Two kinds of bug: a thrown error, and an answer that breaks its own response schema.
        app.get("/api/test/bug", async () => {
          throw new Error(SECRET);
        });
        app.get(
          "/api/test/bad-answer",
          { schema: { response: { 200: z.object({ count: z.number() }) } } },
          async () => ({ count: SECRET }) as unknown as { count: number },
        );
        // What a plugin throws: a plain error carrying an HTTP status, like @fastify/static's 403.
        for (const status of [403, 404, 405]) {
          app.get(`/api/test/plugin-${status}`, async () => {
            throw Object.assign(new Error("plugin says no"), { statusCode: status });
          });
        }
      },
    });
    client = new TestClient(t.app);
  });
  afterAll(() => t.close());

  it("answers malformed JSON with 400 malformed_json", async () => {
    const response = await client.request("POST", "/api/auth/login", {
      rawBody: '{"email": "kari@kommune.no",',
    });
    expectApiError(response, 400, "malformed_json");
  });

  it("answers an empty JSON body with 400 malformed_json", async () => {
    const response = await client.request("POST", "/api/auth/login", { rawBody: "" });
    expectApiError(response, 400, "malformed_json");
  });

  it("refuses a body over 64 KiB with 413 payload_too_large and writes nothing", async () => {
    const response = await client.post(
      "/api/auth/signup",
      buildSignup({ displayName: "x".repeat(64 * 1024) }),
    );
    expectApiError(response, 413, "payload_too_large");
    expect(await countRows(t, "users")).toBe(0);
  });

  it("takes a body just under the limit as far as validation", async () => {
    const response = await client.post(
      "/api/auth/signup",
      buildSignup({ displayName: "x".repeat(60 * 1024) }),
    );
    const error = expectApiError(response, 400, "validation_failed");
    expect(issuePaths(error)).toEqual([["displayName"]]);
  });

  // text/plain and forms are also what a page on another site can post without a preflight.
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b"])(
    "refuses a %s body with 415 unsupported_media_type",
    async (contentType) => {
      const response = await client.request("POST", "/api/auth/login", {
        rawBody: "email=kari@kommune.no&password=secret",
        headers: { "content-type": contentType },
      });
      expectApiError(response, 415, "unsupported_media_type");
    },
  );

  it("names an unknown field in validation_failed and writes nothing", async () => {
    const response = await client.post("/api/auth/signup", { ...buildSignup(), isAdmin: true });
    const error = expectApiError(response, 400, "validation_failed");
    expect(issuePaths(error)).toEqual([["isAdmin"]]);
    expect(await countRows(t, "users")).toBe(0);
  });

  it("names an oversized field: an 81-character display name", async () => {
    const response = await client.post(
      "/api/auth/signup",
      buildSignup({ displayName: "d".repeat(81) }),
    );
    const error = expectApiError(response, 400, "validation_failed");
    expect(issuePaths(error)).toEqual([["displayName"]]);
    expect(error.details).toMatchObject({ issues: [{ path: ["displayName"], code: "too_big" }] });
  });

  it("names each invalid field once", async () => {
    const response = await client.post("/api/auth/signup", {
      ...buildSignup(),
      email: "not an address",
      password: "short",
    });
    const error = expectApiError(response, 400, "validation_failed");
    expect(issuePaths(error)).toEqual([["email"], ["password"]]);
  });

  it("validates path parameters too", async () => {
    const error = expectApiError(
      await client.get("/api/invitations/short"),
      400,
      "validation_failed",
    );
    expect(issuePaths(error)).toEqual([["token"]]);
  });

  it.each([
    ["GET", "/api/nothing-here"],
    ["POST", "/api/nothing-here"],
    ["DELETE", "/api/auth/me"],
    ["GET", "/nothing-here"],
  ] as const)("answers %s %s with 404 not_found in the error shape", async (method, url) => {
    const error = expectApiError(await client.request(method, url), 404, "not_found");
    expect(error.message).toContain(url);
  });

  it.each(["/api/test/bug", "/api/test/bad-answer"])(
    "answers a bug at %s with 500 internal_error, and keeps its message in",
    async (url) => {
      const response = await client.get(url);
      const error = expectApiError(response, 500, "internal_error");
      expect(JSON.stringify(response.body)).not.toContain("hunter2");
      expect(error.details).toBeUndefined();
    },
  );

  it.each([
    [403, "forbidden"],
    [404, "not_found"],
    [405, "method_not_allowed"],
  ] as const)("keeps a plugin's %i with its own code %s", async (status, code) => {
    const response = await client.get(`/api/test/plugin-${status}`);
    expectApiError(response, status, code);
  });
});
