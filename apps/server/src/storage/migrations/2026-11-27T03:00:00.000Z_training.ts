import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // A programme belongs to the organisation that runs it; its coordinators manage it.
  await db.schema
    .createTable("training_programmes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull())
    .addColumn("min_attendance_percent", "integer", (col) => col.notNull())
    .addColumn("min_practice_count", "integer", (col) => col.notNull())
    .addColumn("certificate_valid_months", "integer", (col) => col.notNull())
    .addColumn("certifying_body", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("training_programmes_organisation_idx")
    .on("training_programmes")
    .column("organisation_id")
    .execute();

  // Offered to a partner organisation by the owner; accepted by the partner's admin.
  await db.schema
    .createTable("programme_partners")
    .addColumn("programme_id", "text", (col) =>
      col.notNull().references("training_programmes.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("offered_at", "text", (col) => col.notNull())
    .addColumn("accepted_at", "text")
    .addPrimaryKeyConstraint("programme_partners_pk", ["programme_id", "organisation_id"])
    .execute();
  await db.schema
    .createIndex("programme_partners_organisation_idx")
    .on("programme_partners")
    .column("organisation_id")
    .execute();

  await db.schema
    .createTable("training_cohorts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("programme_id", "text", (col) =>
      col.notNull().references("training_programmes.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("starts_on", "text", (col) => col.notNull())
    .addColumn("ends_on", "text", (col) => col.notNull())
    .addColumn("capacity", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("training_cohorts_programme_idx")
    .on("training_cohorts")
    .column("programme_id")
    .execute();

  await db.schema
    .createTable("cohort_staff")
    .addColumn("cohort_id", "text", (col) =>
      col.notNull().references("training_cohorts.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("cohort_staff_pk", ["cohort_id", "user_id", "role"])
    .execute();

  await db.schema
    .createTable("cohort_gatherings")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("cohort_id", "text", (col) =>
      col.notNull().references("training_cohorts.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("held_on", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("cohort_gatherings_cohort_idx")
    .on("cohort_gatherings")
    .column("cohort_id")
    .execute();

  // One row per person and cohort, from sign-up on; the status moves, the row stays, so the
  // demand figures remember everyone who asked. `position` orders the waiting list.
  await db.schema
    .createTable("cohort_enrolments")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("cohort_id", "text", (col) =>
      col.notNull().references("training_cohorts.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("unit", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("offer_expires_at", "text")
    .addColumn("placed_at", "text")
    .addColumn("supervisor_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("signed_up_at", "text", (col) => col.notNull())
    .addUniqueConstraint("cohort_enrolments_person_unique", ["cohort_id", "user_id"])
    .addUniqueConstraint("cohort_enrolments_position_unique", ["cohort_id", "position"])
    .execute();
  await db.schema
    .createIndex("cohort_enrolments_user_idx")
    .on("cohort_enrolments")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("gathering_attendance")
    .addColumn("gathering_id", "text", (col) =>
      col.notNull().references("cohort_gatherings.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("gathering_attendance_pk", ["gathering_id", "user_id"])
    .execute();

  await db.schema
    .createTable("practice_processes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("enrolment_id", "text", (col) =>
      col.notNull().references("cohort_enrolments.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("held_on", "text", (col) => col.notNull())
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("session_id", "text", (col) => col.references("sessions.id").onDelete("set null"))
    .addColumn("feedback", "text")
    .addColumn("feedback_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("practice_processes_enrolment_idx")
    .on("practice_processes")
    .column("enrolment_id")
    .execute();

  // A renewal is a new row pointing at the certificate it renews: the history stays readable.
  await db.schema
    .createTable("certifications")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("programme_id", "text", (col) =>
      col.notNull().references("training_programmes.id").onDelete("cascade"),
    )
    .addColumn("certifying_body", "text", (col) => col.notNull())
    .addColumn("certified_on", "text", (col) => col.notNull())
    .addColumn("expires_on", "text", (col) => col.notNull())
    .addColumn("renews_id", "text", (col) => col.references("certifications.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("certifications_user_idx")
    .on("certifications")
    .column("user_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "certifications",
    "practice_processes",
    "gathering_attendance",
    "cohort_enrolments",
    "cohort_gatherings",
    "cohort_staff",
    "training_cohorts",
    "programme_partners",
    "training_programmes",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
