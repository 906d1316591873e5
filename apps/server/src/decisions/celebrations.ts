import { type Celebration, type DecisionEffect, LIVE_DECISION_STATUSES } from "@samspel/core";
import type { Kysely } from "kysely";
import type { FlowFiles } from "../processes/flow-files.js";
import type { Database } from "../storage/schema.js";
import { currentProcess, judgeEffect } from "./effects.js";

/*
 * Results to celebrate: live decisions whose actions are carried out (core's actionsCarriedOut,
 * in SQL and held to it by actions/core-rules-in-sql.test.ts: at least one done, none open,
 * dropped ones do not hold it back) and, where it named an effect, whose effect the process's
 * current event log confirms.
 *
 * Judging an effect reads a whole event log, so only the newest candidates are judged: the home
 * page shows a handful of results, not an archive.
 */

/** Candidates judged per request, newest first. */
export const MAX_CELEBRATION_CANDIDATES = 20;
/** Results shown. */
export const MAX_CELEBRATIONS = 6;

export async function celebrations(
  db: Kysely<Database>,
  files: FlowFiles,
  organisationId: string,
): Promise<Celebration[]> {
  const candidates = await db
    .selectFrom("decisions as d")
    .leftJoin("decision_effects as e", "e.decision_id", "d.id")
    .select((eb) => [
      "d.id",
      "d.title",
      "d.text",
      "d.decided_at",
      "e.process_id",
      "e.metric",
      "e.direction",
      "e.target",
      "e.target_date",
      eb
        .selectFrom("decision_actions as a")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("a.decision_id", "=", "d.id")
        .where("a.status", "=", "done")
        .as("actions_done"),
    ])
    .where("d.organisation_id", "=", organisationId)
    .where("d.outcome", "=", "decided")
    .where("d.status", "in", LIVE_DECISION_STATUSES)
    .where((eb) =>
      eb.and([
        eb.exists(
          eb
            .selectFrom("decision_actions as a")
            .select("a.id")
            .whereRef("a.decision_id", "=", "d.id")
            .where("a.status", "=", "done"),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom("decision_actions as a")
              .select("a.id")
              .whereRef("a.decision_id", "=", "d.id")
              .where("a.status", "=", "open"),
          ),
        ),
      ]),
    )
    .orderBy("d.decided_at", "desc")
    .orderBy("d.id", "desc")
    .limit(MAX_CELEBRATION_CANDIDATES)
    .execute();

  const results: Celebration[] = [];
  for (const row of candidates) {
    if (results.length >= MAX_CELEBRATIONS) break;
    const celebration = {
      decisionId: row.id,
      title: row.title,
      text: row.text,
      decidedAt: row.decided_at,
      // PostgreSQL counts as bigint, which pg hands over as text.
      actionsDone: Number(row.actions_done ?? 0),
    };
    if (row.process_id === null || row.metric === null) {
      results.push({ ...celebration, confirmedMetric: null });
      continue;
    }
    const effect: DecisionEffect = {
      processId: row.process_id,
      metric: row.metric,
      direction: row.direction ?? "decrease",
      target: row.target ?? 0,
      targetDate: row.target_date ?? "",
    };
    if (await effectConfirmed(db, files, organisationId, effect, row.decided_at.slice(0, 10))) {
      results.push({ ...celebration, confirmedMetric: effect.metric });
    }
  }
  return results;
}

async function effectConfirmed(
  db: Kysely<Database>,
  files: FlowFiles,
  organisationId: string,
  effect: DecisionEffect,
  decidedOn: string,
): Promise<boolean> {
  const process = await currentProcess(db, effect.processId, organisationId);
  if (process?.eventLog == null) return false;
  const followUp = await files.analyse(() => judgeEffect(files, process, effect, decidedOn));
  return followUp?.verdict === "effect_confirmed";
}
