import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // An organisation's own methods, each written in one language (the author's). Lists are JSON
  // text; the built-in library lives in code (packages/core/src/methods), not here.
  await db.schema
    .createTable("organisation_methods")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    // A method outlives its author's account, as a process outlives its owner's.
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("category", "text", (col) => col.notNull())
    .addColumn("phases", "text", (col) => col.notNull())
    .addColumn("group_size_min", "integer", (col) => col.notNull())
    .addColumn("group_size_max", "integer", (col) => col.notNull())
    .addColumn("minutes_min", "integer", (col) => col.notNull())
    .addColumn("minutes_max", "integer", (col) => col.notNull())
    .addColumn("live", "text", (col) => col.notNull())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("purpose", "text", (col) => col.notNull())
    .addColumn("when_to_use", "text", (col) => col.notNull())
    .addColumn("steps", "text", (col) => col.notNull())
    .addColumn("question", "text", (col) => col.notNull())
    .addColumn("good_questions", "text", (col) => col.notNull())
    .addColumn("materials", "text", (col) => col.notNull())
    .addColumn("pitfalls", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("organisation_methods_organisation_idx")
    .on("organisation_methods")
    .columns(["organisation_id", "name"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("organisation_methods").execute();
}
