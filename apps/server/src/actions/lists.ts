import {
  type DecisionStatus,
  isOverdue,
  LIVE_DECISION_STATUSES,
  type ListedAction,
} from "@samspel/core";
import { type Kysely, sql } from "kysely";
import type { Database } from "../storage/schema.js";
import { type ActionRow, actionRows, toAction } from "./store.js";

/** A person's list and the overdue list are read, not paged: a bound keeps them cheap. */
export const MAX_LISTED_ACTIONS = 500;

function listed(db: Kysely<Database>) {
  return actionRows(db).select([
    "d.title as decision_title",
    "d.text as decision_text",
    "d.status as decision_status",
  ]);
}

function toListed(
  row: ActionRow & {
    decision_title: string;
    decision_text: string;
    decision_status: DecisionStatus;
  },
  today: string,
): ListedAction {
  const action = { ...toAction(row), decisionStatus: row.decision_status };
  return {
    ...action,
    decisionTitle: row.decision_title,
    decisionText: row.decision_text,
    overdue: isOverdue(action, today),
  };
}

/*
 * The lists restate core's isOverdue and compareMyActions in SQL so that the bound keeps the
 * right rows; core-rules-in-sql.test.ts holds them to core. Where core's comparison ties, the
 * decision's own order: older decisions first, the id between two taken at the same instant (or
 * their order would be whatever the query plan gives), then the action's place in it.
 */

/**
 * The actions linked to `userId` in one organisation: open ones first, soonest due first,
 * undated last (core's compareMyActions). Those of superseded or revoked decisions stay listed,
 * unflagged, so that their owner can close or drop them.
 */
export async function myActions(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  today: string,
): Promise<ListedAction[]> {
  const rows = await listed(db)
    .where("d.organisation_id", "=", organisationId)
    .where("a.owner_user_id", "=", userId)
    .orderBy(sql`case when a.status = 'open' then 0 else 1 end`)
    .orderBy(sql`case when a.due_date is null then 1 else 0 end`)
    .orderBy("a.due_date")
    .orderBy("d.decided_at")
    .orderBy("d.id")
    .orderBy("a.position")
    .limit(MAX_LISTED_ACTIONS)
    .execute();
  return rows.map((row) => toListed(row, today));
}

/**
 * Open actions of decisions in effect or under review whose due day is before `today` (core's
 * isOverdue), the longest overdue first.
 */
export async function overdueActions(
  db: Kysely<Database>,
  organisationId: string,
  today: string,
): Promise<ListedAction[]> {
  const rows = await listed(db)
    .where("d.organisation_id", "=", organisationId)
    .where("d.status", "in", LIVE_DECISION_STATUSES)
    .where("a.status", "=", "open")
    .where("a.due_date", "<", today)
    .orderBy("a.due_date")
    .orderBy("d.decided_at")
    .orderBy("d.id")
    .orderBy("a.position")
    .limit(MAX_LISTED_ACTIONS)
    .execute();
  return rows.map((row) => toListed(row, today));
}
