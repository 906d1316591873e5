import { type Me, type Organisation, ROLES } from "@samspel/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam, insertPerson, type Person, type Team } from "../../test-support/factories.js";
import { storedOrganisationName, storedRole } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("organisations on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "leader" | "coordinator" | "member">;
  let outsider: Person;
  beforeAll(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "leader", "coordinator", "member"], "Gjøvik kommune");
    outsider = await insertPerson(t);
  });
  afterAll(() => t.close());

  const orgUrl = () => `/api/orgs/${team.organisationId}`;
  const personWith = (role: (typeof ROLES)[number]) =>
    role === "admin" ? team.admin : team.members[role];

  const storedName = () => storedOrganisationName(t, team.organisationId);

  describe("GET /api/orgs/:orgId", () => {
    it.each(ROLES)("shows a %s their role and the member count", async (role) => {
      const response = await personWith(role).client.get<Organisation>(orgUrl());
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: team.organisationId,
        name: await storedName(),
        role,
        memberCount: 5,
        createdAt: t.clock.now().toISOString(),
      });
    });

    it("refuses a non-member with not_a_member", async () => {
      expectApiError(await outsider.client.get(orgUrl()), 403, "not_a_member");
    });

    it("answers an organisation that does not exist like one you are not in", async () => {
      expectApiError(await team.admin.client.get("/api/orgs/no-such-org"), 403, "not_a_member");
    });

    it("refuses an anonymous caller with unauthenticated", async () => {
      expectApiError(await new TestClient(t.app).get(orgUrl()), 401, "unauthenticated");
    });
  });

  describe("PATCH /api/orgs/:orgId", () => {
    it("lets the admin rename it", async () => {
      const response = await team.admin.client.patch<Organisation>(orgUrl(), {
        name: "  Gjøvik og Toten  ",
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: "Gjøvik og Toten", role: "admin" });
      expect(await storedName()).toBe("Gjøvik og Toten");
    });

    it.each(["facilitator", "leader", "member"] as const)(
      "refuses a %s with forbidden and keeps the name",
      async (role) => {
        const before = await storedName();
        const response = await team.members[role].client.patch(orgUrl(), { name: "Kuppet" });
        expectApiError(response, 403, "forbidden");
        expect(await storedName()).toBe(before);
      },
    );

    it("refuses a non-member with not_a_member, and an anonymous caller with unauthenticated", async () => {
      expectApiError(
        await outsider.client.patch(orgUrl(), { name: "Kuppet" }),
        403,
        "not_a_member",
      );
      const anonymous = await new TestClient(t.app).patch(orgUrl(), { name: "Kuppet" });
      expectApiError(anonymous, 401, "unauthenticated");
    });

    it("refuses a one-letter name, naming the field", async () => {
      const response = await team.admin.client.patch(orgUrl(), { name: "G" });
      expect(issuePaths(expectApiError(response, 400, "validation_failed"))).toEqual([["name"]]);
    });
  });
});

describe.each(backends)("several organisations on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member">;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["member"], "Gjøvik kommune");
    return () => t.close();
  });

  it("POST /api/orgs makes the creator admin of both and switches to the new one", async () => {
    const response = await team.admin.client.post<Me>("/api/orgs", { name: "Toten kommune" });
    expect(response.status).toBe(201);
    const created = response.body.organisations.find((org) => org.name === "Toten kommune");
    expect(created).toBeDefined();
    expect(response.body.activeOrganisationId).toBe(created?.id);
    expect(response.body.organisations).toEqual([
      { id: team.organisationId, name: "Gjøvik kommune", role: "admin" },
      { id: created?.id, name: "Toten kommune", role: "admin" },
    ]);
    expect(await storedRole(t, created?.id ?? "", team.admin.userId)).toBe("admin");
    // The switch is stored in the login, not only in this answer.
    const me = await team.admin.client.get<Me>("/api/auth/me");
    expect(me.body.activeOrganisationId).toBe(created?.id);
  });

  it("POST /api/orgs needs a login", async () => {
    const response = await new TestClient(t.app).post("/api/orgs", { name: "Toten kommune" });
    expectApiError(response, 401, "unauthenticated");
  });

  it("POST /api/auth/active-organisation switches between one's organisations", async () => {
    const created = await team.admin.client.post<Me>("/api/orgs", { name: "Toten kommune" });
    expect(created.body.activeOrganisationId).not.toBe(team.organisationId);

    const response = await team.admin.client.post<Me>("/api/auth/active-organisation", {
      organisationId: team.organisationId,
    });
    expect(response.status).toBe(200);
    expect(response.body.activeOrganisationId).toBe(team.organisationId);
    const me = await team.admin.client.get<Me>("/api/auth/me");
    expect(me.body.activeOrganisationId).toBe(team.organisationId);
  });

  it("POST /api/auth/active-organisation refuses an organisation one is not in", async () => {
    const other = await buildTeam(t, [], "Toten kommune");
    const response = await team.members.member.client.post("/api/auth/active-organisation", {
      organisationId: other.organisationId,
    });
    expectApiError(response, 403, "not_a_member");
    const me = await team.members.member.client.get<Me>("/api/auth/me");
    expect(me.body.activeOrganisationId).toBe(team.organisationId);
  });
});
