import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlowFilters } from "../analysis/filters.js";
import type { FlowLog } from "../analysis/flow-log.js";
import { eventRows, openCsvLog, scratch } from "../test-support/fixtures.js";
import { bottlenecks } from "./bottlenecks.js";
import { comparePeriods } from "./compare-periods.js";
import { dfg } from "./dfg.js";
import { handoffs } from "./handoffs.js";
import { leadTime } from "./lead-time.js";
import { leadTimeByCompletion } from "./lead-time-by-completion.js";
import { endActivities } from "./open-cases.js";
import { rework } from "./rework.js";
import { stability } from "./stability.js";
import { summary } from "./summary.js";
import { throughput } from "./throughput.js";
import { variants } from "./variants.js";
import { weeklyMetric } from "./weekly-metric.js";
import { wip } from "./wip.js";
import { workItemAge } from "./work-item-age.js";

// Four cases whose every figure can be worked out by hand (dates are 2024, 09:00 UTC):
//   c1 register 01-01 front, review 01-02 back, close 01-03 front            lead 2 days
//   c2 register 01-02 front, review 01-04 back, review 01-05 back, close 01-09 front   7 days
//   c3 register 01-08 front, close 01-10 front                                2 days
//   c4 register 01-10 front, review 01-11 back  (still open: no close)      1 day
const EVENTS = [
  ["c1", "register", "2024-01-01 09:00", "front"],
  ["c1", "review", "2024-01-02 09:00", "back"],
  ["c1", "close", "2024-01-03 09:00", "front"],
  ["c2", "register", "2024-01-02 09:00", "front"],
  ["c2", "review", "2024-01-04 09:00", "back"],
  ["c2", "review", "2024-01-05 09:00", "back"],
  ["c2", "close", "2024-01-09 09:00", "front"],
  ["c3", "register", "2024-01-08 09:00", "front"],
  ["c3", "close", "2024-01-10 09:00", "front"],
  ["c4", "register", "2024-01-10 09:00", "front"],
  ["c4", "review", "2024-01-11 09:00", "back"],
] as const;

const CLOSE = { endActivities: ["close"] };

describe("flow facts on a log worked out by hand", () => {
  let dir: { dir: string; remove(): Promise<void> };
  let log: FlowLog;
  let opened = 0;
  const open = (filters: FlowFilters = {}) => {
    opened += 1;
    return openCsvLog(dir.dir, `hand-${opened}.csv`, eventRows(EVENTS, true), { filters });
  };
  beforeAll(async () => {
    dir = await scratch();
    log = await open();
  });
  afterAll(async () => {
    log.close();
    await dir.remove();
  });

  it("summary", async () => {
    expect(await summary(log)).toEqual({
      cases: 4,
      events: 11,
      activities: 3,
      dfg_edges: 4,
      variants: 4,
      median: 2,
      p85: 8.25,
      p95: 10.75,
      mean: 3,
    });
  });

  it("lead time distribution (Python's exclusive quantiles, sample standard deviation)", async () => {
    const lead = await leadTime(log, 7);
    expect(lead).toMatchObject({
      count: 4,
      median: 2,
      p85: 8.25,
      p95: 10.75,
      mean: 3,
      min: 1,
      max: 7,
    });
    expect(lead.stdDev).toBeCloseTo(2.70801280154532, 12);
    expect(lead.coefficientOfVariation).toBeCloseTo(2.70801280154532 / 3, 12);
    expect(lead.histogram.map((bin) => bin.cases)).toEqual([0, 1, 2, 0, 0, 0, 1]);
  });

  it("lead time by completion date, sampled down when asked", async () => {
    const all = await leadTimeByCompletion(log);
    expect(all.points.map((point) => [point.caseId, point.leadTimeDays])).toEqual([
      ["c1", 2],
      ["c2", 7],
      ["c3", 2],
      ["c4", 1],
    ]);
    expect(all.points[0]?.completedAt).toBe("2024-01-03T09:00:00.000Z");
    expect(all.sampled).toBe(false);
    const sample = await leadTimeByCompletion(log, 2);
    expect(sample.sampled).toBe(true);
    expect(sample.points).toHaveLength(2);
  });

  it("end activities by default and open cases by rule", async () => {
    expect(await endActivities(log)).toEqual(["close", "review"]);
    expect(await endActivities(log, { minEndShare: 0.5 })).toEqual(["close"]);
  });

  it("throughput per ISO week of completion", async () => {
    expect(await throughput(log, CLOSE)).toEqual({
      weeks: [
        { week: "2024-W01", weekStart: "2024-01-01", completed: 1 },
        { week: "2024-W02", weekStart: "2024-01-08", completed: 2 },
      ],
      totalCompleted: 3,
      meanPerWeek: 1.5,
    });
  });

  it("work in progress at the end of each day", async () => {
    const result = await wip(log, "day", CLOSE);
    expect(result.openCases).toBe(1);
    expect(result.points.map((point) => [point.period, point.wip])).toEqual([
      ["2024-01-01", 1],
      ["2024-01-02", 2],
      ["2024-01-03", 1],
      ["2024-01-04", 1],
      ["2024-01-05", 1],
      ["2024-01-06", 1],
      ["2024-01-07", 1],
      ["2024-01-08", 2],
      ["2024-01-09", 1],
      ["2024-01-10", 1],
    ]);
  });

  it("work-item age of open cases against finished cases' percentiles", async () => {
    const age = await workItemAge(log, CLOSE);
    expect(age.asOf).toBe("2024-01-11T09:00:00.000Z");
    expect(age.historical).toEqual({ p50: 2, p85: 9, p95: expect.any(Number) });
    expect(age.openCases).toBe(1);
    expect(age.oldest).toEqual([
      {
        caseId: "c4",
        startedAt: "2024-01-10T09:00:00.000Z",
        ageDays: 1,
        lastActivity: "review",
        beyond: null,
      },
    ]);
    const later = await workItemAge(log, { ...CLOSE, asOf: "2024-01-13T09:00:00Z" });
    expect(later.oldest[0]).toMatchObject({ ageDays: 3, beyond: "p50" });
  });

  it("directly-follows graph with counts and transition times", async () => {
    const graph = await dfg(log);
    expect(graph.timeKind).toBe("transition");
    expect(
      graph.edges.map(({ from, to, count, totalDays, medianDays }) => [
        from,
        to,
        count,
        totalDays,
        medianDays,
      ]),
    ).toEqual([
      ["register", "review", 3, 4, 1],
      ["review", "close", 2, 5, 2.5],
      ["register", "close", 1, 2, 2],
      ["review", "review", 1, 1, 1],
    ]);
    expect(graph.activities.find((activity) => activity.activity === "register")).toMatchObject({
      count: 4,
      starts: 4,
      ends: 0,
    });
  });

  it("bottlenecks by total and by median waiting", async () => {
    const ranking = await bottlenecks(log, 2);
    expect(ranking.edgesByTotal.map((edge) => `${edge.from}>${edge.to}`)).toEqual([
      "review>close",
      "register>review",
    ]);
    expect(ranking.edgesByMedian.map((edge) => `${edge.from}>${edge.to}`)).toEqual([
      "review>close",
      "register>close",
    ]);
    expect(ranking.activitiesByTotal.map((a) => [a.activity, a.totalDays])).toEqual([
      ["close", 7],
      ["review", 5],
    ]);
  });

  it("rework: cases repeating an activity", async () => {
    expect(await rework(log)).toEqual({
      casesWithRework: 1,
      share: 0.25,
      activities: [{ activity: "review", cases: 1, share: 1 / 3, repeats: 1 }],
    });
  });

  it("variants with shares", async () => {
    const result = await variants(log);
    expect(result.total).toBe(4);
    expect(result.top.map((variant) => variant.share)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(result.top.at(-1)?.cumulativeShare).toBe(1);
    expect(result.top.map((variant) => variant.activities.join(">")).sort()).toEqual([
      "register>close",
      "register>review",
      "register>review>close",
      "register>review>review>close",
    ]);
  });

  it("handoffs between units", async () => {
    const result = await handoffs(log);
    expect(result.units).toEqual(["back", "front"]);
    expect(
      result.handoffs.map(({ from, to, count, totalDays }) => [from, to, count, totalDays]),
    ).toEqual([
      ["back", "front", 2, 5],
      ["front", "back", 3, 4],
    ]);
  });

  it("stability: XmR charts of weekly figures", async () => {
    const charts = await stability(log, CLOSE);
    expect(charts.throughput.points.map((point) => point.value)).toEqual([1, 2]);
    expect(charts.throughput.centre).toBe(1.5);
    expect(charts.throughput.averageMovingRange).toBe(1);
    expect(charts.leadTime.points.map((point) => point.value)).toEqual([2, 4.5]);
  });

  it("one metric per week, as a decision's effect follows it", async () => {
    // Week of 01-08: c2 (7 days) and c3 (2 days); p85 interpolates 2 + 0.85 × 5.
    expect(await weeklyMetric(log, "lead_time_p85", CLOSE)).toEqual([
      { weekStart: "2024-01-01", value: 2 },
      { weekStart: "2024-01-08", value: 6.25 },
    ]);
    expect((await weeklyMetric(log, "lead_time_median", CLOSE)).map((w) => w.value)).toEqual([
      2, 4.5,
    ]);
    expect((await weeklyMetric(log, "throughput", CLOSE)).map((w) => w.value)).toEqual([1, 2]);
  });

  it("compares two periods", async () => {
    const result = await comparePeriods(
      log,
      { from: "2024-01-01", to: "2024-01-08" },
      { from: "2024-01-08", to: "2024-01-15" },
      CLOSE,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.a).toMatchObject({
      completed: 1,
      throughputPerWeek: 1,
      variants: 1,
      reworkShare: 0,
    });
    expect(result.value.b).toMatchObject({
      completed: 2,
      throughputPerWeek: 2,
      variants: 2,
      reworkShare: 0.5,
    });
    expect(result.value.change).toEqual({
      completed: 1,
      throughputPerWeek: 1,
      medianLeadTimeDays: 2.5,
      p85LeadTimeDays: 9.75 - 2,
    });
    const bad = await comparePeriods(
      log,
      { from: "soon", to: "later" },
      { from: "2024-01-01", to: "2024-01-02" },
    );
    expect(bad.ok ? null : bad.error.code).toBe("invalid_argument");
  });

  describe("filters apply to every fact", () => {
    async function casesWith(filters: FlowFilters): Promise<number> {
      const filtered = await open(filters);
      try {
        return (await summary(filtered)).cases;
      } finally {
        filtered.close();
      }
    }

    it("date range modes", async () => {
      expect(
        await casesWith({ dateRange: { from: "2024-01-08", to: "2024-01-15", mode: "completed" } }),
      ).toBe(3);
      expect(
        await casesWith({ dateRange: { from: "2024-01-01", to: "2024-01-04", mode: "contained" } }),
      ).toBe(1);
      expect(await casesWith({ dateRange: { from: "2024-01-05", to: "2024-01-06" } })).toBe(1);
      expect(await casesWith({ dateRange: { from: "2024-01-08", mode: "started" } })).toBe(2);
    });

    it("variants", async () => {
      expect(
        await casesWith({
          variants: [
            ["register", "close"],
            ["register", "review"],
          ],
        }),
      ).toBe(2);
    });

    it("attribute values, keeping cases or only events", async () => {
      expect(await casesWith({ attributes: [{ key: "unit", values: ["back"] }] })).toBe(3);
      expect(
        await casesWith({ attributes: [{ key: "case_id", values: ["c1"], exclude: true }] }),
      ).toBe(3);
      const events = await open({
        attributes: [{ key: "unit", values: ["back"], keep: "events" }],
      });
      expect(await summary(events)).toMatchObject({ cases: 3, events: 4, dfg_edges: 1 });
      events.close();
    });

    it("refuses an unknown attribute or a date that is not one", async () => {
      await expect(open({ attributes: [{ key: "colour", values: ["red"] }] })).rejects.toThrow(
        /invalid_filter/,
      );
      await expect(open({ dateRange: { from: "yesterday" } })).rejects.toThrow(/invalid_filter/);
    });
  });
});
