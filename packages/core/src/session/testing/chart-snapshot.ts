import type { ChartSnapshot } from "../../contributions/chart-snapshot.js";

/** A weekly XmR chart of median lead time, as a process page would freeze it. */
export function buildChartSnapshot(points = 12): ChartSnapshot {
  return {
    kind: "lead_time_xmr",
    processId: "process-1",
    processName: "Building permits",
    filters: [{ name: "from", value: "2026-01-05" }],
    takenAt: "2026-11-20T09:30:00.000Z",
    unit: "days",
    points: Array.from({ length: points }, (_, week) => ({
      x: new Date(Date.UTC(2026, 0, 5 + 7 * (week % 52), 0, 0, 0)).toISOString().slice(0, 10),
      y: 40 + (week % 5),
      ...(week === 3 && { signal: true as const }),
    })),
    limits: { centre: 42, upper: 47.3, lower: 36.7 },
  };
}
