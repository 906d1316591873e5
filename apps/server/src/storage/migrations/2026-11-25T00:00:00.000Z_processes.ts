import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("processes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("purpose", "text", (col) => col.notNull())
    // A process outlives its owner's account: the owner is cleared, the process stays.
    .addColumn("owner_user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    // No cascade: a main process with sub-processes is refused deletion (process_has_subprocesses).
    .addColumn("parent_id", "text", (col) => col.references("processes.id"))
    .addColumn("units", "text", (col) => col.notNull())
    .addColumn("created_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("processes_organisation_idx")
    .on("processes")
    .columns(["organisation_id", "name"])
    .execute();
  await db.schema.createIndex("processes_parent_idx").on("processes").column("parent_id").execute();

  // One current log per process (UNIQUE): a new import replaces the row and the Parquet file.
  await db.schema
    .createTable("event_logs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("process_id", "text", (col) =>
      col.notNull().unique().references("processes.id").onDelete("cascade"),
    )
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("format", "text", (col) => col.notNull())
    .addColumn("mapping", "text", (col) => col.notNull())
    .addColumn("open_case_rule", "text", (col) => col.notNull())
    .addColumn("imported_at", "text", (col) => col.notNull())
    .addColumn("imported_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("cases", "integer", (col) => col.notNull())
    .addColumn("events", "integer", (col) => col.notNull())
    .addColumn("report", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("customer_scores")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("process_id", "text", (col) =>
      col.notNull().unique().references("processes.id").onDelete("cascade"),
    )
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("mapping", "text", (col) => col.notNull())
    .addColumn("imported_at", "text", (col) => col.notNull())
    .addColumn("imported_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("responses", "integer", (col) => col.notNull())
    .addColumn("report", "text", (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["customer_scores", "event_logs", "processes"]) {
    await db.schema.dropTable(table).execute();
  }
}
