import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // An organisation's own agenda templates (issue 7): a named session design without its title.
  // The design is JSON text, read back through the core schema.
  await db.schema
    .createTable("agenda_templates")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    // A template outlives its author's account, as an organisation's methods do.
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("name", "text", (col) => col.notNull())
    // templateNameKey(name): two templates of one organisation never share it.
    .addColumn("name_key", "text", (col) => col.notNull())
    .addColumn("design", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("agenda_templates_name_idx")
    .on("agenda_templates")
    .columns(["organisation_id", "name_key"])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("agenda_templates").execute();
}
