import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // The read model for listing and joining; the event log below is the truth.
  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("anonymity", "text", (col) => col.notNull())
    .addColumn("join_code", "text", (col) => col.notNull().unique())
    .addColumn("participant_count", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("last_seq", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("sessions_organisation_idx")
    .on("sessions")
    .columns(["organisation_id", "updated_at"])
    .execute();

  await db.schema
    .createTable("session_events")
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("seq", "integer", (col) => col.notNull())
    .addColumn("command_id", "text")
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("payload", "text", (col) => col.notNull())
    .addColumn("actor", "text", (col) => col.notNull())
    .addColumn("at", "text", (col) => col.notNull())
    // Two writers racing for the same seq: exactly one insert wins, the other catches up.
    .addPrimaryKeyConstraint("session_events_pk", ["session_id", "seq"])
    .execute();
  // A retried command finds its first result here instead of running twice. Only the first event
  // of a command carries its id; NULLs never collide in a unique index, on either dialect.
  await db.schema
    .createIndex("session_events_command_idx")
    .on("session_events")
    .columns(["session_id", "command_id"])
    .unique()
    .execute();

  await db.schema
    .createTable("session_participants")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["session_participants", "session_events", "sessions"]) {
    await db.schema.dropTable(table).execute();
  }
}
