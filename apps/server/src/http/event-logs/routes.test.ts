import { readdirSync } from "node:fs";
import path from "node:path";
import type { FlowFactsResponse, ImportPlan, Process } from "@samspel/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import {
  eventLogFile,
  HAVE_EVENTLOGS,
  importThroughApi,
  scratchDataDir,
} from "../../test-support/flow.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.skipIf(!HAVE_EVENTLOGS).each(backends)("event-log import on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"leader" | "member">;
  let dataDir: ReturnType<typeof scratchDataDir>;
  beforeAll(async () => {
    dataDir = scratchDataDir();
    t = await createTestApp(backend, { dataDir: dataDir.dir, maxUploadBytes: 4 * 1024 * 1024 });
    team = await buildTeam(t, ["leader", "member"]);
  });
  afterAll(async () => {
    await t.close();
    dataDir.remove();
  });

  async function newProcess(name: string): Promise<Process> {
    const response = await team.admin.client.post<Process>(
      `/api/orgs/${team.organisationId}/processes`,
      { name },
    );
    return response.body;
  }
  const uploadUrl = (process: Process) => `/api/processes/${process.id}/event-log/uploads`;
  const confirmUrl = (process: Process, plan: ImportPlan) =>
    `${uploadUrl(process)}/${plan.uploadId}/confirm`;
  const flowDirs = () => readdirSync(path.join(dataDir.dir, "flow"));
  const uploadDirs = () => readdirSync(path.join(dataDir.dir, "uploads")).sort();

  it("plans receipt.csv with a preview and suggested mapping, imports it, and reproduces pm4py's figures", async () => {
    const process = await newProcess("Receipt");
    const { plan, eventLog, report } = await importThroughApi(
      team.members.leader.client,
      process.id,
      eventLogFile("receipt.csv"),
    );
    expect(plan).toMatchObject({
      format: "csv",
      fileName: "receipt.csv",
      dialect: { delimiter: ",", header: true, encoding: "utf-8" },
      mapping: {
        caseId: "case:concept:name",
        activity: "concept:name",
        timestamp: "time:timestamp",
        resource: "org:resource",
        unit: "org:group",
      },
    });
    expect(plan.preview).toHaveLength(10);
    expect(plan.preview[0]).toHaveLength(plan.columns.length);
    expect(eventLog).toMatchObject({ fileName: "receipt.csv", cases: 1434, events: 8577 });
    expect(report).toMatchObject({ rowsSkipped: 0, eventsImported: 8577 });

    const facts = await team.members.member.client.get<FlowFactsResponse>(
      `/api/processes/${process.id}/facts`,
    );
    expect(facts.status).toBe(200);
    const { summary } = facts.body.facts;
    expect(summary).toMatchObject({ cases: 1434, events: 8577, activities: 27, dfg_edges: 99 });
    expect(summary.variants).toBe(116);
    expect(summary.median).toBeCloseTo(0.033, 2);
    expect(Math.abs((summary.p85 ?? 0) / 11.101 - 1)).toBeLessThan(0.005);
    expect(Math.abs((summary.mean ?? 0) / 5.408 - 1)).toBeLessThan(0.005);
    expect(facts.body.facts.handoffs.available).toBe(true);
    expect(facts.body.facts.stability.leadTime.upperLimit).not.toBeNull();
    expect(facts.body.attributes.map((attribute) => attribute.key)).toContain("unit");
    expect(facts.body.customerExperience).toBeNull();

    const listed = await team.members.member.client.get<Process>(`/api/processes/${process.id}`);
    expect(listed.body.eventLog?.id).toBe(eventLog.id);
  });

  it("filters by date range and attribute, compares two periods, and refuses bad filters", async () => {
    const process = await newProcess("Filtered");
    await importThroughApi(team.admin.client, process.id, eventLogFile("receipt.csv"));
    const factsUrl = (filters: unknown) =>
      `/api/processes/${process.id}/facts?filters=${encodeURIComponent(JSON.stringify(filters))}`;
    const narrowed = await team.admin.client.get<FlowFactsResponse>(
      factsUrl({
        dateRange: { from: "2011-01-01T00:00:00Z", to: "2011-07-01T00:00:00Z", mode: "completed" },
        attributes: [{ key: "unit", values: ["Group 1"] }],
      }),
    );
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.facts.summary.cases).toBeGreaterThan(0);
    expect(narrowed.body.facts.summary.cases).toBeLessThan(1434);

    // One variant: exactly its cases, all on one path.
    const whole = await team.admin.client.get<FlowFactsResponse>(factsUrl({}));
    const top = whole.body.facts.variants.top[0];
    const oneVariant = await team.admin.client.get<FlowFactsResponse>(
      factsUrl({ variants: [top?.activities] }),
    );
    expect(oneVariant.body.facts.summary).toMatchObject({ cases: top?.cases, variants: 1 });

    const compared = await team.admin.client.get<{
      a: { completed: number };
      b: { completed: number };
    }>(
      `/api/processes/${process.id}/facts/compare?aFrom=2011-01-01&aTo=2011-07-01&bFrom=2011-07-01&bTo=2012-01-01`,
    );
    expect(compared.status).toBe(200);
    expect(compared.body.a.completed + compared.body.b.completed).toBeGreaterThan(0);

    expectApiError(
      await team.admin.client.get(`/api/processes/${process.id}/facts?filters=%7Bnot-json`),
      400,
      "invalid_filter",
    );
    const unknown = expectApiError(
      await team.admin.client.get(factsUrl({ attributes: [{ key: "colour", values: ["red"] }] })),
      400,
      "invalid_filter",
    );
    expect(unknown.details).toMatchObject({ flowCode: "invalid_filter" });
    expectApiError(
      await team.admin.client.get(factsUrl({ dateRange: { from: "yesterday" } })),
      400,
      "invalid_filter",
    );
  });

  it("refuses a wrong mapping with the column and keeps the upload for a corrected try", async () => {
    const process = await newProcess("Mapping");
    const uploaded = await team.admin.client.upload<ImportPlan>(
      uploadUrl(process),
      eventLogFile("sepsis.csv"),
    );
    expect(uploaded.status).toBe(201);
    const plan = uploaded.body;
    expect(plan.dialect?.delimiter).toBe(";");

    const notTime = expectApiError(
      await team.admin.client.post(confirmUrl(process, plan), {
        mapping: { ...plan.mapping, timestamp: "Activity" },
      }),
      422,
      "timestamp_format_unknown",
    );
    expect(notTime.details).toMatchObject({ columnName: "Activity", column: 2, line: 2 });
    expectApiError(
      await team.admin.client.post(confirmUrl(process, plan), {
        mapping: { ...plan.mapping, caseId: "Patient" },
      }),
      400,
      "mapping_unknown_column",
    );
    expectApiError(
      await team.admin.client.post(confirmUrl(process, plan), {
        mapping: { activity: "Activity", timestamp: "Complete Timestamp" },
      }),
      400,
      "mapping_missing",
    );
    const fixed = await team.admin.client.post<{ eventLog: { cases: number } }>(
      confirmUrl(process, plan),
      { mapping: plan.mapping },
    );
    expect(fixed.status).toBe(201);
    // The case named NA is a case, not a missing value.
    expect(fixed.body.eventLog.cases).toBe(1050);
    expectApiError(
      await team.admin.client.post(confirmUrl(process, plan), { mapping: plan.mapping }),
      404,
      "upload_not_found",
    );
  });

  it("refuses bad files with line and column, and never half-replaces the earlier log", async () => {
    const process = await newProcess("Replace");
    const first = await importThroughApi(
      team.admin.client,
      process.id,
      eventLogFile("receipt.csv"),
    );
    const before = flowDirs();
    expect(before).toContain(first.eventLog.id);

    // A cut-off XES.gz: the upload is accepted (XES needs no plan), the import is refused.
    const helpdesk = eventLogFile("helpdesk.xes.gz");
    const cut = await team.admin.client.upload<ImportPlan>(uploadUrl(process), {
      name: "helpdesk.xes.gz",
      content: helpdesk.content.subarray(0, 100_000),
    });
    expect(cut.body).toMatchObject({ format: "xes", sizeBytes: 100_000 });
    expectApiError(
      await team.admin.client.post(confirmUrl(process, cut.body), { mapping: cut.body.mapping }),
      422,
      "gzip_corrupt",
    );

    // Timestamps that are none past the 64 KiB the plan samples, in 6 % of the rows: refused
    // (over 5 %), naming the first bad line.
    const rows = ["case,activity,timestamp"];
    for (let i = 0; i < 3000; i += 1) rows.push(`case-${i},a,2024-03-01 10:00:00`);
    for (let i = 0; i < 200; i += 1) rows.push(`case-${i},b,not a date`);
    const bad = await team.admin.client.upload<ImportPlan>(uploadUrl(process), {
      name: "bad.csv",
      content: `${rows.join("\n")}\n`,
    });
    const refused = expectApiError(
      await team.admin.client.post(confirmUrl(process, bad.body), { mapping: bad.body.mapping }),
      422,
      "invalid_timestamp",
    );
    expect(refused.details).toMatchObject({ line: 3002, column: 3, found: "not a date" });

    const still = await team.admin.client.get<FlowFactsResponse>(
      `/api/processes/${process.id}/facts`,
    );
    expect(still.body.eventLog.id).toBe(first.eventLog.id);
    // Refused imports leave no folder of their own.
    expect(flowDirs().sort()).toEqual([...before].sort());
    expect(still.body.facts.summary.cases).toBe(1434);

    // A good file replaces the log: the old Parquet folder goes with the old row.
    const second = await importThroughApi(
      team.admin.client,
      process.id,
      eventLogFile("helpdesk.xes.gz"),
    );
    expect(second.eventLog).toMatchObject({ format: "xes", cases: 4580, events: 21348 });
    expect(flowDirs()).not.toContain(first.eventLog.id);
    expect(flowDirs()).toContain(second.eventLog.id);
  });

  it("answers precise codes for empty, non-XES, missing and oversized files", async () => {
    const process = await newProcess("Files");
    expectApiError(
      await team.admin.client.upload(uploadUrl(process), { name: "empty.csv", content: "" }),
      422,
      "empty_file",
    );
    const notXes = await team.admin.client.upload<ImportPlan>(uploadUrl(process), {
      name: "page.xml",
      content: "<html><body>not a log</body></html>",
    });
    expectApiError(
      await team.admin.client.post(confirmUrl(process, notXes.body), { mapping: {} }),
      422,
      "xes_not_a_log",
    );
    expectApiError(
      await team.admin.client.upload(uploadUrl(process), null, { note: "no file" }),
      400,
      "upload_file_missing",
    );
    expectApiError(
      await team.admin.client.post(uploadUrl(process), { file: "receipt.csv" }),
      415,
      "unsupported_media_type",
    );
    // receipt.csv is 2.3 MB; the test app takes 4 MB: twice it is too much, and nothing stays.
    const receipt = eventLogFile("receipt.csv").content;
    const big = new Uint8Array(receipt.length * 2);
    big.set(receipt);
    big.set(receipt, receipt.length);
    const waiting = uploadDirs();
    expectApiError(
      await team.admin.client.upload(uploadUrl(process), { name: "big.csv", content: big }),
      413,
      "payload_too_large",
    );
    expect(uploadDirs()).toEqual(waiting);
  });

  it("guards the import routes: members read facts but cannot import; unknown uploads are 404", async () => {
    const process = await newProcess("Guarded");
    expectApiError(
      await team.members.member.client.get(`/api/processes/${process.id}/facts`),
      404,
      "event_log_not_found",
    );
    expectApiError(
      await team.members.member.client.upload(uploadUrl(process), eventLogFile("receipt.csv")),
      403,
      "forbidden",
    );
    expectApiError(
      await team.admin.client.post(
        `${uploadUrl(process)}/00000000-0000-0000-0000-000000000000/confirm`,
        { mapping: {} },
      ),
      404,
      "upload_not_found",
    );
    expectApiError(
      await team.admin.client.upload(
        uploadUrl(process),
        eventLogFile("receipt.csv"),
        {},
        { csrf: false },
      ),
      403,
      "csrf_token_missing",
    );
  });

  it("puts customer scores beside lead time", async () => {
    const process = await newProcess("Scores");
    await importThroughApi(team.admin.client, process.id, eventLogFile("interval_event_log.csv"));
    const answers = ["case,score", "C1,5", "C2,4", "C3,2", "C4,5", "no-such-case,1"];
    const uploaded = await team.admin.client.upload<{ uploadId: string; mapping: object }>(
      `/api/processes/${process.id}/customer-scores/uploads`,
      { name: "csat.csv", content: `${answers.join("\n")}\n` },
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.mapping).toEqual({ caseId: "case", score: "score", kind: "csat" });
    const confirmed = await team.admin.client.post(
      `/api/processes/${process.id}/customer-scores/uploads/${uploaded.body.uploadId}/confirm`,
      { mapping: uploaded.body.mapping },
    );
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201);
    expect(confirmed.body).toMatchObject({ fileName: "csat.csv", kind: "csat", responses: 5 });
    const facts = await team.admin.client.get<FlowFactsResponse>(
      `/api/processes/${process.id}/facts`,
    );
    expect(facts.body.customerExperience).toMatchObject({
      responses: 4,
      matchedCases: 4,
      meanScore: 4,
    });

    const words = await team.admin.client.upload<{ uploadId: string }>(
      `/api/processes/${process.id}/customer-scores/uploads`,
      { name: "words.csv", content: "case,score\nC1,good\nC2,bad\n" },
    );
    const refused = expectApiError(
      await team.admin.client.post(
        `/api/processes/${process.id}/customer-scores/uploads/${words.body.uploadId}/confirm`,
        { mapping: { caseId: "case", score: "score", kind: "csat" } },
      ),
      422,
      "score_invalid",
    );
    expect(refused.details).toMatchObject({ line: 2, found: "good" });
  });

  it("takes the activities that finish a case, and counts open cases by them", async () => {
    const process = await newProcess("Open cases");
    await importThroughApi(team.admin.client, process.id, eventLogFile("receipt.csv"));
    const factsUrl = `/api/processes/${process.id}/facts`;
    const before = await team.admin.client.get<FlowFactsResponse>(factsUrl);
    const ruleUrl = `/api/processes/${process.id}/event-log`;
    // Only the most common last activity finishes a case: every other case is open.
    const main = before.body.facts.dfg.activities.reduce((a, b) => (b.ends > a.ends ? b : a));
    const patched = await team.members.leader.client.patch<{ openCaseRule: object }>(ruleUrl, {
      openCaseRule: { endActivities: [main.activity] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.openCaseRule).toEqual({ endActivities: [main.activity] });
    const after = await team.admin.client.get<FlowFactsResponse>(factsUrl);
    expect(after.body.facts.wip.openCases).toBe(1434 - main.ends);
    expect(after.body.facts.throughput.totalCompleted).toBe(main.ends);
    expectApiError(
      await team.members.member.client.patch(ruleUrl, { openCaseRule: {} }),
      403,
      "forbidden",
    );
    const empty = await newProcess("No log yet");
    expectApiError(
      await team.admin.client.patch(`/api/processes/${empty.id}/event-log`, { openCaseRule: {} }),
      404,
      "event_log_not_found",
    );
  });

  it("removes a deleted process's files", async () => {
    const process = await newProcess("Gone");
    const { eventLog } = await importThroughApi(
      team.admin.client,
      process.id,
      eventLogFile("interval_event_log.csv"),
    );
    expect(flowDirs()).toContain(eventLog.id);
    expect((await team.admin.client.delete(`/api/processes/${process.id}`)).status).toBe(204);
    expect(flowDirs()).not.toContain(eventLog.id);
  });
});
