import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per decided or postponed proposal, written in the transaction of the event that
  // closed it. The columns are what lists filter and sort on; `record` is the whole decision
  // record as JSON text (text on both dialects, as the event log does: its shape is core's).
  await db.schema
    .createTable("decisions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("proposal_id", "text", (col) => col.notNull())
    .addColumn("outcome", "text", (col) => col.notNull())
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("decided_at", "text", (col) => col.notNull())
    .addColumn("review_date", "text")
    .addColumn("record", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("decisions_organisation_idx")
    .on("decisions")
    .columns(["organisation_id", "decided_at"])
    .execute();
  // A proposal ends once (core closes it), so it has at most one record: a second would be a bug.
  await db.schema
    .createIndex("decisions_proposal_idx")
    .on("decisions")
    .columns(["session_id", "proposal_id"])
    .unique()
    .execute();

  // The actions of a decision, one row each, so the register can list and filter what is due
  // without parsing records.
  await db.schema
    .createTable("decision_actions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("decision_id", "text", (col) =>
      col.notNull().references("decisions.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("what", "text", (col) => col.notNull())
    .addColumn("owner", "text", (col) => col.notNull())
    .addColumn("due_date", "text")
    .addUniqueConstraint("decision_actions_position_unique", ["decision_id", "position"])
    .execute();
  await db.schema
    .createIndex("decision_actions_due_idx")
    .on("decision_actions")
    .column("due_date")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["decision_actions", "decisions"]) {
    await db.schema.dropTable(table).execute();
  }
}
