import {
  buildDecisionRecord,
  type DecisionRecord,
  type DecisionSummary,
  decisionRecordSchema,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import type { ReadModelWriter } from "../sessions/runtime.js";
import type { Database, DecisionTable } from "../storage/schema.js";
import { searchTextOf } from "./search-text.js";

/**
 * Writes a decision record for every proposal the events decided or postponed. It runs inside
 * the append transaction, so a record that cannot be written takes its event down with it: the
 * log never holds a decision the register does not.
 */
export const writeDecisionRecords: ReadModelWriter = async (db, _sessionId, state, events) => {
  for (const event of events) {
    if (event.type !== "proposal.decided" && event.type !== "proposal.postponed") continue;
    const built = buildDecisionRecord(state, event.payload.proposalId);
    if (built === undefined) {
      throw new Error(`${event.type} left proposal ${event.payload.proposalId} open`);
    }
    // Validated before it is stored: a record the API could not answer with must not be written.
    await insertDecisions(db, [decisionRecordSchema.parse(built)], event.at);
  }
};

/**
 * Decision records with their actions, facilitators and search text, as the session writer
 * stores them; several at once for seeding (the register benchmark).
 */
export async function insertDecisions(
  db: Kysely<Database>,
  records: readonly DecisionRecord[],
  writtenAt: string,
) {
  if (records.length === 0) return;
  await db
    .insertInto("decisions")
    .values(
      records.map((record) => ({
        id: record.decisionId,
        organisation_id: record.organisationId,
        session_id: record.sessionId,
        proposal_id: record.proposalId,
        outcome: record.outcome,
        title: record.title,
        text: record.text,
        language: record.language,
        decided_at: record.at,
        review_date: record.reviewDate,
        record: JSON.stringify(record),
        created_at: writtenAt,
        // The search index follows this column in the same transaction: a generated tsvector
        // on PostgreSQL, triggers into FTS5 on SQLite (migration 2026-11-26T01:00:00.000Z).
        search_text: searchTextOf(record),
      })),
    )
    .execute();
  const facilitators = records.flatMap((record) =>
    [...new Set(record.facilitators.map((facilitator) => facilitator.userId))].map((userId) => ({
      decision_id: record.decisionId,
      user_id: userId,
    })),
  );
  if (facilitators.length > 0) {
    await db.insertInto("decision_facilitators").values(facilitators).execute();
  }
  const actions = records.flatMap((record) =>
    record.actions.map((action, position) => ({
      id: newId(),
      decision_id: record.decisionId,
      position,
      what: action.what,
      owner: action.owner,
      due_date: action.dueDate,
    })),
  );
  if (actions.length > 0) await db.insertInto("decision_actions").values(actions).execute();
}

export interface Page {
  limit: number;
  offset: number;
}

/** An organisation's decisions and postponements, newest first. */
export async function listDecisions(
  db: Kysely<Database>,
  organisationId: string,
  { limit, offset }: Page,
): Promise<DecisionSummary[]> {
  const rows = await db
    .selectFrom("decisions")
    .select(SUMMARY_COLUMNS)
    .where("organisation_id", "=", organisationId)
    // The id breaks ties between decisions taken in the same millisecond: pages stay stable.
    .orderBy("decided_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toSummary);
}

/** The decisions and postponements one session made, oldest first (its report lists them). */
export async function decisionsOfSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<DecisionSummary[]> {
  const rows = await db
    .selectFrom("decisions")
    .select(SUMMARY_COLUMNS)
    .where("session_id", "=", sessionId)
    .orderBy("decided_at")
    .orderBy("id")
    .execute();
  return rows.map(toSummary);
}

const SUMMARY_COLUMNS = [
  "id",
  "session_id",
  "outcome",
  "title",
  "text",
  "language",
  "decided_at",
  "review_date",
] as const;

export type SummaryRow = Pick<
  DecisionTable,
  "id" | "session_id" | "outcome" | "title" | "text" | "language" | "decided_at" | "review_date"
>;

export function toSummary(row: SummaryRow): DecisionSummary {
  return {
    id: row.id,
    sessionId: row.session_id,
    outcome: row.outcome,
    title: row.title,
    text: row.text,
    language: row.language,
    decidedAt: row.decided_at,
    reviewDate: row.review_date,
  };
}

/** A decision's record with the organisation it belongs to, or undefined. */
export async function findDecision(
  db: Kysely<Database>,
  decisionId: string,
): Promise<{ organisationId: string; record: DecisionRecord } | undefined> {
  const row = await db
    .selectFrom("decisions")
    .select(["organisation_id", "record"])
    .where("id", "=", decisionId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    organisationId: row.organisation_id,
    // Validated when written; parsed here only from JSON text.
    record: JSON.parse(row.record) as DecisionRecord,
  };
}
