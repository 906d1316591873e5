import type { ApiErrorBody, Invitation, InvitationPreview, Me } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import {
  buildEmail,
  buildTeam,
  insertPerson,
  invite,
  newAccount,
  type Person,
  signUp,
  type Team,
} from "../../test-support/factories.js";
import { countRows, storedRole } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("invitations on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member">;
  let admin: Person;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["member"], "Ringsaker kommune");
    admin = team.admin;
  });
  afterEach(() => t.close());

  const invitationsUrl = () => `/api/orgs/${team.organisationId}/invitations`;
  const previewUrl = (token: string) => `/api/invitations/${token}`;
  const acceptUrl = (token: string) => `/api/invitations/${token}/accept`;

  /** What accepting may write; none of it may change when an accept is refused. */
  async function writes() {
    return {
      users: await countRows(t, "users"),
      memberships: await countRows(t, "memberships"),
      sessions: await countRows(t, "login_sessions"),
    };
  }

  describe("creating", () => {
    it("answers 201 with a single-use link, listed as pending", async () => {
      const response = await admin.client.post<Invitation>(invitationsUrl(), {
        email: " Ola.Nordmann@Ringsaker.Kommune.no ",
        role: "facilitator",
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        email: "ola.nordmann@ringsaker.kommune.no",
        role: "facilitator",
        status: "pending",
        expiresAt: "2026-11-30T09:00:00.000Z",
      });
      expect(response.body.link).toMatch(/^http:\/\/localhost:80\/invite\/[\w-]{43}$/);

      const list = await admin.client.get<{ invitations: Invitation[] }>(invitationsUrl());
      expect(list.status).toBe(200);
      // The list never shows the link again: only its hash is stored.
      const { link: _shownOnce, ...listed } = response.body;
      expect(list.body.invitations).toEqual([listed]);
    });

    it("stores only a hash of the token", async () => {
      const { token } = await invite(admin.client, team.organisationId, buildEmail());
      const row = await t.storage.db
        .selectFrom("invitations")
        .select("token_hash")
        .executeTakeFirstOrThrow();
      expect(row.token_hash).not.toContain(token);
      expect(row.token_hash).toHaveLength(43);
    });

    it("builds the link on PUBLIC_URL when it is set", async () => {
      const behindProxy = await createTestApp(backend, {
        publicUrl: "https://samspel.ringsaker.kommune.no/",
      });
      try {
        const proxied = await buildTeam(behindProxy, []);
        const { link } = await invite(proxied.admin.client, proxied.organisationId, buildEmail());
        expect(link).toMatch(/^https:\/\/samspel\.ringsaker\.kommune\.no\/invite\/[\w-]{43}$/);
      } finally {
        await behindProxy.close();
      }
    });

    it("refuses to invite someone who is already a member with already_member", async () => {
      const response = await admin.client.post(invitationsUrl(), {
        email: team.members.member.email.toUpperCase(),
      });
      expectApiError(response, 409, "already_member");
      expect(await countRows(t, "invitations")).toBe(0);
    });

    it("refuses a non-admin with forbidden and stores nothing", async () => {
      const response = await team.members.member.client.post(invitationsUrl(), {
        email: buildEmail(),
      });
      expectApiError(response, 403, "forbidden");
      expect(await countRows(t, "invitations")).toBe(0);
    });
  });

  describe("previewing", () => {
    it("shows the organisation, the role, the inviter, and that no account exists", async () => {
      const email = buildEmail("ola");
      const { token } = await invite(admin.client, team.organisationId, email, "leader");
      const response = await new TestClient(t.app).get<InvitationPreview>(previewUrl(token));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        organisationName: "Ringsaker kommune",
        email,
        role: "leader",
        invitedByName: admin.email.split("@")[0],
        expiresAt: "2026-11-30T09:00:00.000Z",
        accountExists: false,
      });
    });

    it("answers an unknown token with invitation_not_found", async () => {
      const response = await new TestClient(t.app).get(previewUrl("x".repeat(43)));
      expectApiError(response, 404, "invitation_not_found");
      const accept = await new TestClient(t.app).post(acceptUrl("x".repeat(43)), newAccount);
      expectApiError(accept, 404, "invitation_not_found");
    });
  });

  describe("accepting as someone new", () => {
    it("creates the account with the invited role and logs in: 201", async () => {
      const email = buildEmail("ola");
      const { token } = await invite(admin.client, team.organisationId, email, "facilitator");
      const newcomer = new TestClient(t.app);
      const response = await newcomer.post<Me>(acceptUrl(token), { ...newAccount, locale: "sv" });
      expect(response.status).toBe(201);
      expect(response.body.user).toMatchObject({
        email,
        displayName: newAccount.displayName,
        locale: "sv",
      });
      expect(response.body.organisations).toEqual([
        { id: team.organisationId, name: "Ringsaker kommune", role: "facilitator" },
      ]);
      expect(response.body.activeOrganisationId).toBe(team.organisationId);
      expect(newcomer.loggedIn).toBe(true);
      expect((await newcomer.get(`/api/orgs/${team.organisationId}`)).status).toBe(200);
      expect(await storedRole(t, team.organisationId, response.body.user.id)).toBe("facilitator");

      const list = await admin.client.get<{ invitations: Invitation[] }>(invitationsUrl());
      expect(list.body.invitations.map((invitation) => invitation.status)).toEqual(["accepted"]);

      // The new password works for a later log-in.
      const login = await new TestClient(t.app).post("/api/auth/login", {
        email,
        password: newAccount.password,
      });
      expect(login.status).toBe(200);
    });

    it("refuses the same link a second time with invitation_used and writes nothing", async () => {
      const { token } = await invite(admin.client, team.organisationId, buildEmail());
      expect((await new TestClient(t.app).post(acceptUrl(token), newAccount)).status).toBe(201);
      const before = await writes();

      const second = await new TestClient(t.app).post(acceptUrl(token), newAccount);
      expectApiError(second, 410, "invitation_used");
      expect(await writes()).toEqual(before);
      expectApiError(await new TestClient(t.app).get(previewUrl(token)), 410, "invitation_used");
    });

    it("refuses an expired link with invitation_expired, from the exact expiry on", async () => {
      const { token } = await invite(admin.client, team.organisationId, buildEmail());
      t.clock.advanceDays(7);
      const before = await writes();
      const response = await new TestClient(t.app).post(acceptUrl(token), newAccount);
      expectApiError(response, 410, "invitation_expired");
      expect(await writes()).toEqual(before);

      t.clock.advanceDays(1);
      expectApiError(await new TestClient(t.app).get(previewUrl(token)), 410, "invitation_expired");
      const list = await admin.client.get<{ invitations: Invitation[] }>(invitationsUrl());
      expect(list.body.invitations.map((invitation) => invitation.status)).toEqual(["expired"]);
    });

    it("refuses a revoked link with invitation_revoked", async () => {
      const { id, token } = await invite(admin.client, team.organisationId, buildEmail());
      expect((await admin.client.delete(`${invitationsUrl()}/${id}`)).status).toBe(204);
      // Revoking twice changes nothing and is not an error.
      expect((await admin.client.delete(`${invitationsUrl()}/${id}`)).status).toBe(204);
      const before = await writes();
      const response = await new TestClient(t.app).post(acceptUrl(token), newAccount);
      expectApiError(response, 410, "invitation_revoked");
      expect(await writes()).toEqual(before);
    });

    it("will not revoke an accepted invitation", async () => {
      const { id, token } = await invite(admin.client, team.organisationId, buildEmail());
      await new TestClient(t.app).post(acceptUrl(token), newAccount);
      const response = await admin.client.delete(`${invitationsUrl()}/${id}`);
      expectApiError(response, 409, "invitation_used");
    });

    it("needs a password: 400 validation_failed naming it", async () => {
      const { token } = await invite(admin.client, team.organisationId, buildEmail());
      const before = await writes();
      const response = await new TestClient(t.app).post(acceptUrl(token), {
        displayName: newAccount.displayName,
      });
      const error = expectApiError(response, 400, "validation_failed");
      expect(issuePaths(error)).toEqual([["password"]]);
      expect(await writes()).toEqual(before);

      const nothing = await new TestClient(t.app).post(acceptUrl(token), {});
      expect(issuePaths(expectApiError(nothing, 400, "validation_failed"))).toEqual([
        ["displayName"],
        ["password"],
      ]);
    });

    it("gives the link to exactly one of two simultaneous accepts", async () => {
      const { token } = await invite(admin.client, team.organisationId, buildEmail());
      const before = await writes();
      const responses = await Promise.all([
        new TestClient(t.app).post(acceptUrl(token), newAccount),
        new TestClient(t.app).post(acceptUrl(token), newAccount),
      ]);
      const answers = responses.map(({ status, body }) =>
        status === 201 ? "201" : `${status} ${(body as ApiErrorBody).error.code}`,
      );
      expect(answers.sort()).toEqual(["201", "410 invitation_used"]);
      expect(await writes()).toEqual({
        users: before.users + 1,
        memberships: before.memberships + 1,
        sessions: before.sessions + 1,
      });
    });
  });

  describe("accepting with an existing account", () => {
    it("asks an anonymous holder to log in first: accountExists, then account_exists", async () => {
      const existing = new TestClient(t.app);
      const { signup } = await signUp(existing);
      const { token } = await invite(admin.client, team.organisationId, signup.email, "leader");
      const stranger = new TestClient(t.app);

      const preview = await stranger.get<InvitationPreview>(previewUrl(token));
      expect(preview.body.accountExists).toBe(true);
      const before = await writes();
      const response = await stranger.post(acceptUrl(token), newAccount);
      expectApiError(response, 409, "account_exists");
      expect(await writes()).toEqual(before);
    });

    it("joins the logged-in owner of the address: 200, member of both", async () => {
      const existing = new TestClient(t.app);
      const { signup, organisationId: ownOrganisation } = await signUp(existing);
      const { token } = await invite(admin.client, team.organisationId, signup.email, "leader");

      const response = await existing.post<Me>(acceptUrl(token), {});
      expect(response.status).toBe(200);
      expect(response.body.organisations.map(({ id, role }) => ({ id, role }))).toEqual(
        expect.arrayContaining([
          { id: ownOrganisation, role: "admin" },
          { id: team.organisationId, role: "leader" },
        ]),
      );
      expect(response.body.organisations).toHaveLength(2);
      expect(response.body.activeOrganisationId).toBe(team.organisationId);
      expect(await storedRole(t, team.organisationId, response.body.user.id)).toBe("leader");
      expectApiError(await existing.post(acceptUrl(token), {}), 410, "invitation_used");
    });

    it("refuses another logged-in account with invitation_email_mismatch", async () => {
      const { token } = await invite(admin.client, team.organisationId, buildEmail());
      const someoneElse = await insertPerson(t);
      const before = await writes();
      const response = await someoneElse.client.post(acceptUrl(token), {});
      expectApiError(response, 403, "invitation_email_mismatch");
      expect(await writes()).toEqual(before);
      // The link still works for the person it was meant for.
      expect((await new TestClient(t.app).post(acceptUrl(token), newAccount)).status).toBe(201);
    });
  });
});
