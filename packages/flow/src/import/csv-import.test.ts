import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFlowLog } from "../analysis/flow-log.js";
import { dfg } from "../facts/dfg.js";
import { leadTime } from "../facts/lead-time.js";
import { summary } from "../facts/summary.js";
import { fileWith, importCsvFile, scratch, unwrap } from "../test-support/fixtures.js";
import { importCsv } from "./csv-import.js";
import { planCsvImport } from "./csv-plan.js";

/** A CSV of `count` good rows with `bad` after the first `at` of them. */
function rowsWith(count: number, at: number, bad: string): string {
  const good = Array.from(
    { length: count },
    (_, i) => `c${i},a,2024-03-01 10:${String(i).padStart(2, "0")}`,
  );
  return `${["case,activity,timestamp", ...good.slice(0, at), bad, ...good.slice(at)].join("\n")}\n`;
}

describe("importCsv", () => {
  let dir: { dir: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await scratch();
  });
  afterAll(() => dir.remove());

  async function imported(name: string, text: string | Uint8Array) {
    return importCsvFile(dir.dir, await fileWith(dir.dir, name, text));
  }

  it("reads each timestamp with its own UTC offset across a daylight-saving change", async () => {
    // 01:30+01:00 is 00:30 UTC and 03:30+02:00 is 01:30 UTC: one hour, not two.
    const log = unwrap(
      await imported(
        "dst.csv",
        "case,activity,timestamp\nc1,a,2024-03-31 01:30:00+01:00\nc1,b,2024-03-31 03:30:00+02:00\n",
      ),
    );
    const opened = unwrap(await openFlowLog(log.path));
    expect((await leadTime(opened)).median).toBeCloseTo(1 / 24, 10);
    opened.close();
  });

  it("keeps a case named NA and breaks timestamp ties by file order", async () => {
    const log = unwrap(
      await imported(
        "ties.csv",
        "case,activity,timestamp\nNA,second,2024-03-01 10:00\nNA,first,2024-03-01 10:00\n" +
          "c2,first,2024-03-01 10:00\nc2,second,2024-03-01 10:00\n",
      ),
    );
    const opened = unwrap(await openFlowLog(log.path));
    expect((await summary(opened)).cases).toBe(2);
    const edges = (await dfg(opened)).edges.map((edge) => `${edge.from}>${edge.to}`).sort();
    // NA wrote "second" first, c2 "first" first: each case keeps its own file order.
    expect(edges).toEqual(["first>second", "second>first"]);
    opened.close();
  });

  it("keeps Latin-1 text intact", async () => {
    const bytes = Buffer.from(
      "case,activity,timestamp\n1,Godkänn ärende,2024-03-01 10:00\n",
      "latin1",
    );
    const log = unwrap(await imported("latin1.csv", bytes));
    const opened = unwrap(await openFlowLog(log.path));
    expect((await dfg(opened)).activities.map((activity) => activity.activity)).toEqual([
      "Godkänn ärende",
    ]);
    opened.close();
  });

  it("refuses a bad timestamp with its physical line, column and the expected format", async () => {
    // The quoted note spans lines 2-3, so the bad value in the third record is on line 5.
    const result = await imported(
      "bad-ts.csv",
      'case,activity,timestamp,note\n1,a,2024-03-01 10:00:00,"two\nlines"\n1,b,2024-03-01 11:00:00,x\n' +
        "1,c,2024-13-45 99:00:00,y\n",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: "invalid_timestamp",
      line: 5,
      column: 3,
      columnName: "timestamp",
      found: "2024-13-45 99:00:00",
    });
    expect(result.error.expected).toContain("%Y-%m-%d %H:%M:%S");
  });

  it("skips a few bad rows and reports where and why", async () => {
    const rows = rowsWith(40, 20, ",a,2024-03-01 12:00");
    const log = unwrap(await imported("few-bad.csv", rows));
    expect(log.report.rowsRead).toBe(41);
    expect(log.report.eventsImported).toBe(40);
    expect(log.report.skippedByCode).toEqual({ missing_case_id: 1 });
    expect(log.report.skipped[0]).toMatchObject({ code: "missing_case_id", line: 22, column: 1 });
  });

  it("reports a row with too many fields by line", async () => {
    const rows = rowsWith(30, 10, "c9,a,2024-03-01 10:00,extra");
    const log = unwrap(await imported("wide-row.csv", rows));
    expect(log.report.skippedByCode).toEqual({ csv_malformed_row: 1 });
    expect(log.report.skipped[0]).toMatchObject({ code: "csv_malformed_row", line: 12 });
    expect(log.report.skipped[0]?.expected).toContain("3 fields");
  });

  it("never half-replaces an earlier log", async () => {
    const target = { flowDir: join(dir.dir, "atomic"), logId: "same" };
    const goodPath = await fileWith(
      dir.dir,
      "good.csv",
      "case,activity,timestamp\nc1,a,2024-03-01 10:00\nc1,b,2024-03-02 10:00\n",
    );
    const first = unwrap(await importCsv(unwrap(await planCsvImport(goodPath)), target));
    const badPath = await fileWith(
      dir.dir,
      "bad.csv",
      "case,activity,timestamp\nc1,a,2024-03-01 10:00\nc2,b,yesterday\n",
    );
    const badPlan = unwrap(await planCsvImport(badPath, { timestamp: "timestamp" }));
    badPlan.timestampFormats.timestamp = {
      formats: ["%Y-%m-%d %H:%M"],
      example: "",
      ambiguousDayMonth: false,
    };
    const second = await importCsv(badPlan, target);
    expect(second.ok ? null : second.error.code).toBe("invalid_timestamp");
    expect(await readdir(join(target.flowDir, target.logId))).toEqual(["events.parquet"]);
    const opened = unwrap(await openFlowLog(first.path));
    expect((await summary(opened)).events).toBe(2);
    opened.close();
  });

  it("answers mapping problems with stable codes", async () => {
    const path = await fileWith(
      dir.dir,
      "mapping.csv",
      "id,what,when,note\n1,a,2024-03-01 10:00,x\n",
    );
    const plan = unwrap(await planCsvImport(path));
    const target = { flowDir: join(dir.dir, "mapping"), logId: "m" };
    const mapping = { caseId: "id", activity: "what", timestamp: "when" };
    const missing = await importCsv(
      { ...plan, mapping: { ...mapping, caseId: undefined } },
      target,
    );
    expect(missing.ok ? null : missing.error.code).toBe("mapping_missing");
    const unknown = await importCsv({ ...plan, mapping: { ...mapping, caseId: "nope" } }, target);
    expect(unknown.ok ? null : unknown.error.code).toBe("mapping_unknown_column");
    const notTime = await importCsv(
      { ...plan, mapping: { ...mapping, timestamp: "note" } },
      target,
    );
    expect(notTime.ok ? null : notTime.error).toMatchObject({
      code: "timestamp_format_unknown",
      column: 4,
    });
    const badId = await importCsv(
      { ...plan, mapping },
      {
        flowDir: dir.dir,
        logId: "../escape",
      },
    );
    expect(badId.ok ? null : badId.error.code).toBe("invalid_log_id");
  });
});
