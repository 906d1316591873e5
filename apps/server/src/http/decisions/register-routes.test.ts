import type { DecisionLifecycle, RegisterPageResponse } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newId } from "../../accounts/tokens.js";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { insertRecord, insertRegisterSession } from "../../test-support/decision-rows.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("decision register over HTTP on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member" | "leader">;

  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["member", "leader"]);
  });
  afterEach(() => t.close());

  const decisionsOf = async (organisationId: string, userId: string) => {
    const owner = { organisationId, userId, sessionId: newId() };
    await insertRegisterSession(t.storage.db, owner);
    const old = await insertRecord(t.storage.db, owner, {
      title: "Kortere byggesaker",
      text: "Byggesakene får en fast saksbehandler.",
      at: "2026-03-01T10:00:00.000Z",
    });
    const newer = await insertRecord(t.storage.db, owner, {
      title: "Snabbare bygglov",
      language: "sv",
      text: "Alla ansökningar får en handläggare.",
      at: "2026-09-01T10:00:00.000Z",
    });
    return { old: old.decisionId, newer: newer.decisionId };
  };

  const changeStatus = (decisionId: string, body: unknown, person = team.members.leader) =>
    person.client.post<DecisionLifecycle>(`/api/decisions/${decisionId}/status`, body);

  it("searches by a Norwegian and a Swedish word, with filters and a cursor", async () => {
    const { old, newer } = await decisionsOf(team.organisationId, team.admin.userId);
    const register = (query: string) =>
      team.members.member.client.get<RegisterPageResponse>(
        `/api/orgs/${team.organisationId}/decisions/register${query}`,
      );

    const norwegian = await register("?q=byggesak");
    expect(norwegian.status, JSON.stringify(norwegian.body)).toBe(200);
    expect(norwegian.body.decisions.map((d) => d.id)).toEqual([old]);
    const swedish = await register("?q=handl%C3%A4ggare&sort=relevance");
    expect(swedish.body.decisions.map((d) => d.id)).toEqual([newer]);

    const first = await register("?limit=1&sort=oldest");
    expect(first.body.decisions.map((d) => d.id)).toEqual([old]);
    expect(first.body.decisions[0]?.status).toBe("in_effect");
    const second = await register(`?limit=1&sort=oldest&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ decisions: [{ id: newer }], nextCursor: null });

    expect((await register("?status=revoked")).body.decisions).toEqual([]);
    expect((await register("?from=2026-06-01")).body.decisions.map((d) => d.id)).toEqual([newer]);
    expectApiError(await register("?cursor=not-ours"), 400, "invalid_register_cursor");
    expectApiError(await register("?status=forgotten"), 400, "validation_failed");
  });

  it("supersedes a decision by a later one, linked both ways, and keeps it final", async () => {
    const { old, newer } = await decisionsOf(team.organisationId, team.admin.userId);
    expectApiError(
      await changeStatus(newer, { status: "superseded", supersededBy: old }),
      409,
      "superseding_decision_not_later",
    );
    expectApiError(
      await changeStatus(old, { status: "superseded", supersededBy: old }),
      409,
      "supersede_self",
    );
    expectApiError(
      await changeStatus(old, { status: "superseded", supersededBy: "no-such" }),
      422,
      "superseding_decision_not_found",
    );

    const superseded = await changeStatus(old, { status: "superseded", supersededBy: newer });
    expect(superseded.status, JSON.stringify(superseded.body)).toBe(200);
    expect(superseded.body).toMatchObject({ status: "superseded", supersededBy: newer });
    const successor = await team.members.member.client.get<DecisionLifecycle>(
      `/api/decisions/${newer}/status`,
    );
    expect(successor.body).toMatchObject({ status: "in_effect", supersedes: old });

    expectApiError(
      await changeStatus(old, { status: "in_effect" }),
      409,
      "invalid_status_transition",
    );
  });

  it("reviews and revokes with a reason, for permitted roles only", async () => {
    const { old } = await decisionsOf(team.organisationId, team.admin.userId);
    expectApiError(
      await changeStatus(old, { status: "under_review" }, team.members.member),
      403,
      "forbidden",
    );
    expectApiError(await changeStatus(old, { status: "revoked" }), 400, "validation_failed");

    expect((await changeStatus(old, { status: "under_review" })).body.status).toBe("under_review");
    const revoked = await changeStatus(
      old,
      { status: "revoked", reason: "Loven er endret" },
      team.admin,
    );
    expect(revoked.body).toMatchObject({ status: "revoked", reason: "Loven er endret" });
  });

  it("answers a decision of another organisation as not found", async () => {
    const other = await buildTeam(t, []);
    const { old } = await decisionsOf(other.organisationId, other.admin.userId);
    expectApiError(await changeStatus(old, { status: "under_review" }), 404, "decision_not_found");
    expectApiError(
      await team.admin.client.get(`/api/decisions/${old}/status`),
      404,
      "decision_not_found",
    );
  });
});
