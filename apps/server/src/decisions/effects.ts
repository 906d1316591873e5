import type {
  DecisionEffect,
  EffectBaseline,
  EffectFollowUpResponse,
  OpenCaseRule,
  Process,
  ProcessDecision,
} from "@samspel/core";
import {
  effectFollowUp,
  type FlowLog,
  openFlowLog,
  type WeeklyValue,
  weeklyMetric,
} from "@samspel/flow";
import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import { orThrow } from "../processes/flow-errors.js";
import type { FlowFiles } from "../processes/flow-files.js";
import { getProcess, processNotFound } from "../processes/register.js";
import type { ReadModelWriter } from "../sessions/runtime.js";
import type { Database } from "../storage/schema.js";

/*
 * The effect a decision names, stored beside its record with a baseline: the metric's weekly
 * figures as the process's event log showed them on the day. A later import replaces the log,
 * so without the baseline nobody could say what the group saw when it decided.
 */

/**
 * Writes a decision_effects row for each decision that names an effect. A process that is not
 * the session's organisation's refuses the decision (the event is not written): a record must
 * not point at a process its readers cannot see.
 */
export function decisionEffectsWriter(files: FlowFiles): ReadModelWriter {
  return async (db, _sessionId, state, events) => {
    for (const event of events) {
      if (event.type !== "proposal.decided" || event.payload.effect === undefined) continue;
      const { effect, decisionId } = event.payload;
      const process = await getProcess(db, effect.processId);
      if (process.organisationId !== state.organisationId) throw processNotFound();
      const baseline =
        process.eventLog === null
          ? null
          : await takeBaseline(files, process.eventLog, effect, event.at);
      await insertEffect(db, decisionId, effect, baseline);
    }
  };
}

async function takeBaseline(
  files: FlowFiles,
  eventLog: { id: string; openCaseRule: OpenCaseRule },
  effect: DecisionEffect,
  decidedAt: string,
): Promise<EffectBaseline> {
  const decidedOn = decidedAt.slice(0, 10);
  // Not through files.analyse's queue: this runs inside the append transaction, and an import
  // holding a slot may be waiting for that same database. One small query on one log is cheap.
  const weeks = await withFlowLog(files, eventLog.id, (log) =>
    weeklyMetric(log, effect.metric, eventLog.openCaseRule),
  );
  return {
    takenAt: decidedAt,
    eventLogId: eventLog.id,
    weeks: roundedWeeks(weeks.filter((week) => week.weekStart <= decidedOn)).slice(-520),
  };
}

export async function withFlowLog<T>(
  files: FlowFiles,
  eventLogId: string,
  work: (log: FlowLog) => Promise<T>,
): Promise<T> {
  const log = orThrow(await openFlowLog(files.eventsPath(eventLogId)));
  try {
    return await work(log);
  } finally {
    log.close();
  }
}

/** Three decimals: a hundredth of a day is 15 minutes, finer than any lead time decision. */
export function roundedWeeks(weeks: readonly WeeklyValue[]): WeeklyValue[] {
  return weeks.map(({ weekStart, value }) => ({
    weekStart,
    value: Math.round(value * 1_000) / 1_000,
  }));
}

async function insertEffect(
  db: Kysely<Database>,
  decisionId: string,
  effect: DecisionEffect,
  baseline: EffectBaseline | null,
): Promise<void> {
  await db
    .insertInto("decision_effects")
    .values({
      decision_id: decisionId,
      process_id: effect.processId,
      metric: effect.metric,
      direction: effect.direction,
      target: effect.target,
      target_date: effect.targetDate,
      baseline: baseline === null ? null : JSON.stringify(baseline),
    })
    .execute();
}

/** The stored baseline of a decision's effect; undefined when the decision names none. */
export async function findEffectBaseline(
  db: Kysely<Database>,
  decisionId: string,
): Promise<{ baseline: EffectBaseline | null } | undefined> {
  const row = await db
    .selectFrom("decision_effects")
    .select("baseline")
    .where("decision_id", "=", decisionId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  // Validated by its type when written; parsed here only from JSON text.
  return { baseline: row.baseline === null ? null : (JSON.parse(row.baseline) as EffectBaseline) };
}

/** The decisions that name `processId` as the flow they mean to change, newest first. */
export async function decisionsForProcess(
  db: Kysely<Database>,
  processId: string,
): Promise<ProcessDecision[]> {
  const rows = await db
    .selectFrom("decision_effects")
    .innerJoin("decisions", "decisions.id", "decision_effects.decision_id")
    .select([
      "decisions.id",
      "decisions.title",
      "decisions.text",
      "decisions.decided_at",
      "decision_effects.process_id",
      "decision_effects.metric",
      "decision_effects.direction",
      "decision_effects.target",
      "decision_effects.target_date",
    ])
    .where("decision_effects.process_id", "=", processId)
    .orderBy("decisions.decided_at", "desc")
    .execute();
  return rows.map((row) => ({
    decisionId: row.id,
    title: row.title,
    text: row.text,
    decidedAt: row.decided_at,
    effect: {
      processId: row.process_id,
      metric: row.metric,
      direction: row.direction,
      target: row.target,
      targetDate: row.target_date,
    },
  }));
}

/** The process if it is still there and still the organisation's. */
export async function currentProcess(
  db: Kysely<Database>,
  processId: string,
  organisationId: string,
): Promise<Process | undefined> {
  try {
    const process = await getProcess(db, processId);
    return process.organisationId === organisationId ? process : undefined;
  } catch (error) {
    if (error instanceof AppError && error.code === "process_not_found") return undefined;
    throw error;
  }
}

/**
 * The effect's follow-up from the process's CURRENT event log; null while it has none. Run it
 * through files.analyse: it reads a whole log.
 */
export async function judgeEffect(
  files: FlowFiles,
  process: Process,
  effect: DecisionEffect,
  decidedOn: string,
): Promise<EffectFollowUpResponse | null> {
  const eventLog = process.eventLog;
  if (eventLog === null) return null;
  const weeks = roundedWeeks(
    await withFlowLog(files, eventLog.id, (log) =>
      weeklyMetric(log, effect.metric, eventLog.openCaseRule),
    ),
  );
  const result = effectFollowUp({
    series: weeks,
    decidedOn,
    direction: effect.direction,
    target: effect.target,
  });
  const signalled = new Set(
    result.signals.flatMap(({ from, to }) =>
      Array.from({ length: to - from + 1 }, (_, offset) => from + offset),
    ),
  );
  return {
    verdict: result.verdict,
    eventLogImportedAt: eventLog.importedAt,
    weeks: weeks.map((week, index) => ({ ...week, signal: signalled.has(index) })),
    baselineWeeks: result.baselineWeeks,
    afterWeeks: result.afterWeeks,
    centre: result.centre,
    upperLimit: result.upperLimit,
    lowerLimit: result.lowerLimit,
    targetReached: result.targetReached,
  };
}
