import { type Me, type Member, ROLES } from "@samspel/core";
import { beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam, insertPerson, type Person, type Team } from "../../test-support/factories.js";
import { storedRole } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("members on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "leader" | "coordinator" | "member">;
  let member: Person;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "leader", "coordinator", "member"]);
    member = team.members.member;
    return () => t.close();
  });

  const membersUrl = () => `/api/orgs/${team.organisationId}/members`;
  const memberUrl = (person: Person) => `${membersUrl()}/${person.userId}`;

  /** Gone from the database, and refused at once with the login they still hold. */
  async function expectShutOut(person: Person) {
    expect(await storedRole(t, team.organisationId, person.userId)).toBeUndefined();
    const response = await person.client.get(`/api/orgs/${team.organisationId}`);
    expectApiError(response, 403, "not_a_member");
  }

  describe("GET /api/orgs/:orgId/members", () => {
    it("is visible to every role, with each member's role", async () => {
      for (const role of ROLES) {
        const person = role === "admin" ? team.admin : team.members[role];
        const response = await person.client.get<{ members: Member[] }>(membersUrl());
        expect(response.status).toBe(200);
        const roles = Object.fromEntries(response.body.members.map((m) => [m.email, m.role]));
        expect(roles).toEqual({
          [team.admin.email]: "admin",
          [team.members.facilitator.email]: "facilitator",
          [team.members.leader.email]: "leader",
          [team.members.coordinator.email]: "coordinator",
          [member.email]: "member",
        });
      }
    });

    it("is hidden from a non-member and from anonymous callers", async () => {
      const outsider = await insertPerson(t);
      expectApiError(await outsider.client.get(membersUrl()), 403, "not_a_member");
      expectApiError(await new TestClient(t.app).get(membersUrl()), 401, "unauthenticated");
    });
  });

  describe("PATCH /api/orgs/:orgId/members/:userId", () => {
    it("lets the admin change a role", async () => {
      const response = await team.admin.client.patch<{ members: Member[] }>(memberUrl(member), {
        role: "facilitator",
      });
      expect(response.status).toBe(200);
      expect(response.body.members.find((m) => m.userId === member.userId)?.role).toBe(
        "facilitator",
      );
      expect(await storedRole(t, team.organisationId, member.userId)).toBe("facilitator");
    });

    it.each(["facilitator", "leader", "member"] as const)(
      "refuses a %s with forbidden and leaves the role alone",
      async (role) => {
        const response = await team.members[role].client.patch(memberUrl(member), {
          role: "admin",
        });
        expectApiError(response, 403, "forbidden");
        expect(await storedRole(t, team.organisationId, member.userId)).toBe("member");
      },
    );

    it("refuses to demote the last admin with last_admin", async () => {
      const response = await team.admin.client.patch(memberUrl(team.admin), { role: "member" });
      expectApiError(response, 409, "last_admin");
      expect(await storedRole(t, team.organisationId, team.admin.userId)).toBe("admin");
    });

    it("lets an admin step down once there is another admin", async () => {
      await team.admin.client.patch(memberUrl(member), { role: "admin" });
      const response = await team.admin.client.patch(memberUrl(team.admin), { role: "member" });
      expect(response.status).toBe(200);
      expect(await storedRole(t, team.organisationId, team.admin.userId)).toBe("member");
      // The former admin has lost the right at once.
      const again = await team.admin.client.patch(memberUrl(member), { role: "member" });
      expectApiError(again, 403, "forbidden");
    });

    it("answers a user who is not in the organisation with not_found", async () => {
      const outsider = await insertPerson(t);
      const response = await team.admin.client.patch(memberUrl(outsider), { role: "leader" });
      expectApiError(response, 404, "not_found");
      expect(await storedRole(t, team.organisationId, outsider.userId)).toBeUndefined();
    });

    it("refuses an unknown role", async () => {
      const response = await team.admin.client.patch(memberUrl(member), { role: "owner" });
      expectApiError(response, 400, "validation_failed");
      expect(await storedRole(t, team.organisationId, member.userId)).toBe("member");
    });
  });

  describe("DELETE /api/orgs/:orgId/members/:userId", () => {
    it("lets a member leave; the organisation is then closed to them", async () => {
      const response = await member.client.delete(memberUrl(member));
      expect(response.status).toBe(204);
      await expectShutOut(member);
      const me = await member.client.get<Me>("/api/auth/me");
      expect(me.body).toMatchObject({ organisations: [], activeOrganisationId: null });
    });

    it("lets the admin remove a member, who loses access at once", async () => {
      const response = await team.admin.client.delete(memberUrl(member));
      expect(response.status).toBe(204);
      await expectShutOut(member);
    });

    it.each(["facilitator", "leader", "member"] as const)(
      "refuses a %s removing someone else with forbidden",
      async (role) => {
        const target = role === "leader" ? team.members.facilitator : team.members.leader;
        const response = await team.members[role].client.delete(memberUrl(target));
        expectApiError(response, 403, "forbidden");
        expect(await storedRole(t, team.organisationId, target.userId)).toBeDefined();
      },
    );

    it("refuses to let the last admin leave with last_admin", async () => {
      const response = await team.admin.client.delete(memberUrl(team.admin));
      expectApiError(response, 409, "last_admin");
      expect(await storedRole(t, team.organisationId, team.admin.userId)).toBe("admin");
    });

    it("refuses a non-member removing a member with not_a_member", async () => {
      const outsider = await insertPerson(t);
      expectApiError(await outsider.client.delete(memberUrl(member)), 403, "not_a_member");
      expect(await storedRole(t, team.organisationId, member.userId)).toBe("member");
    });
  });
});
