import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFlowLog } from "../analysis/flow-log.js";
import { attributeValues } from "../facts/attribute-values.js";
import { customerExperience } from "../facts/customer-experience.js";
import { planCsvImport } from "../import/csv-plan.js";
import { eventRows, fileWith, importCsvFile, scratch, unwrap } from "../test-support/fixtures.js";
import { importScores } from "./score-import.js";
import { suggestScoreMapping } from "./score-mapping.js";

// c1, c2 and c5-c7 take one day, c3 two, c4 ten (the slow one): all complete in one ISO week.
const EVENTS = eventRows(
  [
    ["c1", "register", "2024-03-04 09:00", "Front"],
    ["c1", "decide", "2024-03-05 09:00", "Back"],
    ["c2", "register", "2024-03-04 10:00", "Front"],
    ["c2", "decide", "2024-03-05 10:00", "Back"],
    ["c3", "register", "2024-03-04 11:00", "Front"],
    ["c3", "decide", "2024-03-06 11:00", "Back"],
    ["c4", "register", "2024-02-26 11:00", "Front"],
    ["c4", "decide", "2024-03-07 11:00", "Back"],
    ...["c5", "c6", "c7"].flatMap((id) => [
      [id, "register", "2024-03-05 09:00", "Front"] as const,
      [id, "decide", "2024-03-06 09:00", "Back"] as const,
    ]),
  ],
  true,
);

describe("customer-experience scores", () => {
  let dir: { dir: string; remove(): Promise<void> };
  let logPath: string;
  beforeAll(async () => {
    dir = await scratch();
    const path = await fileWith(dir.dir, "events.csv", `${EVENTS.join("\n")}\n`);
    logPath = unwrap(await importCsvFile(dir.dir, path)).path;
  });
  afterAll(() => dir.remove());

  async function scoresFile(name: string, text: string) {
    const plan = unwrap(await planCsvImport(await fileWith(dir.dir, name, text)));
    return { plan, mapping: suggestScoreMapping(plan) };
  }

  it("suggests the case and score columns and reads a 0-10 scale as NPS", async () => {
    const { mapping } = await scoresFile("nps.csv", "case,answered,score\nc1,2024-03-05,10\n");
    expect(mapping).toEqual({ caseId: "case", date: "answered", score: "score", kind: "nps" });
  });

  it("puts per-case answers beside lead time: mean, NPS, weeks and lead-time bands", async () => {
    const { plan } = await scoresFile(
      "per-case.csv",
      "case;score\nc1;10\nc2;9\nc3;7\nc4;2\nunknown-case;5\n",
    );
    const target = `${dir.dir}/scores-a.parquet`;
    const report = unwrap(
      await importScores(plan, { caseId: "case", score: "score", kind: "nps" }, target),
    );
    expect(report).toMatchObject({ responses: 5, rowsSkipped: 0, min: 2, max: 10 });
    const log = unwrap(await openFlowLog(logPath));
    try {
      const experience = await customerExperience(log, target, "nps");
      // The answer for a case the log does not have drops out: 4 answers, 2 promoters, 1 detractor.
      expect(experience.responses).toBe(4);
      expect(experience.matchedCases).toBe(4);
      expect(experience.meanScore).toBeCloseTo(7, 10);
      expect(experience.nps).toBeCloseTo(25, 10);
      expect(experience.weeks).toEqual([
        expect.objectContaining({ weekStart: "2024-03-04", responses: 4, meanScore: 7 }),
      ]);
      expect(experience.byLeadTime.find((band) => band.band === "aboveP85")).toEqual({
        band: "aboveP85",
        responses: 1,
        meanScore: 2,
      });
      expect(experience.leadTimeCorrelation).toBeLessThan(-0.9);
    } finally {
      log.close();
    }
  });

  it("counts per-period answers in their own week", async () => {
    const { plan, mapping } = await scoresFile(
      "per-week.csv",
      "date,csat\n2024-03-04,4\n2024-03-05,5\n2024-02-27,1\n",
    );
    expect(mapping).toMatchObject({ date: "date", score: "csat", kind: "csat" });
    const target = `${dir.dir}/scores-b.parquet`;
    unwrap(await importScores(plan, { date: "date", score: "csat", kind: "csat" }, target));
    const log = unwrap(await openFlowLog(logPath));
    try {
      const experience = await customerExperience(log, target, "csat");
      expect(experience.nps).toBeNull();
      expect(experience.matchedCases).toBe(0);
      expect(experience.byLeadTime).toEqual([]);
      expect(experience.weeks.find((week) => week.weekStart === "2024-03-04")).toMatchObject({
        responses: 2,
        meanScore: 4.5,
      });
    } finally {
      log.close();
    }
  });

  it("refuses a score column without numbers, naming the line and what it found", async () => {
    const { plan } = await scoresFile("words.csv", "case,score\nc1,good\nc2,bad\nc3,4\n");
    const result = await importScores(
      plan,
      { caseId: "case", score: "score", kind: "csat" },
      `${dir.dir}/scores-c.parquet`,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "score_invalid", line: 2, column: 2, found: "good" },
    });
  });

  it("needs a case id or a date to place an answer", async () => {
    const { plan } = await scoresFile("lonely.csv", "case,score\nc1,4\n");
    const result = await importScores(
      plan,
      { score: "score", kind: "csat" },
      `${dir.dir}/scores-d.parquet`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "mapping_missing" } });
  });

  it("lists filterable attributes with their most frequent values", async () => {
    const log = unwrap(await openFlowLog(logPath));
    try {
      const keys = await attributeValues(log);
      expect(keys.map((key) => key.key).sort()).toEqual(["activity", "unit"]);
      expect(keys.find((key) => key.key === "unit")?.values).toEqual([
        { value: "Back", events: 7 },
        { value: "Front", events: 7 },
      ]);
    } finally {
      log.close();
    }
  });
});
