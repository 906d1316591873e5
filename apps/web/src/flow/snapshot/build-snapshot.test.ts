import { chartSnapshotSchema, type FlowFacts, type XmrChart } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { buildSnapshot, keyFigureOf } from "./build-snapshot";

function xmr(values: readonly number[], signal?: { from: number; to: number }): XmrChart {
  return {
    points: values.map((value, index) => ({
      label: `2026-W${String(index + 1).padStart(2, "0")}`,
      value,
      movingRange: null,
    })),
    centre: 10.123,
    averageMovingRange: 2,
    upperLimit: 15.4456,
    lowerLimit: -1,
    movingRangeUpperLimit: 6.5,
    baselinePoints: values.length,
    signals: signal ? [{ rule: "beyond_limits", side: "upper", ...signal }] : [],
  };
}

const facts = (weeks: number): Pick<FlowFacts, "stability" | "throughput" | "wip"> => ({
  stability: {
    leadTime: xmr(
      Array.from({ length: weeks }, (_, i) => 10 + (i % 3) / 3),
      { from: 1, to: 1 },
    ),
    throughput: xmr([3, 4, 5]),
  },
  throughput: {
    weeks: [{ week: "2026-W01", weekStart: "2025-12-29", completed: 4 }],
    totalCompleted: 4,
    meanPerWeek: 4,
  },
  wip: {
    interval: "day",
    points: [{ period: "2026-01-01", wip: 2, started: 1, finished: 0 }],
    openCases: 2,
  },
});

const input = {
  process: { id: "p-1", name: "Byggesak" },
  words: { from: "from", to: "to", variants: "variants" },
  now: new Date("2026-11-24T10:00:00.000Z"),
};

describe("a chart frozen for sharing", () => {
  it("keeps the XmR points, signals and limits, rounded, with the filters in words", () => {
    const snapshot = buildSnapshot({
      ...input,
      kind: "lead_time_xmr",
      facts: facts(3),
      filters: {
        dateRange: { from: "2026-01-01T00:00:00.000Z" },
        attributes: [{ key: "channel", values: ["Internet", "Post"] }],
      },
    });
    expect(chartSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.points).toEqual([
      { x: "2026-W01", y: 10 },
      { x: "2026-W02", y: 10.33, signal: true },
      { x: "2026-W03", y: 10.67 },
    ]);
    // A lower limit below zero is no lower limit.
    expect(snapshot.limits).toEqual({ centre: 10.12, upper: 15.45 });
    expect(snapshot.filters).toEqual([
      { name: "from", value: "2026-01-01" },
      { name: "channel", value: "Internet, Post" },
    ]);
    expect(snapshot).toMatchObject({ takenAt: "2026-11-24T10:00:00.000Z", unit: "days" });
    expect(keyFigureOf(snapshot)).toBe(10.12);
  });

  it("keeps the newest 400 points of a long history, within the schema", () => {
    const snapshot = buildSnapshot({
      ...input,
      kind: "lead_time_xmr",
      facts: facts(1_000),
      filters: {},
    });
    expect(snapshot.points).toHaveLength(400);
    expect(snapshot.points.at(-1)?.x).toBe("2026-W1000");
    expect(chartSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it("freezes throughput and work in progress without limits; the figure is the mean", () => {
    const throughput = buildSnapshot({
      ...input,
      kind: "throughput",
      facts: facts(2),
      filters: {},
    });
    expect(throughput).toMatchObject({ unit: "cases", points: [{ x: "2026-W01", y: 4 }] });
    expect(throughput.limits).toBeUndefined();
    expect(keyFigureOf(throughput)).toBe(4);
    const wip = buildSnapshot({ ...input, kind: "wip", facts: facts(2), filters: {} });
    expect(wip.points).toEqual([{ x: "2026-01-01", y: 2 }]);
  });
});
