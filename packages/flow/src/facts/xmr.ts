/**
 * XmR process behaviour chart (Wheeler, "Understanding Variation", 1993; Wheeler & Chambers,
 * "Understanding Statistical Process Control"). The natural process limits are the mean plus and
 * minus 2.66 average moving ranges (2.66 = 3 / d2, d2 = 1.128 for ranges of two); the moving range
 * chart's upper limit is 3.268 average moving ranges.
 *
 * Detection rules, as Wheeler states them:
 * 1. a single point outside the natural process limits;
 * 2. three out of four successive points closer to the same limit than to the central line
 *    (beyond the midpoint, mean ± 1.33 average moving ranges);
 * 3. eight successive points on the same side of the central line (a point exactly on it breaks
 *    the run).
 */
export interface XmrPoint {
  label: string;
  value: number;
  /** |value - previous value|; null for the first point. */
  movingRange: number | null;
}

export type XmrRule = "beyond_limits" | "three_of_four" | "run_of_eight";

export interface XmrSignal {
  rule: XmrRule;
  side: "upper" | "lower";
  /** Indices into `points`, first and last of the points that make the signal. */
  from: number;
  to: number;
}

export interface XmrChart {
  points: XmrPoint[];
  centre: number | null;
  averageMovingRange: number | null;
  upperLimit: number | null;
  /** Can be below zero for counts; a lower limit below zero means no lower limit (Wheeler). */
  lowerLimit: number | null;
  movingRangeUpperLimit: number | null;
  /** How many points the limits were computed from (the baseline). */
  baselinePoints: number;
  signals: XmrSignal[];
}

const LIMIT_FACTOR = 2.66;
const MOVING_RANGE_FACTOR = 3.268;

export function xmrChart(
  series: readonly { label: string; value: number }[],
  baselinePoints = series.length,
): XmrChart {
  const points = series.map((point, index) => ({
    label: point.label,
    value: point.value,
    movingRange: index === 0 ? null : Math.abs(point.value - (series[index - 1]?.value ?? 0)),
  }));
  const baseline = points.slice(0, Math.max(2, Math.min(baselinePoints, points.length)));
  if (baseline.length < 2) {
    return {
      points,
      centre: points[0]?.value ?? null,
      averageMovingRange: null,
      upperLimit: null,
      lowerLimit: null,
      movingRangeUpperLimit: null,
      baselinePoints: baseline.length,
      signals: [],
    };
  }
  const centre = mean(baseline.map((point) => point.value));
  const averageMovingRange = mean(baseline.slice(1).map((point) => point.movingRange ?? 0));
  const limits = {
    centre,
    upper: centre + LIMIT_FACTOR * averageMovingRange,
    lower: centre - LIMIT_FACTOR * averageMovingRange,
  };
  return {
    points,
    centre,
    averageMovingRange,
    upperLimit: limits.upper,
    lowerLimit: limits.lower,
    movingRangeUpperLimit: MOVING_RANGE_FACTOR * averageMovingRange,
    baselinePoints: baseline.length,
    signals: detectSignals(
      points.map((point) => point.value),
      limits,
    ),
  };
}

export interface Limits {
  centre: number;
  upper: number;
  lower: number;
}

export function detectSignals(values: readonly number[], limits: Limits): XmrSignal[] {
  return [
    ...beyondLimits(values, limits),
    ...threeOfFour(values, limits),
    ...runOfEight(values, limits),
  ];
}

function beyondLimits(values: readonly number[], { upper, lower }: Limits): XmrSignal[] {
  const signals: XmrSignal[] = [];
  values.forEach((value, index) => {
    if (value > upper)
      signals.push({ rule: "beyond_limits", side: "upper", from: index, to: index });
    if (value < lower)
      signals.push({ rule: "beyond_limits", side: "lower", from: index, to: index });
  });
  return signals;
}

function threeOfFour(values: readonly number[], { centre, upper, lower }: Limits): XmrSignal[] {
  const upperMid = (centre + upper) / 2;
  const lowerMid = (centre + lower) / 2;
  const signals: XmrSignal[] = [];
  for (const side of ["upper", "lower"] as const) {
    const near = values.map((value) => (side === "upper" ? value > upperMid : value < lowerMid));
    for (let start = 0; start + 4 <= values.length; start += 1) {
      const count = near.slice(start, start + 4).filter(Boolean).length;
      if (count >= 3)
        addOrExtend(signals, { rule: "three_of_four", side, from: start, to: start + 3 });
    }
  }
  return signals;
}

function runOfEight(values: readonly number[], { centre }: Limits): XmrSignal[] {
  const signals: XmrSignal[] = [];
  let runStart = 0;
  let runSide: "upper" | "lower" | null = null;
  values.forEach((value, index) => {
    const side = value > centre ? "upper" : value < centre ? "lower" : null;
    if (side !== runSide) {
      runSide = side;
      runStart = index;
    }
    if (side !== null && index - runStart + 1 >= 8) {
      addOrExtend(signals, { rule: "run_of_eight", side, from: runStart, to: index });
    }
  });
  return signals;
}

/** Overlapping windows of one rule and side are one signal, spanning them all. */
function addOrExtend(signals: XmrSignal[], signal: XmrSignal): void {
  const last = signals.at(-1);
  if (last && last.rule === signal.rule && last.side === signal.side && signal.from <= last.to) {
    last.to = Math.max(last.to, signal.to);
    return;
  }
  signals.push(signal);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
