import * as Plot from "@observablehq/plot";
import { PERCENTILE_COLOURS } from "./colours";

export interface PercentileLine {
  key: "p50" | "p85" | "p95";
  value: number;
  label: string;
}

/** p50/p85/p95 as labelled lines: vertical over a distribution, horizontal over a time series. */
export function percentileRules(lines: PercentileLine[], axis: "x" | "y"): Plot.Markish[] {
  const stroke = (line: PercentileLine) => PERCENTILE_COLOURS[line.key];
  if (axis === "x") {
    return [
      Plot.ruleX(lines, { x: "value", stroke, strokeDasharray: "4 3", strokeWidth: 1.5 }),
      // One mark per line, each a row lower: close percentiles (p50 and p85 of a skewed log)
      // would otherwise print over each other.
      ...lines.map((line, row) =>
        Plot.text([line], {
          x: "value",
          frameAnchor: "top",
          text: "label",
          fill: stroke,
          dx: 4,
          dy: row * 14,
          textAnchor: "start",
          fontWeight: 600,
        }),
      ),
    ];
  }
  return [
    Plot.ruleY(lines, { y: "value", stroke, strokeDasharray: "4 3", strokeWidth: 1.5 }),
    ...lines.map((line, column) =>
      Plot.text([line], {
        y: "value",
        frameAnchor: "right",
        text: "label",
        fill: stroke,
        dy: -6,
        dx: -column * 90,
        textAnchor: "end",
        fontWeight: 600,
      }),
    ),
  ];
}

export function percentileLines(
  percentiles: { p50: number | null; p85: number | null; p95: number | null },
  label: (key: PercentileLine["key"], value: number) => string,
): PercentileLine[] {
  return (["p50", "p85", "p95"] as const).flatMap((key) => {
    const value = percentiles[key];
    return value === null ? [] : [{ key, value, label: label(key, value) }];
  });
}
