import type { DecisionEffectResponse, Process, ProcessDecision } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLoginSession } from "../../accounts/login-sessions.js";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import {
  BASELINE_ROWS,
  importThroughApi,
  logFile,
  scratchDataDir,
  weeklyCaseRows,
} from "../../test-support/flow.js";
import { LiveTestClient } from "../../test-support/live-client.js";
import { SessionDriver } from "../../test-support/session-driver.js";
import { countRows } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";
import { SESSION_COOKIE } from "../plugins/session.js";

// The test clock decides on Monday 2026-11-23, after the sixteen weeks of BASELINE_ROWS.
const before = BASELINE_ROWS;

describe.each(backends)("a decision's effect, followed up on $kind", (backend) => {
  let t: TestApp;
  let team: Team<never>;
  let dataDir: ReturnType<typeof scratchDataDir>;
  let session: SessionDriver | undefined;

  beforeEach(async () => {
    dataDir = scratchDataDir();
    t = await createTestApp(backend, { dataDir: dataDir.dir });
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    team = await buildTeam(t, []);
  });
  afterEach(async () => {
    session?.close();
    await t.close();
    dataDir.remove();
  });

  async function createProcess(name = "Byggesak"): Promise<Process> {
    const created = await team.admin.client.post<Process>(
      `/api/orgs/${team.organisationId}/processes`,
      { name, purpose: "Fra søknad til vedtak" },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  async function decideWith(effect: Record<string, unknown> | undefined) {
    session = await SessionDriver.create(t, team.admin.client, team.organisationId, {
      title: "Kortere byggesaker",
      language: "nb",
    });
    const { proposalId } = await session.consentedProposal(["Anne"]);
    const decided = await session.command("proposal.decide", {
      proposalId,
      ...(effect !== undefined && { effect }),
    });
    return { decided, decisionId: await lastDecisionId() };
  }

  async function lastDecisionId(): Promise<string | undefined> {
    const row = await t.storage.db.selectFrom("decisions").select("id").executeTakeFirst();
    return row?.id;
  }

  const effectOf = (processId: string) => ({
    processId,
    metric: "lead_time_median",
    direction: "decrease",
    target: 5,
    targetDate: "2027-03-01",
  });

  it("takes a baseline when deciding, and judges the process's current log later", async () => {
    const process = await createProcess();
    await importThroughApi(team.admin.client, process.id, logFile(before));
    const { decided, decisionId } = await decideWith(effectOf(process.id));
    expect(decided.ok).toBe(true);

    const url = `/api/decisions/${decisionId}/effect`;
    const first = await team.admin.client.get<DecisionEffectResponse>(url);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      effect: effectOf(process.id),
      decidedOn: "2026-11-23",
      processName: "Byggesak",
      followUp: { verdict: "no_signal_yet", baselineWeeks: 16, afterWeeks: 0, centre: 10 },
    });
    expect(first.body.baseline?.weeks.map((week) => week.value)).toEqual(
      Array.from({ length: 16 }, (_, week) => (week % 2 === 0 ? 9 : 11)),
    );

    // Six weeks later a new import shows lead times of 3 days: below the lower limit (4.68).
    await importThroughApi(
      team.admin.client,
      process.id,
      logFile([...before, ...weeklyCaseRows(17, 6, () => 3)]),
    );
    const later = await team.admin.client.get<DecisionEffectResponse>(url);
    expect(later.body.followUp).toMatchObject({
      verdict: "effect_confirmed",
      afterWeeks: 6,
      targetReached: true,
    });
    expect(later.body.followUp?.weeks.filter((week) => week.signal)).toHaveLength(6);
    // The baseline is what the group saw when it decided, not the newer log.
    expect(later.body.baseline).toEqual(first.body.baseline);

    await importThroughApi(
      team.admin.client,
      process.id,
      logFile([...before, ...weeklyCaseRows(17, 3, () => 20)]),
    );
    const worse = await team.admin.client.get<DecisionEffectResponse>(url);
    expect(worse.body.followUp?.verdict).toBe("worse");
  });

  it("lists on the process the decisions that aim at it, for members only", async () => {
    const process = await createProcess();
    const other = await createProcess("Renovasjon");
    const { decisionId } = await decideWith(effectOf(process.id));
    const url = (id: string) => `/api/processes/${id}/decisions`;
    const listed = await team.admin.client.get<{ decisions: ProcessDecision[] }>(url(process.id));
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.decisions).toEqual([
      expect.objectContaining({
        decisionId,
        title: "Kortere byggesaker",
        effect: effectOf(process.id),
      }),
    ]);
    const none = await team.admin.client.get<{ decisions: ProcessDecision[] }>(url(other.id));
    expect(none.body.decisions).toEqual([]);
    const outsider = await buildTeam(t, [], "Annen kommune");
    expectApiError(await outsider.admin.client.get(url(process.id)), 404, "process_not_found");
  });

  it("links a process to the sessions its charts were shared into, its own organisation's only", async () => {
    const process = await createProcess();
    const foreign = await buildTeam(t, [], "Annen kommune");
    const foreignProcess = await foreign.admin.client.post<Process>(
      `/api/orgs/${foreign.organisationId}/processes`,
      { name: "Fremmed", purpose: "" },
    );
    session = await SessionDriver.create(t, team.admin.client, team.organisationId, {
      title: "Flyt i byggesaker",
      language: "nb",
    });
    await session.must("session.open", {});
    await session.must("session.start", {});
    await session.must("step.start", { stepId: (await session.view()).stepOrder[0] });
    const share = (processId: string) =>
      session?.must("contribution.add", {
        kind: "fact",
        text: "Ledetid per uke",
        source: {
          figure: "10 dager",
          chart: {
            kind: "lead_time_by_week",
            processId,
            processName: "Byggesak",
            filters: [],
            takenAt: "2026-11-23T09:00:00.000Z",
            unit: "days",
            points: [{ x: "2026-W47", y: 10 }],
          },
        },
      });
    await share(process.id);
    await share(process.id);
    await share(foreignProcess.body.id);
    const url = (id: string) => `/api/processes/${id}/sessions`;
    const listed = await team.admin.client.get<{ sessions: { sessionId: string }[] }>(
      url(process.id),
    );
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.sessions).toEqual([
      expect.objectContaining({ sessionId: session.sessionId, title: "Flyt i byggesaker" }),
    ]);
    const theirs = await foreign.admin.client.get<{ sessions: unknown[] }>(
      url(foreignProcess.body.id),
    );
    expect(theirs.body.sessions).toEqual([]);
  });

  it("stores no baseline for a process without a log, and judges nothing yet", async () => {
    const process = await createProcess();
    const { decisionId } = await decideWith(effectOf(process.id));
    const response = await team.admin.client.get<DecisionEffectResponse>(
      `/api/decisions/${decisionId}/effect`,
    );
    expect(response.body).toMatchObject({ baseline: null, followUp: null });
  });

  /** Another organisation's process, and a proposal of ours ready to be decided. */
  async function foreignProcessAndProposal() {
    const other = await buildTeam(t, []);
    const foreign = await other.admin.client.post<Process>(
      `/api/orgs/${other.organisationId}/processes`,
      { name: "Annen kommune", purpose: "Ikke vår" },
    );
    const ours = await SessionDriver.create(t, team.admin.client, team.organisationId, {
      title: "Kortere byggesaker",
      language: "nb",
    });
    session = ours;
    const { proposalId } = await ours.consentedProposal(["Anne"]);
    return { foreignId: foreign.body.id, sessionId: ours.sessionId, proposalId };
  }

  it("refuses an effect on a process that is not the organisation's: no event, no record", async () => {
    const { foreignId, sessionId, proposalId } = await foreignProcessAndProposal();
    const refused = await team.admin.client.post(`/api/sessions/${sessionId}/commands`, {
      commandId: "decide-1",
      type: "proposal.decide",
      payload: { proposalId, effect: effectOf(foreignId) },
    });
    expectApiError(refused, 404, "process_not_found");
    expect(await countRows(t, "decisions")).toBe(0);
    expect(await countRows(t, "decision_effects")).toBe(0);
  });

  it("answers a facilitator's socket with the refusal, for the command it was", async () => {
    const { foreignId, sessionId, proposalId } = await foreignProcessAndProposal();
    const login = await createLoginSession(
      t.storage.db,
      team.admin.userId,
      team.organisationId,
      t.clock.now(),
    );
    const address = t.app.server.address();
    if (address === null || typeof address === "string") throw new Error("the app must listen");
    const socket = await LiveTestClient.connect(`ws://127.0.0.1:${address.port}/api/live`, {
      cookie: `${SESSION_COOKIE}=${login.token}`,
    });
    try {
      socket.send({ t: "hello", v: 1, sessionId });
      await socket.waitFor((message) => message.t === "welcome");
      socket.send({
        t: "command",
        commandId: "decide-ws",
        type: "proposal.decide",
        payload: { proposalId, effect: effectOf(foreignId) },
      });
      const answer = await socket.waitFor(
        (message) => message.t === "error" || message.t === "ack",
      );
      expect(answer).toMatchObject({
        t: "error",
        commandId: "decide-ws",
        code: "process_not_found",
      });
      expect(await countRows(t, "decisions")).toBe(0);
    } finally {
      socket.close();
    }
  });

  it("answers 404 for a decision that names no effect, and to outsiders", async () => {
    const { decisionId } = await decideWith(undefined);
    const url = `/api/decisions/${decisionId}/effect`;
    expectApiError(await team.admin.client.get(url), 404, "decision_effect_not_found");
    const outsider = await buildTeam(t, []);
    expectApiError(await outsider.admin.client.get(url), 404, "decision_not_found");
  });
});
