import type { Me } from "@samspel/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient, type TestResponse } from "../../test-support/client.js";
import { buildSignup, buildTeam, insertPerson, type Person } from "../../test-support/factories.js";
import { countRows, storedOrganisationName, storedUser } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

const EVIL = { origin: "https://evil.example" };

/** The session cookie a response sets, or undefined when it sets none. */
function sessionCookie(response: TestResponse): string | undefined {
  const header = response.headers["set-cookie"];
  const cookies = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return cookies.find((cookie) => cookie.startsWith("samspel_session="));
}

function expectCleared(response: TestResponse): void {
  const cookie = sessionCookie(response);
  expect(cookie).toMatch(/^samspel_session=;/);
  expect(cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
  expect(cookie).toMatch(/Path=\//);
}

describe.each(backends)("sessions and CSRF on $kind", (backend) => {
  let t: TestApp;
  let admin: Person;
  let organisationId: string;
  let otherLogin: Person;
  beforeAll(async () => {
    t = await createTestApp(backend);
    ({ admin, organisationId } = await buildTeam(t, [], "Hamar kommune"));
    otherLogin = await insertPerson(t);
  });
  afterAll(() => t.close());

  const storedDisplayName = async () => (await storedUser(t, admin.userId)).display_name;

  describe("a cookie-authenticated write", () => {
    // Each forged write tries to rename the admin; none may reach the database.
    it.each([
      ["no x-csrf-token", () => ({ csrf: false }), "csrf_token_missing"],
      ["an empty x-csrf-token", () => ({ headers: { "x-csrf-token": "" } }), "csrf_token_missing"],
      ["a short guess", () => ({ headers: { "x-csrf-token": "guess" } }), "csrf_token_invalid"],
      // As long as the real token: the constant-time comparison decides, not the length check.
      [
        "a guess of the right length",
        () => ({ headers: { "x-csrf-token": "x".repeat(admin.client.csrfToken?.length ?? 0) } }),
        "csrf_token_invalid",
      ],
      // A token belongs to one login, not to the user.
      [
        "another login's token",
        () => ({ headers: { "x-csrf-token": otherLogin.client.csrfToken ?? "" } }),
        "csrf_token_invalid",
      ],
      ["the token, from another site", () => ({ headers: EVIL }), "origin_mismatch"],
    ] as const)("with %s is refused and changes nothing", async (_, options, code) => {
      const before = await storedDisplayName();
      const response = await admin.client.patch("/api/me", { displayName: "Forged" }, options());
      expectApiError(response, 403, code);
      expect(await storedDisplayName()).toBe(before);
    });

    it("is refused on every route, not only on /api/me", async () => {
      const rename = await admin.client.patch(
        `/api/orgs/${organisationId}`,
        { name: "Forged kommune" },
        { csrf: false },
      );
      expectApiError(rename, 403, "csrf_token_missing");
      expect(await storedOrganisationName(t, organisationId)).toBe("Hamar kommune");
    });

    it("with the session's token succeeds", async () => {
      const response = await admin.client.patch<Me>("/api/me", { displayName: "Ingrid Hamar" });
      expect(response.status).toBe(200);
      expect(await storedDisplayName()).toBe("Ingrid Hamar");
    });

    it.each(["http://localhost:80", "https://localhost:80"])(
      "from our own origin %s is accepted",
      async (origin) => {
        const response = await admin.client.patch(
          "/api/me",
          { locale: "nb" },
          { headers: { origin } },
        );
        expect(response.status).toBe(200);
      },
    );
  });

  describe("routes that start a login", () => {
    it("refuse a sign-up from another site with origin_mismatch and create nothing", async () => {
      const users = await countRows(t, "users");
      const response = await new TestClient(t.app).post("/api/auth/signup", buildSignup(), {
        headers: EVIL,
      });
      expectApiError(response, 403, "origin_mismatch");
      expect(sessionCookie(response)).toBeUndefined();
      expect(await countRows(t, "users")).toBe(users);
    });

    it("refuse a log-in from another site with origin_mismatch and start no session", async () => {
      const sessions = await countRows(t, "login_sessions");
      const response = await new TestClient(t.app).post(
        "/api/auth/login",
        { email: admin.email, password: "whatever it is" },
        { headers: EVIL },
      );
      expectApiError(response, 403, "origin_mismatch");
      expect(await countRows(t, "login_sessions")).toBe(sessions);
    });
  });

  describe("reads", () => {
    it("need no CSRF token", async () => {
      const response = await admin.client.get(`/api/orgs/${organisationId}`, { csrf: false });
      expect(response.status).toBe(200);
      const me = await admin.client.get<Me>("/api/auth/me");
      expect(me.status).toBe(200);
      expect(me.body.csrfToken).toBe(admin.client.csrfToken);
    });
  });

  describe("a cookie that no longer works", () => {
    it("is cleared when unknown, and the request is anonymous", async () => {
      const stranger = new TestClient(t.app).adopt({ token: "forged-token", csrfToken: "x" });
      const response = await stranger.get("/api/auth/me");
      expectApiError(response, 401, "unauthenticated");
      expectCleared(response);
      expect(stranger.loggedIn).toBe(false);
    });

    it("is cleared once expired, on a write as well, without asking for a CSRF token", async () => {
      const person = await insertPerson(t);
      t.clock.advanceDays(15);
      try {
        const response = await person.client.patch("/api/me", { locale: "sv" }, { csrf: false });
        expectApiError(response, 401, "unauthenticated");
        expectCleared(response);
      } finally {
        t.clock.advanceDays(-15);
      }
    });

    it("is not cleared while it works", async () => {
      const response = await admin.client.get("/api/auth/me");
      expect(response.status).toBe(200);
      expect(sessionCookie(response)).toBeUndefined();
    });
  });
});

describe.each(backends)("sessions behind PUBLIC_URL on $kind", (backend) => {
  let t: TestApp;
  let admin: Person;
  beforeAll(async () => {
    t = await createTestApp(backend, { publicUrl: "https://samspel.kommune.no" });
    ({ admin } = await buildTeam(t, []));
  });
  afterAll(() => t.close());

  it("accepts writes from PUBLIC_URL's origin, though the Host differs", async () => {
    const response = await admin.client.patch(
      "/api/me",
      { locale: "nl" },
      { headers: { origin: "https://samspel.kommune.no" } },
    );
    expect(response.status).toBe(200);
  });

  it("refuses the same host over another scheme or port, and an opaque origin", async () => {
    // "null" is what a sandboxed frame or a file:// page sends.
    for (const origin of ["http://samspel.kommune.no", "https://samspel.kommune.no:8443", "null"]) {
      const response = await admin.client.patch(
        "/api/me",
        { locale: "nl" },
        { headers: { origin } },
      );
      expectApiError(response, 403, "origin_mismatch");
    }
  });

  it("marks the session cookie Secure on https", async () => {
    const response = await admin.client.post("/api/auth/logout");
    expect(response.status).toBe(204);
    expect(sessionCookie(response)).toMatch(/; Secure/);
  });
});
