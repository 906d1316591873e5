import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // A grant to run one session, beside the organisation role: the people a booking sent to it,
  // who may belong to a partner organisation or hold no runSessions role there.
  await db.schema
    .createTable("session_facilitators")
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("granted_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("granted_at", "text", (col) => col.notNull())
    // Where the grant came from, so that undoing the booking removes exactly its grants.
    .addColumn("booking_request_id", "text", (col) =>
      col.notNull().references("booking_requests.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("session_facilitators_pk", [
      "session_id",
      "user_id",
      "booking_request_id",
    ])
    .execute();
  await db.schema
    .createIndex("session_facilitators_by_user")
    .on("session_facilitators")
    .columns(["user_id", "session_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("session_facilitators").execute();
}
