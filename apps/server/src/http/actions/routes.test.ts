import type {
  Action,
  ActionComment,
  ActionListResponse,
  DecisionActionsResponse,
  DecisionRecord,
} from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { insertOrgDecision, type RecordOverrides } from "../../test-support/decision-rows.js";
import { buildTeam, insertPerson, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

// The test clock stands on 2026-11-23.
const ACTIONS = [
  { what: "Ringe søkerne", owner: "Mia", dueDate: "2026-11-20" },
  { what: "Skrive rutinen", owner: "Leo", dueDate: "2026-12-10" },
];

describe.each(backends)("decision actions on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member" | "leader">;

  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["member", "leader"]);
  });
  afterEach(() => t.close());

  async function decision(overrides: RecordOverrides = {}): Promise<DecisionRecord> {
    return insertOrgDecision(t.storage.db, team.organisationId, team.admin.userId, {
      actions: ACTIONS,
      ...overrides,
    });
  }

  async function actionsOf(decisionId: string, who = team.admin) {
    const listed = await who.client.get<DecisionActionsResponse>(
      `/api/decisions/${decisionId}/actions`,
    );
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    return listed.body;
  }

  /** The decision's first action, linked to the member by the admin. */
  async function membersAction(): Promise<{ decisionId: string; action: Action }> {
    const { decisionId } = await decision();
    const [first] = (await actionsOf(decisionId)).actions;
    if (!first) throw new Error("no action");
    const linked = await team.admin.client.patch<Action>(`/api/actions/${first.id}`, {
      ownerUserId: team.members.member.userId,
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    return { decisionId, action: linked.body };
  }

  it("lists the meeting's actions as open, and tells managers apart", async () => {
    const { decisionId } = await decision();
    const forMember = await actionsOf(decisionId, team.members.member);
    expect(forMember.canManage).toBe(false);
    expect(forMember.actions).toMatchObject([
      { what: "Ringe søkerne", owner: "Mia", ownerUserId: null, status: "open", comments: [] },
      { what: "Skrive rutinen", position: 1, addedByName: null },
    ]);
    expect((await actionsOf(decisionId, team.members.leader)).canManage).toBe(true);

    const outsider = await insertPerson(t);
    expectApiError(
      await outsider.client.get(`/api/decisions/${decisionId}/actions`),
      404,
      "decision_not_found",
    );
  });

  it("lets the owner tick an action done, reopen it and drop it with a reason", async () => {
    const { action } = await membersAction();
    const { client } = team.members.member;
    const url = `/api/actions/${action.id}/status`;
    expect(action).toMatchObject({ owner: "Mia", ownerName: expect.any(String) });

    const done = await client.post<Action>(url, { status: "done" });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      status: "done",
      statusChangedAt: "2026-11-23T09:00:00.000Z",
    });
    expect(done.body.statusChangedByName).toBe(action.ownerName);

    expectApiError(await client.post(url, { status: "done" }), 409, "invalid_action_transition");
    expect((await client.post<Action>(url, { status: "open" })).body.status).toBe("open");
    expectApiError(await client.post(url, { status: "dropped" }), 422, "action_drop_needs_reason");
    expectApiError(
      await client.post(url, { status: "dropped", reason: "   " }),
      422,
      "action_drop_needs_reason",
    );
    const dropped = await client.post<Action>(url, { status: "dropped", reason: " Budget cut " });
    expect(dropped.body).toMatchObject({ status: "dropped", statusReason: "Budget cut" });
    expectApiError(await client.post(url, { status: "finished" }), 400, "validation_failed");
  });

  it("refuses a member changing someone else's action, and hides it from outsiders", async () => {
    const { decisionId } = await decision();
    const [, second] = (await actionsOf(decisionId)).actions;
    const url = `/api/actions/${second?.id}/status`;
    expectApiError(
      await team.members.member.client.post(url, { status: "done" }),
      403,
      "forbidden",
    );
    const outsider = await insertPerson(t);
    expectApiError(await outsider.client.post(url, { status: "done" }), 404, "action_not_found");
    expectApiError(
      await team.admin.client.post("/api/actions/nope/status", { status: "done" }),
      404,
      "action_not_found",
    );
    // A manager may tick off anyone's action.
    expect((await team.members.leader.client.post<Action>(url, { status: "done" })).status).toBe(
      200,
    );
  });

  it("links owners only to members of the decision's organisation, and only for managers", async () => {
    const { decisionId } = await decision();
    const [first] = (await actionsOf(decisionId)).actions;
    const url = `/api/actions/${first?.id}`;
    const outsider = await insertPerson(t);
    expectApiError(
      await team.admin.client.patch(url, { ownerUserId: outsider.userId }),
      422,
      "owner_not_a_member",
    );
    expectApiError(
      await team.members.member.client.patch(url, { ownerUserId: team.members.member.userId }),
      403,
      "forbidden",
    );
    expectApiError(await team.admin.client.patch(url, {}), 400, "validation_failed");
    expectApiError(
      await team.admin.client.patch(url, { dueDate: "2026-13-01" }),
      400,
      "validation_failed",
    );

    const moved = await team.members.leader.client.patch<Action>(url, {
      ownerUserId: team.members.leader.userId,
      dueDate: "2027-01-15",
    });
    expect(moved.body).toMatchObject({
      owner: "Mia",
      ownerUserId: team.members.leader.userId,
      dueDate: "2027-01-15",
    });
    const unlinked = await team.admin.client.patch<Action>(url, { ownerUserId: null });
    expect(unlinked.body).toMatchObject({
      ownerUserId: null,
      ownerName: null,
      dueDate: "2027-01-15",
    });
  });

  it("adds actions after the meeting, at the end of the list, for managers only", async () => {
    const { decisionId } = await decision();
    const url = `/api/decisions/${decisionId}/actions`;
    const body = { what: "Evaluere", owner: "Ola", dueDate: "2027-02-01" };
    expectApiError(await team.members.member.client.post(url, body), 403, "forbidden");
    expectApiError(
      await team.admin.client.post(url, { ...body, what: " " }),
      400,
      "validation_failed",
    );
    const outsider = await insertPerson(t);
    expectApiError(
      await team.admin.client.post(url, { ...body, ownerUserId: outsider.userId }),
      422,
      "owner_not_a_member",
    );

    const added = await team.members.leader.client.post<Action>(url, {
      ...body,
      ownerUserId: team.members.member.userId,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      position: 2,
      status: "open",
      ownerUserId: team.members.member.userId,
      addedByName: expect.any(String),
    });
    expect((await actionsOf(decisionId)).actions.map((action) => action.what)).toEqual([
      "Ringe søkerne",
      "Skrive rutinen",
      "Evaluere",
    ]);
  });

  it("keeps bounded comments on an action, from any member", async () => {
    const { decisionId } = await decision();
    const [first] = (await actionsOf(decisionId)).actions;
    const url = `/api/actions/${first?.id}/comments`;
    const posted = await team.members.member.client.post<ActionComment>(url, { text: " Started " });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body).toMatchObject({ text: "Started", authorId: team.members.member.userId });
    expectApiError(
      await team.members.member.client.post(url, { text: "" }),
      400,
      "validation_failed",
    );
    expectApiError(
      await team.members.member.client.post(url, { text: "x".repeat(2001) }),
      400,
      "validation_failed",
    );
    const outsider = await insertPerson(t);
    expectApiError(await outsider.client.post(url, { text: "Hi" }), 404, "action_not_found");
    const [listed] = (await actionsOf(decisionId)).actions;
    expect(listed?.comments.map((comment) => comment.text)).toEqual(["Started"]);
  });

  it("lists the caller's actions open first, and the overdue ones for managers", async () => {
    const { action } = await membersAction();
    const { decisionId: other } = await decision({ title: "Andre" });
    const theirs = (await actionsOf(other)).actions;
    for (const [index, listed] of theirs.entries()) {
      await team.admin.client.patch(`/api/actions/${listed.id}`, {
        ownerUserId: team.members.member.userId,
        dueDate: index === 0 ? null : "2026-11-30",
      });
    }
    await team.members.member.client.post(`/api/actions/${theirs[1]?.id}/status`, {
      status: "done",
    });

    const mine = await team.members.member.client.get<ActionListResponse>(
      `/api/orgs/${team.organisationId}/actions/mine`,
    );
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.actions.map((listed) => [listed.id, listed.status, listed.overdue])).toEqual([
      [action.id, "open", true],
      [theirs[0]?.id, "open", false],
      [theirs[1]?.id, "done", false],
    ]);
    expect(mine.body.actions[1]?.decisionTitle).toBe("Andre");

    const overdueUrl = `/api/orgs/${team.organisationId}/actions/overdue`;
    expectApiError(await team.members.member.client.get(overdueUrl), 403, "forbidden");
    const overdue = await team.members.leader.client.get<ActionListResponse>(overdueUrl);
    expect(overdue.body.actions.map((listed) => listed.id)).toEqual([action.id]);
    const outsider = await insertPerson(t);
    expectApiError(
      await outsider.client.get(`/api/orgs/${team.organisationId}/actions/mine`),
      403,
      "not_a_member",
    );
  });
});
