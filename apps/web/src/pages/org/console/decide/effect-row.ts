import type { DecisionEffect, EffectDirection, EffectMetric } from "@samspel/core";

/** The decide form's "effect to follow up" part as typed: all text, empty when not chosen. */
export interface EffectRow {
  processId: string;
  metric: EffectMetric;
  direction: EffectDirection;
  target: string;
  targetDate: string;
}

export const emptyEffect = (): EffectRow => ({
  processId: "",
  metric: "lead_time_median",
  direction: "decrease",
  target: "",
  targetDate: "",
});

/**
 * No process chosen: no effect. A process with a target and a date: the effect. A process
 * without them is incomplete — said so, rather than deciding without the effect meant.
 */
export function effectOf(row: EffectRow): DecisionEffect | undefined | "incomplete" {
  if (row.processId === "") return undefined;
  const target = Number(row.target.replace(",", "."));
  if (row.target.trim() === "" || !Number.isFinite(target) || target < 0 || row.targetDate === "")
    return "incomplete";
  return {
    processId: row.processId,
    metric: row.metric,
    direction: row.direction,
    target,
    targetDate: row.targetDate,
  };
}
