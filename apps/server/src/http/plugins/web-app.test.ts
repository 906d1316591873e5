import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { sqlite } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

const INDEX_HTML = '<!doctype html><div id="root" data-test="samspel-index"></div>';
const APP_JS = "console.log('samspel');";
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * A built web app in miniature, the page and one hashed asset, at `parent/<within>`. Serving
 * files touches no storage of ours, so these tests run on SQLite alone.
 */
async function appServing(within = "dist"): Promise<TestApp & { webRoot: string }> {
  const parent = mkdtempSync(path.join(tmpdir(), "samspel-web-"));
  const webRoot = path.join(parent, within);
  mkdirSync(path.join(webRoot, "assets"), { recursive: true });
  writeFileSync(path.join(webRoot, "index.html"), INDEX_HTML);
  writeFileSync(path.join(webRoot, "assets", "app.js"), APP_JS);
  const t = await createTestApp(sqlite, { webRoot });
  return {
    ...t,
    webRoot,
    async close() {
      await t.close();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

/** Raw requests: pages are not JSON, which TestClient expects. */
function fetchRaw(t: TestApp, url: string, method: "GET" | "HEAD" | "POST" = "GET") {
  return t.app.inject({ method, url });
}

describe("the web app", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appServing();
  });
  afterAll(() => t.close());

  it.each(["/", "/orgs/x/members", "/invite/some-token", "/index.html", "/assets/"])(
    "serves index.html for %s, never cached",
    async (url) => {
      const response = await fetchRaw(t, url);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.body).toBe(INDEX_HTML);
    },
  );

  it("serves a hashed asset to be cached for good", async () => {
    const response = await fetchRaw(t, "/assets/app.js");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.body).toBe(APP_JS);
  });

  it.each(["/", "/orgs/x"])("answers HEAD %s", async (url) => {
    const response = await fetchRaw(t, url, "HEAD");
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it.each(["/api/unknown", "/api/orgs/x/unknown", "/missing.png", "/assets/missing.js"])(
    "answers %s with the JSON 404, not the page",
    async (url) => {
      const error = expectApiError(await new TestClient(t.app).get(url), 404, "not_found");
      expect(error.message).toContain(url);
    },
  );

  it("answers a write to a page path with the JSON 404", async () => {
    expectApiError(await new TestClient(t.app).post("/orgs/x", {}), 404, "not_found");
  });

  it.each(["/../package.json", "/%2e%2e/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json"])(
    "serves nothing from outside the web root: %s",
    async (url) => {
      const response = await fetchRaw(t, url);
      expect(response.body).not.toContain('"name"');
      if (response.statusCode === 200) expect(response.body).toBe(INDEX_HTML);
      else expect([400, 403, 404]).toContain(response.statusCode);
    },
  );

  it("still answers the API", async () => {
    expect((await new TestClient(t.app).get("/healthz")).status).toBe(200);
  });
});

describe("the web app installed under a folder named assets", () => {
  it("still never caches index.html", async () => {
    const t = await appServing("assets/dist");
    try {
      expect((await fetchRaw(t, "/")).headers["cache-control"]).toBe("no-cache");
      expect((await fetchRaw(t, "/index.html")).headers["cache-control"]).toBe("no-cache");
      expect((await fetchRaw(t, "/assets/app.js")).headers["cache-control"]).toBe(IMMUTABLE);
    } finally {
      await t.close();
    }
  });
});

describe("without a web build", () => {
  it("answers page paths with the JSON 404", async () => {
    const emptyRoot = mkdtempSync(path.join(tmpdir(), "samspel-web-"));
    const t = await createTestApp(sqlite, { webRoot: emptyRoot });
    try {
      expectApiError(await new TestClient(t.app).get("/orgs/x"), 404, "not_found");
      expectApiError(await new TestClient(t.app).get("/"), 404, "not_found");
    } finally {
      await t.close();
      rmSync(emptyRoot, { recursive: true, force: true });
    }
  });
});
