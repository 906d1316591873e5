import { describe, expect, it } from "vitest";
import { sessionCommandSchema } from "../session/commands.js";
import { buildChartSnapshot } from "../session/testing/chart-snapshot.js";
import { MAX_CHART_POINTS } from "./chart-snapshot.js";

function shareChart(source: unknown) {
  return sessionCommandSchema.safeParse({
    type: "contribution.add",
    payload: { kind: "fact", text: "Median lead time per week", source },
  });
}

describe("a chart shared as a fact", () => {
  it("is accepted as a fact's source, with or without a figure", () => {
    expect(shareChart({ chart: buildChartSnapshot() }).success).toBe(true);
    expect(shareChart({ figure: "42 days", chart: buildChartSnapshot() }).success).toBe(true);
  });

  it("is bounded: at most 400 points, and a full chart stays far under the 64 KiB body limit", () => {
    const full = buildChartSnapshot(MAX_CHART_POINTS);
    expect(shareChart({ chart: full }).success).toBe(true);
    expect(shareChart({ chart: buildChartSnapshot(MAX_CHART_POINTS + 1) }).success).toBe(false);
    const body = JSON.stringify({ type: "contribution.add", payload: { source: { chart: full } } });
    expect(new TextEncoder().encode(body).length).toBeLessThan(32 * 1024);
  });

  it("refuses unknown fields, unknown kinds and numbers that are not finite", () => {
    const chart = buildChartSnapshot(2);
    expect(shareChart({ chart: { ...chart, live: true } }).success).toBe(false);
    expect(shareChart({ chart: { ...chart, kind: "pie" } }).success).toBe(false);
    const [first] = chart.points;
    if (first === undefined) throw new Error("no point");
    const infinite = { ...chart, points: [{ ...first, y: Number.POSITIVE_INFINITY }] };
    expect(shareChart({ chart: infinite }).success).toBe(false);
    expect(
      shareChart({ chart: { ...chart, points: [{ x: "the third week of 2026", y: 1 }] } }).success,
    ).toBe(false);
  });
});
