import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

/*
 * Following decisions up: each action gets a status (open, done, dropped with a reason), an
 * optional link from the group's free-text owner to a member, and comments. Actions added after
 * the meeting record who added them. One calendar feed per person, found by the SHA-256 of its
 * secret token: a leaked table does not hand out anyone's calendar.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("decision_actions")
    .addColumn("status", "text", (col) => col.notNull().defaultTo("open"))
    .execute();
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema
    .alterTable("decision_actions")
    .addColumn("owner_user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  for (const column of ["status_reason", "status_changed_at"]) {
    await db.schema.alterTable("decision_actions").addColumn(column, "text").execute();
  }
  for (const column of ["status_changed_by", "created_by"]) {
    await db.schema
      .alterTable("decision_actions")
      .addColumn(column, "text", (col) => col.references("users.id").onDelete("set null"))
      .execute();
  }
  // "My actions" and the calendar feed look actions up by their owner.
  await db.schema
    .createIndex("decision_actions_owner_idx")
    .on("decision_actions")
    .columns(["owner_user_id", "status", "due_date"])
    .execute();
  // The overdue list and the register's open-action filter look them up by status.
  await db.schema
    .createIndex("decision_actions_status_idx")
    .on("decision_actions")
    .columns(["decision_id", "status"])
    .execute();

  await db.schema
    .createTable("action_comments")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("action_id", "text", (col) =>
      col.notNull().references("decision_actions.id").onDelete("cascade"),
    )
    .addColumn("author_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("author_name", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("action_comments_action_idx")
    .on("action_comments")
    .columns(["action_id", "created_at"])
    .execute();

  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "text", (col) =>
      col.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("calendar_feeds").execute();
  await db.schema.dropTable("action_comments").execute();
  await db.schema.dropIndex("decision_actions_status_idx").execute();
  await db.schema.dropIndex("decision_actions_owner_idx").execute();
  for (const column of [
    "created_by",
    "status_changed_by",
    "status_changed_at",
    "status_reason",
    "owner_user_id",
    "status",
  ]) {
    await db.schema.alterTable("decision_actions").dropColumn(column).execute();
  }
}
