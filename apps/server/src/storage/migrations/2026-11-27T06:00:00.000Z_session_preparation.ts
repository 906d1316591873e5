import { type Kysely, sql } from "kysely";

// Frozen once landed: later changes get a new, later migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  // A session's preparation: why we meet, what should come out, when and where. One row per
  // session, written on the first save; the question, ground rules and steps stay on the session.
  await db.schema
    .createTable("session_preparations")
    .addColumn("session_id", "text", (col) =>
      col.primaryKey().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("purpose", "text", (col) => col.notNull())
    .addColumn("desired_outcome", "text", (col) => col.notNull())
    .addColumn("starts_at", "text")
    .addColumn("duration_minutes", "integer")
    .addColumn("place", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  // Who needs to be there: the stakeholders and competences the question needs.
  await db.schema
    .createTable("session_perspectives")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull())
    // "required" or "optional": a word, not a flag, like the rest of the schema.
    .addColumn("importance", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("session_perspectives_session_idx")
    .on("session_perspectives")
    .column("session_id")
    .execute();

  // Invitations to one session: a member by account (user_id) or an outsider by name. The link's
  // token is kept only as a hash, like the organisation invitations'.
  await db.schema
    .createTable("session_invitations")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("email", "text")
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("rsvp", "text")
    .addColumn("note", "text", (col) => col.notNull())
    .addColumn("responded_at", "text")
    .addColumn("invited_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("emailed_at", "text")
    .execute();
  await db.schema
    .createIndex("session_invitations_session_idx")
    .on("session_invitations")
    .column("session_id")
    .execute();
  // A member holds at most one live invitation per session; a withdrawn one may be renewed.
  await sql`create unique index session_invitations_member_idx
    on session_invitations (session_id, user_id)
    where user_id is not null and revoked_at is null`.execute(db);

  // Which perspective each invitee brings.
  await db.schema
    .createTable("session_invitation_perspectives")
    .addColumn("invitation_id", "text", (col) =>
      col.notNull().references("session_invitations.id").onDelete("cascade"),
    )
    .addColumn("perspective_id", "text", (col) =>
      col.notNull().references("session_perspectives.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("session_invitation_perspectives_pk", [
      "invitation_id",
      "perspective_id",
    ])
    .execute();

  // What to read before: facts as text, links, or files stored under DATA_DIR.
  await db.schema
    .createTable("preparation_materials")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("session_id", "text", (col) =>
      col.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("url", "text")
    .addColumn("file_name", "text")
    .addColumn("content_type", "text")
    .addColumn("size_bytes", "integer")
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("preparation_materials_session_idx")
    .on("preparation_materials")
    .column("session_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("preparation_materials").execute();
  await db.schema.dropTable("session_invitation_perspectives").execute();
  await db.schema.dropTable("session_invitations").execute();
  await db.schema.dropTable("session_perspectives").execute();
  await db.schema.dropTable("session_preparations").execute();
}
