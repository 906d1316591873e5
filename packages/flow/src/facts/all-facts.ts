import type { FlowLog } from "../analysis/flow-log.js";
import { type Bottlenecks, bottlenecks } from "./bottlenecks.js";
import { type Dfg, dfg } from "./dfg.js";
import { type Handoffs, handoffs } from "./handoffs.js";
import { type LeadTime, leadTime } from "./lead-time.js";
import { type LeadTimeByCompletion, leadTimeByCompletion } from "./lead-time-by-completion.js";
import type { OpenCaseRule } from "./open-cases.js";
import { type Rework, rework } from "./rework.js";
import { type Stability, stability } from "./stability.js";
import { type Summary, summary } from "./summary.js";
import { type Throughput, throughput } from "./throughput.js";
import { type Variants, variants } from "./variants.js";
import { type Wip, wip } from "./wip.js";
import { type WorkItemAge, workItemAge } from "./work-item-age.js";

export interface AllFacts {
  summary: Summary;
  leadTime: LeadTime;
  leadTimeByCompletion: LeadTimeByCompletion;
  throughput: Throughput;
  wip: Wip;
  workItemAge: WorkItemAge;
  stability: Stability;
  dfg: Dfg;
  bottlenecks: Bottlenecks;
  rework: Rework;
  variants: Variants;
  handoffs: Handoffs;
}

/** Every fact of a log, one after another on its one DuckDB connection. */
export const FACTS = {
  summary: (log: FlowLog) => summary(log),
  leadTime: (log: FlowLog) => leadTime(log),
  leadTimeByCompletion: (log: FlowLog) => leadTimeByCompletion(log),
  throughput: (log: FlowLog, rule?: OpenCaseRule) => throughput(log, rule),
  wip: (log: FlowLog, rule?: OpenCaseRule) => wip(log, "day", rule),
  workItemAge: (log: FlowLog, rule?: OpenCaseRule) => workItemAge(log, rule),
  stability: (log: FlowLog, rule?: OpenCaseRule) => stability(log, rule),
  dfg: (log: FlowLog) => dfg(log),
  bottlenecks: (log: FlowLog) => bottlenecks(log),
  rework: (log: FlowLog) => rework(log),
  variants: (log: FlowLog) => variants(log),
  handoffs: (log: FlowLog) => handoffs(log),
} as const;

export type FactName = keyof typeof FACTS;

export async function allFacts(log: FlowLog, rule: OpenCaseRule = {}): Promise<AllFacts> {
  const facts: Partial<Record<FactName, unknown>> = {};
  for (const name of Object.keys(FACTS) as FactName[]) {
    facts[name] = await FACTS[name](log, rule);
  }
  return facts as AllFacts;
}
