import { detectSignals, type XmrSignal, xmrChart } from "./xmr.js";

/*
 * Did a decision move the metric it named? Wheeler's answer: only a signal is evidence of a
 * change; a point that merely looks better is routine variation. So the limits come from the
 * weeks BEFORE the decision (the baseline), and only the weeks after it are searched for
 * signals against those limits. A signal in the intended direction confirms the effect; one
 * the other way says the process got worse; none says "no signal yet" — even when the target
 * happens to be met, because one good week inside the limits proves nothing.
 */

export type EffectDirection = "decrease" | "increase";
export type EffectVerdict = "effect_confirmed" | "no_signal_yet" | "worse";

export interface WeeklyValue {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  value: number;
}

export interface EffectFollowUpInput {
  series: readonly WeeklyValue[];
  /** The decision's calendar date (YYYY-MM-DD): weeks starting after it count as "after". */
  decidedOn: string;
  direction: EffectDirection;
  target: number;
}

export interface EffectFollowUp {
  verdict: EffectVerdict;
  /** How many weeks the limits rest on; fewer than two means nothing can be judged yet. */
  baselineWeeks: number;
  afterWeeks: number;
  centre: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  /** Signals among the weeks after the decision; indices into `series`. */
  signals: XmrSignal[];
  /** The median of the weeks after the decision meets the target. */
  targetReached: boolean;
}

export function effectFollowUp(input: EffectFollowUpInput): EffectFollowUp {
  const { series, decidedOn, direction, target } = input;
  // The decision's own week is neither before nor after: the change was half in place.
  const firstAfter = series.findIndex((week) => week.weekStart > decidedOn);
  const after = firstAfter === -1 ? [] : series.slice(firstAfter);
  const baseline = series.filter((week) => addDays(week.weekStart, 6) < decidedOn);
  const chart = xmrChart(
    baseline.map((week) => ({ label: week.weekStart, value: week.value })),
    baseline.length,
  );
  const judged =
    baseline.length >= 2 && chart.centre !== null && chart.upperLimit !== null
      ? detectSignals(
          after.map((week) => week.value),
          { centre: chart.centre, upper: chart.upperLimit, lower: chart.lowerLimit ?? 0 },
        ).map((signal) => ({
          ...signal,
          from: signal.from + firstAfter,
          to: signal.to + firstAfter,
        }))
      : [];
  return {
    verdict: verdictOf(judged, direction),
    baselineWeeks: baseline.length,
    afterWeeks: after.length,
    centre: baseline.length >= 2 ? chart.centre : null,
    upperLimit: baseline.length >= 2 ? chart.upperLimit : null,
    lowerLimit: baseline.length >= 2 ? chart.lowerLimit : null,
    signals: judged,
    targetReached: reached(after, direction, target),
  };
}

/** The latest signal decides: a process that improved and then slid back has slid back. */
function verdictOf(signals: readonly XmrSignal[], direction: EffectDirection): EffectVerdict {
  const latest = signals.reduce<XmrSignal | undefined>(
    (last, signal) => (last === undefined || signal.to >= last.to ? signal : last),
    undefined,
  );
  if (latest === undefined) return "no_signal_yet";
  const wanted = direction === "decrease" ? "lower" : "upper";
  return latest.side === wanted ? "effect_confirmed" : "worse";
}

function reached(
  after: readonly WeeklyValue[],
  direction: EffectDirection,
  target: number,
): boolean {
  if (after.length === 0) return false;
  const values = after.map((week) => week.value).sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  const median =
    values.length % 2 === 1
      ? (values[middle] ?? 0)
      : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
  return direction === "decrease" ? median <= target : median >= target;
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
