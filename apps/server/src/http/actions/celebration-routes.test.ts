import type { CelebrationList, DecisionActionsResponse, Process } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { insertOrgDecision, type RecordOverrides } from "../../test-support/decision-rows.js";
import { buildTeam, insertPerson, type Team } from "../../test-support/factories.js";
import {
  BASELINE_ROWS,
  importThroughApi,
  logFile,
  scratchDataDir,
  weeklyCaseRows,
} from "../../test-support/flow.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

// The test clock decides on Monday 2026-11-23, after the sixteen weeks of BASELINE_ROWS.
const before = BASELINE_ROWS;

describe.each(backends)("results to celebrate on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member">;
  let dataDir: ReturnType<typeof scratchDataDir>;

  beforeEach(async () => {
    dataDir = scratchDataDir();
    t = await createTestApp(backend, { dataDir: dataDir.dir });
    team = await buildTeam(t, ["member"]);
  });
  afterEach(async () => {
    await t.close();
    dataDir.remove();
  });

  const url = () => `/api/orgs/${team.organisationId}/decisions/celebrations`;

  /** A decision whose actions end up in `statuses`, decided on 2026-11-23. */
  async function decisionWith(
    title: string,
    statuses: readonly ("open" | "done" | "dropped")[],
    overrides: RecordOverrides = {},
  ) {
    const record = await insertOrgDecision(t.storage.db, team.organisationId, team.admin.userId, {
      title,
      at: `2026-11-23T0${statuses.length}:00:00.000Z`,
      actions: statuses.map((_, index) => ({
        what: `Tiltak ${index}`,
        owner: "Mia",
        dueDate: null,
      })),
      ...overrides,
    });
    const { actions } = (
      await team.admin.client.get<DecisionActionsResponse>(
        `/api/decisions/${record.decisionId}/actions`,
      )
    ).body;
    for (const [index, status] of statuses.entries()) {
      if (status === "open") continue;
      const change = status === "dropped" ? { status, reason: "Ikke nødvendig" } : { status };
      await team.admin.client.post(`/api/actions/${actions[index]?.id}/status`, change);
    }
    return record.decisionId;
  }

  async function effectOn(decisionId: string, process: Process) {
    await t.storage.db
      .insertInto("decision_effects")
      .values({
        decision_id: decisionId,
        process_id: process.id,
        metric: "lead_time_median",
        direction: "decrease",
        target: 5,
        target_date: "2027-03-01",
        baseline: null,
      })
      .execute();
  }

  it("shows decisions whose actions are done, not those still open or only dropped", async () => {
    await decisionWith("Open", ["done", "open"]);
    await decisionWith("Dropped only", ["dropped"]);
    const done = await decisionWith("Done", ["done"]);
    const withDropped = await decisionWith("Done and dropped", ["done", "dropped"]);
    await decisionWith("No actions", []);

    const listed = await team.members.member.client.get<CelebrationList>(url());
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.decisions).toEqual([
      expect.objectContaining({ decisionId: withDropped, actionsDone: 1, confirmedMetric: null }),
      expect.objectContaining({ decisionId: done, title: "Done", actionsDone: 1 }),
    ]);
    const outsider = await insertPerson(t);
    expectApiError(await outsider.client.get(url()), 403, "not_a_member");
  });

  it("waits for a named effect to be confirmed by the process's current log", async () => {
    const created = await team.admin.client.post<Process>(
      `/api/orgs/${team.organisationId}/processes`,
      { name: "Byggesak", purpose: "Fra søknad til vedtak" },
    );
    const process = created.body;
    const decisionId = await decisionWith("Kortere byggesaker", ["done"]);
    await effectOn(decisionId, process);
    // No log yet, then a log that shows no change: nothing to celebrate.
    expect((await team.admin.client.get<CelebrationList>(url())).body.decisions).toEqual([]);
    await importThroughApi(team.admin.client, process.id, logFile(before));
    expect((await team.admin.client.get<CelebrationList>(url())).body.decisions).toEqual([]);

    // Six weeks of 3-day lead times after the decision: below the lower limit, confirmed.
    await importThroughApi(
      team.admin.client,
      process.id,
      logFile([...before, ...weeklyCaseRows(17, 6, () => 3)]),
    );
    expect((await team.admin.client.get<CelebrationList>(url())).body.decisions).toEqual([
      expect.objectContaining({ decisionId, confirmedMetric: "lead_time_median" }),
    ]);
  });
});
