import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLoginSession } from "../accounts/login-sessions.js";
import { backends } from "../test-support/backends.js";
import { TestClient } from "../test-support/client.js";
import { buildTeam, type Team } from "../test-support/factories.js";
import { SessionDriver } from "../test-support/session-driver.js";
import { countRows } from "../test-support/stored.js";
import { createTestApp, type TestApp } from "../test-support/test-app.js";

describe.each(backends)("decision records written with their event on $kind", (backend) => {
  let t: TestApp;
  let team: Team<never>;
  let session: SessionDriver | undefined;

  beforeEach(async () => {
    t = await createTestApp(backend);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    team = await buildTeam(t, []);
  });
  afterEach(async () => {
    session?.close();
    await t.close();
  });

  const decision = (proposalId: string) => ({
    proposalId,
    rationale: "Ingen tungtveiende innvending",
    actions: [{ what: "Sette ned teamet", owner: "Kari", dueDate: "2026-12-15" }],
    reviewDate: "2027-03-01",
  });

  async function storedDecisions() {
    const events = await t.storage.db
      .selectFrom("session_events")
      .select("payload")
      .where("type", "=", "proposal.decided")
      .execute();
    return {
      events: events.length,
      decisions: await countRows(t, "decisions"),
      actions: await countRows(t, "decision_actions"),
    };
  }

  it("keeps no decision event whose record could not be written, and takes the retry once", async () => {
    session = await SessionDriver.create(t, team.admin.client, team.organisationId, {
      title: "Kortere byggesaker",
      language: "nb",
    });
    const { proposalId } = await session.consentedProposal(["Anne", "Bo"]);
    const seqBefore = await lastSeq();

    // A real failure inside the transaction, after the event and the decision row were written:
    // the actions' table is not where the writer expects it.
    await t.storage.db.schema.alterTable("decision_actions").renameTo("parked_actions").execute();
    const failed = await team.admin.client.post(`/api/sessions/${session.sessionId}/commands`, {
      commandId: "decide-1",
      type: "proposal.decide",
      payload: decision(proposalId),
    });
    expect(failed.status).toBe(500);
    await t.storage.db.schema.alterTable("parked_actions").renameTo("decision_actions").execute();

    expect(await storedDecisions()).toEqual({ events: 0, decisions: 0, actions: 0 });
    expect(await lastSeq()).toBe(seqBefore);
    expect((await session.view()).proposals[proposalId]?.outcome).toBeNull();

    // The same command again, now that storage works: one event, one record, however often.
    const first = await session.command("proposal.decide", decision(proposalId), "decide-1");
    const again = await session.command("proposal.decide", decision(proposalId), "decide-1");
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(await storedDecisions()).toEqual({ events: 1, decisions: 1, actions: 1 });
    // Actions are rows of their own, for a register that lists what is due.
    const actions = await t.storage.db
      .selectFrom("decision_actions")
      .innerJoin("decisions", "decisions.id", "decision_actions.decision_id")
      .select(["decisions.proposal_id", "position", "what", "owner", "due_date"])
      .execute();
    expect(actions).toEqual([
      {
        proposal_id: proposalId,
        position: 0,
        what: "Sette ned teamet",
        owner: "Kari",
        due_date: "2026-12-15",
      },
    ]);
  });

  it("answers a retry on another instance with the first result, writing nothing more", async () => {
    session = await SessionDriver.create(t, team.admin.client, team.organisationId, {
      title: "Kortere byggesaker",
      language: "nb",
    });
    const { proposalId } = await session.consentedProposal(["Anne"]);
    const first = await session.command("proposal.decide", decision(proposalId), "decide-2");
    const sibling = await createTestApp(backend, { siblingOf: t.storage });
    try {
      // The admin's browser, sent to another instance by the load balancer.
      const login = await createLoginSession(
        sibling.storage.db,
        team.admin.userId,
        team.organisationId,
        sibling.clock.now(),
      );
      const retried = await new TestClient(sibling.app)
        .adopt(login)
        .post<{ seq: number }>(`/api/sessions/${session.sessionId}/commands`, {
          commandId: "decide-2",
          type: "proposal.decide",
          payload: decision(proposalId),
        });
      expect(retried.status).toBe(200);
      expect(first).toEqual({ ok: true, seq: retried.body.seq });
    } finally {
      await sibling.close();
    }
    expect(await storedDecisions()).toEqual({ events: 1, decisions: 1, actions: 1 });
  });

  async function lastSeq(): Promise<number> {
    const row = await t.storage.db
      .selectFrom("sessions")
      .select("last_seq")
      .where("id", "=", session?.sessionId ?? "")
      .executeTakeFirstOrThrow();
    return Number(row.last_seq);
  }
});
