import type { FlowLog } from "../analysis/flow-log.js";
import type { OpenCaseRule } from "./open-cases.js";
import { weeklyFigures } from "./weeks.js";

export interface Throughput {
  weeks: { week: string; weekStart: string; completed: number }[];
  totalCompleted: number;
  meanPerWeek: number | null;
}

/** Cases finished per ISO week. */
export async function throughput(log: FlowLog, rule: OpenCaseRule = {}): Promise<Throughput> {
  const weeks = (await weeklyFigures(log, rule)).map(({ week, weekStart, completed }) => ({
    week,
    weekStart,
    completed,
  }));
  const totalCompleted = weeks.reduce((sum, week) => sum + week.completed, 0);
  return {
    weeks,
    totalCompleted,
    meanPerWeek: weeks.length > 0 ? totalCompleted / weeks.length : null,
  };
}
