import type { Me } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildSignup, signUp } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("auth on $kind", (backend) => {
  let t: TestApp;
  let client: TestClient;
  beforeEach(async () => {
    t = await createTestApp(backend);
    client = new TestClient(t.app);
  });
  afterEach(() => t.close());

  it("signs up: creates the user, their organisation as admin, and logs in", async () => {
    const response = await client.post<Me>(
      "/api/auth/signup",
      buildSignup({
        email: "  Kari.Nordmann@Lillehammer.Kommune.no ",
        displayName: "Kari Nordmann",
        organisationName: "Lillehammer kommune",
        locale: "nb",
      }),
    );
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      email: "kari.nordmann@lillehammer.kommune.no",
      displayName: "Kari Nordmann",
      locale: "nb",
    });
    expect(response.body.organisations).toEqual([
      { id: response.body.activeOrganisationId, name: "Lillehammer kommune", role: "admin" },
    ]);
    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/samspel_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect((await client.get<Me>("/api/auth/me")).body.user.displayName).toBe("Kari Nordmann");
  });

  it("takes the new account's language from Accept-Language when none is chosen", async () => {
    const response = await client.post<Me>("/api/auth/signup", buildSignup(), {
      headers: { "accept-language": "sv-SE,sv;q=0.9,en;q=0.8" },
    });
    expect(response.body.user.locale).toBe("sv");
  });

  it("refuses a duplicate e-mail with email_taken and writes nothing", async () => {
    await signUp(client, { email: "dup@kommune.example" });
    const organisationsBefore = await t.storage.db
      .selectFrom("organisations")
      .selectAll()
      .execute();
    const second = await new TestClient(t.app).post(
      "/api/auth/signup",
      buildSignup({
        email: "DUP@kommune.example",
        organisationName: "A second organisation",
      }),
    );
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: { code: "email_taken" } });
    const organisationsAfter = await t.storage.db.selectFrom("organisations").selectAll().execute();
    expect(organisationsAfter).toEqual(organisationsBefore);
  });

  it("logs in and out; a logged-out cookie is worthless", async () => {
    const { signup } = await signUp(client);
    await client.post("/api/auth/logout");
    expect((await client.get("/api/auth/me")).status).toBe(401);

    const other = new TestClient(t.app);
    const login = await other.post<Me>("/api/auth/login", {
      email: signup.email,
      password: signup.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.user.email).toBe(signup.email);
    expect(login.body.activeOrganisationId).toBe(login.body.organisations[0]?.id);
  });

  it("answers a wrong password and an unknown e-mail identically", async () => {
    const { signup } = await signUp(client);
    const wrongPassword = await new TestClient(t.app).post("/api/auth/login", {
      email: signup.email,
      password: "not the password at all",
    });
    const unknownEmail = await new TestClient(t.app).post("/api/auth/login", {
      email: "nobody@kommune.example",
      password: "not the password at all",
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body).toMatchObject({ error: { code: "invalid_credentials" } });
  });

  it("expires a login session after two weeks without use", async () => {
    await signUp(client);
    t.clock.advanceDays(15);
    const response = await client.get("/api/auth/me");
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("renews a login session that is used in its second week", async () => {
    await signUp(client);
    t.clock.advanceDays(10);
    expect((await client.get("/api/auth/me")).status).toBe(200);
    t.clock.advanceDays(10);
    expect((await client.get("/api/auth/me")).status).toBe(200);
  });

  it("throttles repeated logins for one account with rate_limited", async () => {
    const limited = await createTestApp(backend, { rateLimits: { loginPerAccount: 3 } });
    try {
      const attacker = new TestClient(limited.app);
      const attempt = () =>
        attacker.post("/api/auth/login", {
          email: "target@kommune.example",
          password: "guess guess guess",
        });
      for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
      const blocked = await attempt();
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ error: { code: "rate_limited" } });
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
