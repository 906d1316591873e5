import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // A person's facilitator profile, one per person across organisations: languages, methods and
  // areas are JSON arrays of free labels (methods become method-library ids when it lands).
  await db.schema
    .createTable("facilitator_profiles")
    .addColumn("user_id", "text", (col) =>
      col.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("languages", "text", (col) => col.notNull())
    .addColumn("methods", "text", (col) => col.notNull())
    .addColumn("areas", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("availability_windows")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("starts_on", "text", (col) => col.notNull())
    .addColumn("ends_on", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("availability_windows_user_idx")
    .on("availability_windows")
    .column("user_id")
    .execute();

  // A unit's request for a facilitator, made in the organisation whose pool it asks.
  await db.schema
    .createTable("booking_requests")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("unit", "text", (col) => col.notNull())
    .addColumn("question", "text", (col) => col.notNull())
    .addColumn("starts_on", "text", (col) => col.notNull())
    .addColumn("ends_on", "text", (col) => col.notNull())
    .addColumn("group_size", "integer", (col) => col.notNull())
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("methods", "text", (col) => col.notNull())
    .addColumn("area", "text")
    .addColumn("requested_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("booking_requests_organisation_idx")
    .on("booking_requests")
    .column("organisation_id")
    .execute();

  // Who works a booked request, as facilitator or resource person; one row per person, and at
  // most one facilitator per request. Dates are copied from the request so that conflict checks
  // read one table.
  await db.schema
    .createTable("booking_people")
    .addColumn("request_id", "text", (col) =>
      col.notNull().references("booking_requests.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("starts_on", "text", (col) => col.notNull())
    .addColumn("ends_on", "text", (col) => col.notNull())
    .addColumn("booked_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("booking_people_pk", ["request_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("booking_people_user_idx")
    .on("booking_people")
    .column("user_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "booking_people",
    "booking_requests",
    "availability_windows",
    "facilitator_profiles",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
