import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // The effect a decision names, one row per decision that names one, written in the
  // transaction of the event that decided it. `baseline` is JSON text (the weekly figures of
  // the metric before the decision, as the process's event log showed them that day), null
  // when the process had no log yet. The process may be deleted later; the decision stays.
  await db.schema
    .createTable("decision_effects")
    .addColumn("decision_id", "text", (col) =>
      col.primaryKey().references("decisions.id").onDelete("cascade"),
    )
    .addColumn("process_id", "text", (col) => col.notNull())
    .addColumn("metric", "text", (col) => col.notNull())
    .addColumn("direction", "text", (col) => col.notNull())
    .addColumn("target", "double precision", (col) => col.notNull())
    .addColumn("target_date", "text", (col) => col.notNull())
    .addColumn("baseline", "text")
    .execute();
  // A process page lists the decisions that mean to change it.
  await db.schema
    .createIndex("decision_effects_process_idx")
    .on("decision_effects")
    .column("process_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("decision_effects").execute();
}
