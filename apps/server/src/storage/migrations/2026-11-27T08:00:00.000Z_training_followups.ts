import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // A short-lived code a partner's training managers hand to a programme's coordinators, so that
  // the coordinators can name the partner without any list of organisations being shown.
  await db.schema
    .createTable("partnership_codes")
    .addColumn("code", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("created_by", "text", (col) =>
      col.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .execute();

  // The session a booked process became, so that the facilitator's history can show its
  // participants' feedback summary.
  await db.schema
    .alterTable("booking_requests")
    .addColumn("session_id", "text", (col) => col.references("sessions.id").onDelete("set null"))
    .execute();

  // A partner's unit asking the owner's pool: the request lives in the pool's organisation (its
  // coordinators book it) and remembers the partner it came from (who may follow it).
  await db.schema
    .alterTable("booking_requests")
    .addColumn("requesting_organisation_id", "text", (col) =>
      col.references("organisations.id").onDelete("cascade"),
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("booking_requests").dropColumn("requesting_organisation_id").execute();
  await db.schema.alterTable("booking_requests").dropColumn("session_id").execute();
  await db.schema.dropTable("partnership_codes").execute();
}
