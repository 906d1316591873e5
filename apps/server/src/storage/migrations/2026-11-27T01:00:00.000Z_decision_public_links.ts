import type { Kysely } from "kysely";

// Frozen once landed: later changes get a new, later migration.

/*
 * A decision's public read-only link: a row while the link is on, none while it is off. The
 * token is `selector + verifier`: the selector finds the row through its unique index, and the
 * verifier is compared in constant time, so a lookup's timing says nothing about the secret
 * half. Both are stored as they are, not hashed: the managers must be able to see and copy the
 * link for as long as it is on, and what it opens is, by the organisation's choice, public.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("decision_public_links")
    .addColumn("decision_id", "text", (col) =>
      col.primaryKey().references("decisions.id").onDelete("cascade"),
    )
    .addColumn("selector", "text", (col) => col.notNull().unique())
    .addColumn("verifier", "text", (col) => col.notNull())
    .addColumn("enabled_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("enabled_at", "text", (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("decision_public_links").execute();
}
