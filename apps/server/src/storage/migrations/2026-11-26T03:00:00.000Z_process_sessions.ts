import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // Which sessions worked from a process's flow facts: a row when a chart of the process is
  // shared into a session, written in the transaction of that event. The first share is kept.
  await db.schema
    .createTable("process_sessions")
    .addColumn("process_id", "text", (col) =>
      col.notNull().references("processes.id").onDelete("cascade"),
    )
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("first_shared_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("process_sessions_pk", ["process_id", "session_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("process_sessions").execute();
}
