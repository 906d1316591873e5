import type { ApiErrorCode, Role } from "@samspel/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "../accounts/invitations.js";
import { expectApiError } from "../test-support/assertions.js";
import { backends } from "../test-support/backends.js";
import { TestClient } from "../test-support/client.js";
import {
  buildEmail,
  buildTeam,
  insertPerson,
  type Person,
  type Team,
} from "../test-support/factories.js";
import { countRows, storedRole } from "../test-support/stored.js";
import { createTestApp, type TestApp } from "../test-support/test-app.js";

/**
 * The admin-only routes, each with a way to see whether it did anything. Every caller below tries
 * every route; only the admin may change something, and everyone else must leave it unchanged.
 */
interface AdminRoute {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  success: number;
  /** Makes what the route acts on (a fresh member, a fresh invitation) and names the request. */
  prepare(t: TestApp, team: Team<Role>): Promise<{ url: string; body?: unknown }>;
  /** Reads the state the route changes, so that a refused call can be shown to change nothing. */
  observe(t: TestApp, team: Team<Role>, url: string): Promise<unknown>;
}

const lastSegment = (url: string) => url.split("/").at(-1) ?? "";

async function freshMember(t: TestApp, team: Team<Role>): Promise<string> {
  const { userId } = await insertPerson(t, { organisationId: team.organisationId, role: "member" });
  return `/api/orgs/${team.organisationId}/members/${userId}`;
}

const routes: AdminRoute[] = [
  {
    name: "rename the organisation",
    method: "PATCH",
    success: 200,
    prepare: async (_, team) => ({
      url: `/api/orgs/${team.organisationId}`,
      body: { name: `Nytt navn ${buildEmail()}` },
    }),
    observe: (t, team) =>
      t.storage.db
        .selectFrom("organisations")
        .select("name")
        .where("id", "=", team.organisationId)
        .executeTakeFirst(),
  },
  {
    name: "list invitations",
    method: "GET",
    success: 200,
    prepare: async (_, team) => ({ url: `/api/orgs/${team.organisationId}/invitations` }),
    // A read changes nothing either way; the status and the code are what is tested.
    observe: async () => null,
  },
  {
    name: "invite someone",
    method: "POST",
    success: 201,
    prepare: async (_, team) => ({
      url: `/api/orgs/${team.organisationId}/invitations`,
      body: { email: buildEmail("invitee"), role: "leader" },
    }),
    observe: (t) => countRows(t, "invitations"),
  },
  {
    name: "revoke an invitation",
    method: "DELETE",
    success: 204,
    async prepare(t, team) {
      const { id } = await createInvitation(
        t.storage.db,
        {
          organisationId: team.organisationId,
          email: buildEmail("invitee"),
          role: "member",
          invitedBy: team.admin.userId,
        },
        t.clock.now(),
      );
      return { url: `/api/orgs/${team.organisationId}/invitations/${id}` };
    },
    observe: (t, _, url) =>
      t.storage.db
        .selectFrom("invitations")
        .select("revoked_at")
        .where("id", "=", lastSegment(url))
        .executeTakeFirst(),
  },
  {
    name: "change a member's role",
    method: "PATCH",
    success: 200,
    prepare: async (t, team) => ({ url: await freshMember(t, team), body: { role: "leader" } }),
    observe: (t, team, url) => storedRole(t, team.organisationId, lastSegment(url)),
  },
  {
    name: "remove a member",
    method: "DELETE",
    success: 204,
    prepare: async (t, team) => ({ url: await freshMember(t, team) }),
    observe: (t, team, url) => storedRole(t, team.organisationId, lastSegment(url)),
  },
];

type Caller = Role | "outsider" | "anonymous";

const refusals: Record<Exclude<Caller, "admin">, [number, ApiErrorCode]> = {
  facilitator: [403, "forbidden"],
  leader: [403, "forbidden"],
  coordinator: [403, "forbidden"],
  member: [403, "forbidden"],
  outsider: [403, "not_a_member"],
  anonymous: [401, "unauthenticated"],
};

const callers: Caller[] = [
  "admin",
  "facilitator",
  "leader",
  "coordinator",
  "member",
  "outsider",
  "anonymous",
];
const cases = callers.flatMap((caller) =>
  routes.map((route) => ({ caller, route, label: `${route.method} ${route.name}` })),
);

describe.each(backends)("admin routes by caller on $kind", (backend) => {
  let t: TestApp;
  let team: Team<Role>;
  let outsider: Person;
  beforeAll(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["admin", "facilitator", "leader", "coordinator", "member"]);
    outsider = await insertPerson(t);
  });
  afterAll(() => t.close());

  function clientOf(caller: Caller): TestClient {
    if (caller === "anonymous") return new TestClient(t.app);
    if (caller === "outsider") return outsider.client;
    // The second admin calls, so that the first one's rows are never the ones acted on.
    return team.members[caller].client;
  }

  it.each(cases)("$caller: $label", async ({ caller, route }) => {
    const { url, body } = await route.prepare(t, team);
    const before = await route.observe(t, team, url);
    const response = await clientOf(caller).request(route.method, url, {
      ...(body === undefined ? {} : { body }),
    });
    const after = await route.observe(t, team, url);

    if (caller === "admin") {
      expect(response.status, JSON.stringify(response.body)).toBe(route.success);
      if (route.method !== "GET") expect(after).not.toEqual(before);
    } else {
      const [status, code] = refusals[caller];
      expectApiError(response, status, code);
      expect(after).toEqual(before);
    }
  });
});
