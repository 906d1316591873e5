import type { Process } from "@samspel/core";
import { beforeEach, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam, insertPerson, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("process register on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "leader" | "member">;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "leader", "member"]);
    return () => t.close();
  });

  const listUrl = () => `/api/orgs/${team.organisationId}/processes`;

  async function create(body: Record<string, unknown>, client = team.admin.client) {
    const response = await client.post<Process>(listUrl(), body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  it("creates a process with owner, units and a sub-process, listed for every member", async () => {
    const main = await create({
      name: "Byggesak",
      purpose: "Fra søknad til vedtak",
      ownerUserId: team.members.leader.userId,
      units: ["Mottak", "Saksbehandling"],
    });
    expect(main).toMatchObject({
      name: "Byggesak",
      purpose: "Fra søknad til vedtak",
      ownerUserId: team.members.leader.userId,
      ownerName: expect.any(String),
      parentId: null,
      units: ["Mottak", "Saksbehandling"],
      eventLog: null,
      customerScores: null,
    });
    const sub = await create(
      { name: "Mottak av søknad", parentId: main.id },
      team.members.leader.client,
    );
    expect(sub.parentId).toBe(main.id);

    const listed = await team.members.member.client.get<{ processes: Process[] }>(listUrl());
    expect(listed.status).toBe(200);
    expect(listed.body.processes.map((p) => [p.name, p.parentId])).toEqual([
      ["Byggesak", null],
      ["Mottak av søknad", main.id],
    ]);
    const one = await team.members.member.client.get<Process>(`/api/processes/${sub.id}`);
    expect(one.body).toEqual(sub);
  });

  it.each(["admin", "facilitator", "leader"] as const)("lets a %s write", async (role) => {
    const client = role === "admin" ? team.admin.client : team.members[role].client;
    const process = await create({ name: `By ${role}` }, client);
    const renamed = await client.patch<Process>(`/api/processes/${process.id}`, {
      name: "Renamed",
    });
    expect(renamed.body.name).toBe("Renamed");
  });

  it("refuses members writes, and hides processes from other organisations", async () => {
    expectApiError(
      await team.members.member.client.post(listUrl(), { name: "X" }),
      403,
      "forbidden",
    );
    const process = await create({ name: "Hidden" });
    expectApiError(
      await team.members.member.client.patch(`/api/processes/${process.id}`, { name: "Y" }),
      403,
      "forbidden",
    );
    const outsider = await insertPerson(t);
    expectApiError(
      await outsider.client.get(`/api/processes/${process.id}`),
      404,
      "process_not_found",
    );
    expectApiError(await outsider.client.get(listUrl()), 403, "not_a_member");
    expectApiError(await new TestClient(t.app).get(listUrl()), 401, "unauthenticated");
  });

  it("validates names and unknown fields with field paths", async () => {
    const error = expectApiError(
      await team.admin.client.post(listUrl(), { name: " ", colour: "red" }),
      400,
      "validation_failed",
    );
    expect(issuePaths(error)).toEqual(expect.arrayContaining([["colour"]]));
    const duplicateUnits = expectApiError(
      await team.admin.client.post(listUrl(), { name: "A", units: ["X", "X"] }),
      400,
      "validation_failed",
    );
    expect(issuePaths(duplicateUnits)).toEqual([["units"]]);
  });

  it("refuses an owner from outside the organisation", async () => {
    const outsider = await insertPerson(t);
    const error = expectApiError(
      await team.admin.client.post(listUrl(), { name: "A", ownerUserId: outsider.userId }),
      400,
      "process_owner_not_member",
    );
    expect(error.details).toEqual({ path: ["ownerUserId"] });
  });

  it("refuses a parent from another organisation and any cycle", async () => {
    const other = await buildTeam(t, [], "Nabokommune");
    const foreign = await other.admin.client.post<Process>(
      `/api/orgs/${other.organisationId}/processes`,
      { name: "Theirs" },
    );
    expectApiError(
      await team.admin.client.post(listUrl(), { name: "A", parentId: foreign.body.id }),
      400,
      "process_parent_not_found",
    );
    const a = await create({ name: "A" });
    const b = await create({ name: "B", parentId: a.id });
    const c = await create({ name: "C", parentId: b.id });
    expectApiError(
      await team.admin.client.patch(`/api/processes/${a.id}`, { parentId: c.id }),
      409,
      "process_cycle",
    );
    expectApiError(
      await team.admin.client.patch(`/api/processes/${a.id}`, { parentId: a.id }),
      409,
      "process_cycle",
    );
    // Moving C to the top and A under it is fine.
    await team.admin.client.patch(`/api/processes/${c.id}`, { parentId: null });
    const moved = await team.admin.client.patch<Process>(`/api/processes/${a.id}`, {
      parentId: c.id,
    });
    expect(moved.body.parentId).toBe(c.id);
  });

  it("deletes a process only once its sub-processes are gone", async () => {
    const main = await create({ name: "Main" });
    const sub = await create({ name: "Sub", parentId: main.id });
    expectApiError(
      await team.admin.client.delete(`/api/processes/${main.id}`),
      409,
      "process_has_subprocesses",
    );
    expect((await team.admin.client.delete(`/api/processes/${sub.id}`)).status).toBe(204);
    expect((await team.admin.client.delete(`/api/processes/${main.id}`)).status).toBe(204);
    expectApiError(
      await team.admin.client.get(`/api/processes/${main.id}`),
      404,
      "process_not_found",
    );
  });

  it("is documented in the OpenAPI description", async () => {
    const document = await new TestClient(t.app).get<{
      paths: Record<string, Record<string, { summary?: string }>>;
    }>("/api/openapi.json");
    const paths = document.body.paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/api/orgs/{orgId}/processes",
        "/api/processes/{processId}",
        "/api/processes/{processId}/event-log",
        "/api/processes/{processId}/event-log/uploads/{uploadId}/confirm",
        "/api/processes/{processId}/facts",
        "/api/processes/{processId}/facts/compare",
        "/api/processes/{processId}/customer-scores/uploads",
      ]),
    );
    // No body schema (the body is a stream, not JSON): the summary says how to send it.
    expect(paths["/api/processes/{processId}/event-log/uploads"]?.post?.summary).toMatch(
      /multipart field `file`/,
    );
  });

  it("keeps the process when its owner's account goes", async () => {
    const process = await create({ name: "Owned", ownerUserId: team.members.leader.userId });
    await t.storage.db
      .deleteFrom("login_sessions")
      .where("user_id", "=", team.members.leader.userId)
      .execute();
    await t.storage.db
      .deleteFrom("memberships")
      .where("user_id", "=", team.members.leader.userId)
      .execute();
    await t.storage.db.deleteFrom("users").where("id", "=", team.members.leader.userId).execute();
    const after = await team.admin.client.get<Process>(`/api/processes/${process.id}`);
    expect(after.body).toMatchObject({ ownerUserId: null, ownerName: null });
  });
});
