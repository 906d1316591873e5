import { describe, expect, it } from "vitest";
import { xmrChart } from "./xmr.js";

const series = (values: readonly number[]) =>
  values.map((value, index) => ({ label: `w${index}`, value }));

// A baseline of ten weeks alternating 10 and 12: centre 11, average moving range 2, natural
// process limits 11 ± 5.32 = [5.68, 16.32], midpoints 11 ± 2.66 = [8.34, 13.66].
const BASELINE = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

describe("xmrChart (Wheeler's XmR with three detection rules)", () => {
  it("computes the centre line and natural process limits", () => {
    const chart = xmrChart(series([10, 12, 11, 13, 12]));
    expect(chart.centre).toBeCloseTo(11.6, 12);
    expect(chart.averageMovingRange).toBeCloseTo(1.5, 12);
    expect(chart.upperLimit).toBeCloseTo(11.6 + 2.66 * 1.5, 12);
    expect(chart.lowerLimit).toBeCloseTo(11.6 - 2.66 * 1.5, 12);
    expect(chart.movingRangeUpperLimit).toBeCloseTo(3.268 * 1.5, 12);
    expect(chart.points.map((point) => point.movingRange)).toEqual([null, 2, 1, 2, 1]);
  });

  it("judges later weeks against a baseline's limits", () => {
    const chart = xmrChart(series([...BASELINE, 13, 13]), 10);
    expect(chart.baselinePoints).toBe(10);
    expect(chart.centre).toBe(11);
    expect(chart.averageMovingRange).toBe(2);
  });

  it("finds no signal in a stable series", () => {
    expect(xmrChart(series(BASELINE)).signals).toEqual([]);
  });

  it("rule 1: a point beyond a limit, either side", () => {
    expect(xmrChart(series([...BASELINE, 17]), 10).signals).toEqual([
      { rule: "beyond_limits", side: "upper", from: 10, to: 10 },
    ]);
    expect(xmrChart(series([...BASELINE, 5]), 10).signals).toEqual([
      { rule: "beyond_limits", side: "lower", from: 10, to: 10 },
    ]);
  });

  it("rule 2: three of four points nearer a limit than the centre line", () => {
    // 14 is past the midpoint 13.66 but inside the limit 16.32; 11 sits on the centre line.
    expect(xmrChart(series([...BASELINE, 14, 11, 14, 14]), 10).signals).toEqual([
      { rule: "three_of_four", side: "upper", from: 10, to: 13 },
    ]);
    expect(xmrChart(series([...BASELINE, 14, 11, 11, 14]), 10).signals).toEqual([]);
  });

  it("rule 3: eight in a row on one side, as one signal however long the run", () => {
    // The run starts at the baseline's last point (12, above 11) and lasts to the end.
    expect(xmrChart(series([...BASELINE, ...Array(8).fill(11.5)]), 10).signals).toEqual([
      { rule: "run_of_eight", side: "upper", from: 9, to: 17 },
    ]);
    // A point on the centre line breaks the run.
    const broken = [...BASELINE.slice(0, 9), 11, ...Array(7).fill(10.5)];
    expect(xmrChart(series(broken), 10).signals).toEqual([]);
  });

  it("has no limits with fewer than two points", () => {
    const chart = xmrChart(series([4]));
    expect(chart).toMatchObject({ centre: 4, upperLimit: null, lowerLimit: null, signals: [] });
  });
});
