import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

const { version } = JSON.parse(
  readFileSync(new URL("../../../../../package.json", import.meta.url), "utf8"),
) as { version: string };

interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}
interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
}

describe.each(backends)("operations on $kind", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it("GET /healthz answers ok, the version and the storage kind", async () => {
    const response = await new TestClient(t.app).get("/healthz");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok", version, storage: backend.kind });
  });

  describe("GET /api/openapi.json", () => {
    let document: OpenApiDocument;
    beforeAll(async () => {
      const response = await new TestClient(t.app).get<OpenApiDocument>("/api/openapi.json");
      expect(response.status).toBe(200);
      document = response.body;
    });

    it("is OpenAPI 3.1 with the app's version", () => {
      expect(document.openapi).toBe("3.1.0");
      expect(document.info.version).toBe(version);
    });

    it("documents the account routes, with path parameters in braces", () => {
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          "/api/auth/signup",
          "/api/auth/login",
          "/api/auth/me",
          "/api/orgs/{orgId}",
          "/api/orgs/{orgId}/members/{userId}",
          "/api/orgs/{orgId}/invitations",
          "/api/invitations/{token}/accept",
          "/healthz",
        ]),
      );
      expect(document.paths["/api/orgs/{orgId}/invitations"]).toHaveProperty("post");
      // The document does not describe itself.
      expect(document.paths).not.toHaveProperty("/api/openapi.json");
    });

    it("says that sign-up refuses unknown fields", () => {
      const signup = document.paths["/api/auth/signup"]?.post;
      const schema = signup?.requestBody?.content["application/json"]?.schema;
      expect(schema).toMatchObject({
        type: "object",
        additionalProperties: false,
        required: expect.arrayContaining(["email", "password", "displayName", "organisationName"]),
      });
    });

    it("documents the error shape on every operation", () => {
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(
            expect.arrayContaining(["4XX", "5XX"]),
          );
        }
      }
    });
  });
});

describe.each(backends)("health without a database on $kind", (backend) => {
  it("answers 503 storage_unavailable once the database is gone", async () => {
    const t = await createTestApp(backend);
    try {
      await t.storage.close();
      const response = await new TestClient(t.app).get("/healthz");
      expectApiError(response, 503, "storage_unavailable");
    } finally {
      await t.close();
    }
  });
});
