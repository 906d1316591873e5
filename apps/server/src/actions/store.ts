import {
  type Action,
  type ActionComment,
  type ActionRefusal,
  type ActionStatus,
  type ActionStatusChange,
  type ActionWithComments,
  MAX_ACTION_COMMENTS,
  type NewAction,
  refuseActionStatusChange,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import { isUniqueViolation } from "../storage/constraints.js";
import type { Database } from "../storage/schema.js";

/*
 * A decision's actions as rows: the ones the meeting gave are written with the decision record
 * (decisions/read-model.ts); this module follows them up and adds the ones that came later.
 */

/** The actions with the names of the people they point at, as every list shows them. */
export function actionRows(db: Kysely<Database>) {
  return db
    .selectFrom("decision_actions as a")
    .innerJoin("decisions as d", "d.id", "a.decision_id")
    .leftJoin("users as owner", "owner.id", "a.owner_user_id")
    .leftJoin("users as changer", "changer.id", "a.status_changed_by")
    .leftJoin("users as adder", "adder.id", "a.created_by")
    .select([
      "a.id",
      "a.decision_id",
      "a.position",
      "a.what",
      "a.owner",
      "a.owner_user_id",
      "owner.display_name as owner_name",
      "a.due_date",
      "a.status",
      "a.status_reason",
      "a.status_changed_at",
      "changer.display_name as changed_by_name",
      "adder.display_name as added_by_name",
      "d.organisation_id",
    ]);
}

export interface ActionRow {
  id: string;
  decision_id: string;
  position: number;
  what: string;
  owner: string;
  owner_user_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: ActionStatus;
  status_reason: string | null;
  status_changed_at: string | null;
  changed_by_name: string | null;
  added_by_name: string | null;
  organisation_id: string;
}

export function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    decisionId: row.decision_id,
    position: row.position,
    what: row.what,
    owner: row.owner,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    status: row.status,
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at,
    statusChangedByName: row.changed_by_name,
    addedByName: row.added_by_name,
  };
}

/** One action with the organisation its decision belongs to, or undefined. */
export async function findAction(
  db: Kysely<Database>,
  actionId: string,
): Promise<(Action & { organisationId: string }) | undefined> {
  const row = await actionRows(db).where("a.id", "=", actionId).executeTakeFirst();
  return row && { ...toAction(row), organisationId: row.organisation_id };
}

/** A decision's actions in the decision's order, each with its comments, oldest first. */
export async function listDecisionActions(
  db: Kysely<Database>,
  decisionId: string,
): Promise<ActionWithComments[]> {
  const rows = await actionRows(db)
    .where("a.decision_id", "=", decisionId)
    .orderBy("a.position")
    .execute();
  if (rows.length === 0) return [];
  const comments = await db
    .selectFrom("action_comments")
    .selectAll()
    .where(
      "action_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const byAction = new Map<string, ActionComment[]>();
  for (const comment of comments) {
    const list = byAction.get(comment.action_id) ?? [];
    // Bounded per action: the page shows the latest ones, a longer talk belongs in a meeting.
    if (list.length >= MAX_ACTION_COMMENTS) list.shift();
    list.push({
      id: comment.id,
      authorId: comment.author_id,
      authorName: comment.author_name,
      text: comment.text,
      at: comment.created_at,
    });
    byAction.set(comment.action_id, list);
  }
  return rows.map((row) => ({ ...toAction(row), comments: byAction.get(row.id) ?? [] }));
}

/**
 * Moves an action to its next status after core's rules allow it. The update names the status
 * it was checked against, so a concurrent change makes it touch no row and is refused.
 */
export async function changeActionStatus(
  db: Kysely<Database>,
  action: Pick<Action, "id" | "status">,
  change: ActionStatusChange,
  by: string,
  at: string,
): Promise<ActionRefusal | undefined> {
  const refusal = refuseActionStatusChange(action.status, change);
  if (refusal !== undefined) return refusal;
  const updated = await db
    .updateTable("decision_actions")
    .set({
      status: change.status,
      status_reason: change.status === "dropped" ? (change.reason?.trim() ?? null) : null,
      status_changed_at: at,
      status_changed_by: by,
    })
    .where("id", "=", action.id)
    .where("status", "=", action.status)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n ? undefined : "invalid_action_transition";
}

export async function updateAction(
  db: Kysely<Database>,
  actionId: string,
  update: { ownerUserId?: string | null | undefined; dueDate?: string | null | undefined },
): Promise<void> {
  await db
    .updateTable("decision_actions")
    .set({
      ...(update.ownerUserId !== undefined && { owner_user_id: update.ownerUserId }),
      ...(update.dueDate !== undefined && { due_date: update.dueDate }),
    })
    .where("id", "=", actionId)
    .execute();
}

/**
 * An action added after the meeting, at the end of the decision's list. Two managers adding at
 * once would take the same position; the unique constraint refuses the second, which retries.
 */
export async function addAction(
  db: Kysely<Database>,
  decisionId: string,
  action: NewAction,
  by: string,
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const last = await db
      .selectFrom("decision_actions")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("decision_id", "=", decisionId)
      .executeTakeFirst();
    const id = newId();
    try {
      await db
        .insertInto("decision_actions")
        .values({
          id,
          decision_id: decisionId,
          position: last?.position === null || last === undefined ? 0 : Number(last.position) + 1,
          what: action.what,
          owner: action.owner,
          due_date: action.dueDate,
          owner_user_id: action.ownerUserId ?? null,
          created_by: by,
        })
        .execute();
      return id;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export async function addComment(
  db: Kysely<Database>,
  actionId: string,
  author: { userId: string; name: string },
  text: string,
  at: string,
): Promise<ActionComment> {
  const comment = { id: newId(), authorId: author.userId, authorName: author.name, text, at };
  await db
    .insertInto("action_comments")
    .values({
      id: comment.id,
      action_id: actionId,
      author_id: author.userId,
      author_name: author.name,
      text,
      created_at: at,
    })
    .execute();
  return comment;
}
