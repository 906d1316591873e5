import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // After a session closes it takes no more commands, so what is said about it afterwards lives
  // beside the log rather than in it.
  await db.schema
    .createTable("session_reflections")
    .addColumn("session_id", "text", (col) =>
      col.primaryKey().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("what_we_did", "text", (col) => col.notNull())
    .addColumn("how_we_did_it", "text", (col) => col.notNull())
    .addColumn("effect", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  // Anonymous by construction: `participant_key` is a keyed hash that lets the database refuse a
  // second answer from the same participant, and nothing else; no row names a participant.
  await db.schema
    .createTable("session_feedback")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("participant_key", "text", (col) => col.notNull())
    .addColumn("heard", "integer")
    .addColumn("safe", "integer")
    .addColumn("clear", "integer")
    .addColumn("comment", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("session_feedback_once_idx")
    .on("session_feedback")
    .columns(["session_id", "participant_key"])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("session_feedback").execute();
  await db.schema.dropTable("session_reflections").execute();
}
