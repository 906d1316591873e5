import {
  type ChartKind,
  type ChartPoint,
  type ChartSnapshot,
  type FlowFacts,
  type FlowFilters,
  MAX_CHART_FILTERS,
  MAX_CHART_POINTS,
  type XmrChart,
} from "@samspel/core";

/** The charts a process page offers to share; each redraws from its frozen points alone. */
export const SHAREABLE_CHARTS = ["lead_time_xmr", "throughput_xmr", "throughput", "wip"] as const;
export type ShareableChart = (typeof SHAREABLE_CHARTS)[number];

/** Words for the filters, in the sharer's language: the snapshot keeps them as text. */
export interface FilterWords {
  from: string;
  to: string;
  variants: string;
}

/**
 * Freezes one chart of the facts into a fact's source. The newest points are kept when there
 * are more than the snapshot may hold (a chart is read for where the process is now), and
 * numbers are rounded to what the eye can tell apart, keeping the command small.
 */
export function buildSnapshot(input: {
  kind: ShareableChart;
  facts: Pick<FlowFacts, "stability" | "throughput" | "wip">;
  filters: FlowFilters;
  process: { id: string; name: string };
  words: FilterWords;
  now: Date;
}): ChartSnapshot {
  const { kind, facts, process, now } = input;
  const base = {
    kind: kind satisfies ChartKind,
    processId: process.id,
    processName: process.name.slice(0, 200),
    filters: filterWords(input.filters, input.words),
    takenAt: now.toISOString(),
  };
  switch (kind) {
    case "lead_time_xmr":
      return { ...base, unit: "days", ...fromXmr(facts.stability.leadTime) };
    case "throughput_xmr":
      return { ...base, unit: "cases", ...fromXmr(facts.stability.throughput) };
    case "throughput":
      return {
        ...base,
        unit: "cases",
        points: newest(facts.throughput.weeks.map((w) => ({ x: w.week, y: w.completed }))),
      };
    case "wip":
      return {
        ...base,
        unit: "cases",
        points: newest(facts.wip.points.map((p) => ({ x: p.period.slice(0, 20), y: p.wip }))),
      };
  }
}

function fromXmr(chart: XmrChart): Pick<ChartSnapshot, "points" | "limits"> {
  const signalled = new Set(
    chart.signals.flatMap(({ from, to }) =>
      Array.from({ length: to - from + 1 }, (_, offset) => from + offset),
    ),
  );
  const points = newest(
    chart.points.map((point, index) => ({
      x: point.label,
      y: point.value,
      ...(signalled.has(index) && { signal: true as const }),
    })),
  );
  if (chart.centre === null || chart.upperLimit === null) return { points };
  return {
    points,
    limits: {
      centre: round(chart.centre),
      upper: round(chart.upperLimit),
      // Wheeler: a lower limit below zero means no lower limit.
      ...(chart.lowerLimit !== null && chart.lowerLimit > 0 && { lower: round(chart.lowerLimit) }),
    },
  };
}

function newest(points: readonly ChartPoint[]): ChartPoint[] {
  return points.slice(-MAX_CHART_POINTS).map((point) => ({ ...point, y: round(point.y) }));
}

/** Two decimals: a hundredth of a day is a quarter of an hour. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function filterWords(filters: FlowFilters, words: FilterWords): ChartSnapshot["filters"] {
  const named: ChartSnapshot["filters"] = [];
  const { dateRange, variants, attributes } = filters;
  if (dateRange?.from) named.push({ name: words.from, value: dateRange.from.slice(0, 10) });
  if (dateRange?.to) named.push({ name: words.to, value: dateRange.to.slice(0, 10) });
  if (variants && variants.length > 0) {
    named.push({ name: words.variants, value: String(variants.length) });
  }
  for (const { key, values } of attributes ?? []) {
    named.push({ name: key.slice(0, 60), value: values.join(", ").slice(0, 200) || "–" });
  }
  return named.slice(0, MAX_CHART_FILTERS);
}

/** The figure a fact states beside its chart: the centre line, or the mean per week. */
export function keyFigureOf(snapshot: ChartSnapshot): number | null {
  if (snapshot.limits) return snapshot.limits.centre;
  if (snapshot.points.length === 0) return null;
  return round(snapshot.points.reduce((sum, p) => sum + p.y, 0) / snapshot.points.length);
}
