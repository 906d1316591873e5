import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EVENTLOGS,
  eventRows,
  fileWith,
  gzip,
  HAVE_EVENTLOGS,
  scratch,
  xesDocument,
} from "../test-support/fixtures.js";
import { runFlowCommand } from "./analyze.js";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runFlowCommand(argv, {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

/** Runs a command that must succeed and parses its JSON. */
async function runJson(argv: string[]) {
  const { code, out, err } = await run(argv);
  expect(code, err).toBe(0);
  return JSON.parse(out);
}

describe("samspel flow analyze", () => {
  let dir: { dir: string; remove(): Promise<void> };
  let csv: string;
  beforeAll(async () => {
    dir = await scratch();
    const rows = eventRows(
      [
        ["t1", "open", "2024-01-01 09:00", "desk"],
        ["t1", "fix", "2024-01-02 09:00", "ops"],
        ["t1", "close", "2024-01-03 09:00", "desk"],
        ["t2", "open", "2024-01-08 09:00", "desk"],
        ["t2", "close", "2024-01-09 09:00", "desk"],
      ],
      true,
    );
    csv = await fileWith(dir.dir, "tickets.csv", `${rows.join("\n")}\n`);
  });
  afterAll(() => dir.remove());

  it("prints every fact as JSON, with the headline figures at the top", async () => {
    const result = await runJson(["analyze", csv, "--json"]);
    expect(result).toMatchObject({
      cases: 2,
      events: 5,
      activities: 3,
      dfg_edges: 3,
      variants: 2,
      median: 1.5,
    });
    expect(result.p85).toEqual(expect.any(Number));
    expect(result.p95).toEqual(expect.any(Number));
    expect(result.mean).toBe(1.5);
    expect(result.edges).toContainEqual(
      expect.objectContaining({ from: "open", to: "fix", count: 1 }),
    );
    expect(result.xmr.weekly_throughput).toMatchObject({ centre: 1, upperLimit: 1, lowerLimit: 1 });
    expect(Object.keys(result.facts)).toEqual([
      "summary",
      "leadTime",
      "leadTimeByCompletion",
      "throughput",
      "wip",
      "workItemAge",
      "stability",
      "dfg",
      "bottlenecks",
      "rework",
      "variants",
      "handoffs",
    ]);
    expect(result.facts.handoffs.handoffs).toHaveLength(2);
  });

  it("prints a short summary without --json", async () => {
    const { code, out } = await run(["analyze", csv, "--unit", "unit"]);
    expect(code).toBe(0);
    expect(out).toContain("2 cases, 5 events, 3 activities, 3 directly-follows edges, 2 variants");
    expect(out).toContain("Lead time (days): median 1.50");
    expect(out).toContain("Biggest handoff delay");
  });

  it("reads XES.gz with --format", async () => {
    const path = await fileWith(
      dir.dir,
      "log.gz",
      gzip(
        xesDocument({
          a: [
            { activity: "x", time: "2024-01-01T09:00:00Z" },
            { activity: "y", time: "2024-01-03T09:00:00Z" },
          ],
        }),
      ),
    );
    expect(await runJson(["analyze", path, "--format", "xes", "--json"])).toMatchObject({
      format: "xes",
      cases: 1,
      median: 2,
    });
  });

  it("exits 2 with a clear message for a bad file or mapping", async () => {
    const missing = await run(["analyze", join(dir.dir, "nope.csv")]);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toContain("error [file_not_found]");
    const mapping = await run(["analyze", csv, "--case", "ticket"]);
    expect(mapping.code).toBe(2);
    expect(mapping.err).toContain("error [mapping_unknown_column]: No column 'ticket'");
    const bad = await fileWith(
      dir.dir,
      "bad.csv",
      "case,activity,timestamp\n1,a,2024-01-01 09:00\n1,b,2024-99-01 09:00\n",
    );
    const badRun = await run(["analyze", bad]);
    expect(badRun.code).toBe(2);
    expect(badRun.err).toContain("error [invalid_timestamp]");
    expect(badRun.err).toContain("at line 3, column 3");
    const option = await run(["analyze", csv, "--colour", "red"]);
    expect(option.code).toBe(2);
    const xesOption = await run(["analyze", csv, "--format", "xes", "--case", "x"]);
    expect(xesOption.code).toBe(2);
    expect((await run(["summarise", csv])).code).toBe(2);
  });

  it.skipIf(!HAVE_EVENTLOGS)("reproduces receipt.csv's reference figures", async () => {
    const result = await runJson(["analyze", join(EVENTLOGS, "receipt.csv"), "--json"]);
    expect(result).toMatchObject({
      cases: 1434,
      events: 8577,
      activities: 27,
      dfg_edges: 99,
      variants: 116,
    });
    expect(result.median).toBeCloseTo(0.033, 3);
    expect(result.p85).toBeCloseTo(11.101, 3);
    expect(result.mean).toBeCloseTo(5.408, 3);
  });
});
