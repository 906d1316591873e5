import { type Kysely, PostgresAdapter, sql } from "kysely";

// Frozen once landed: later changes get a new, later migration.

/*
 * The decision register: lifecycle columns, the facilitators a register filters by, a nullable
 * link to a process (issue 6 fills it), and full-text search.
 *
 * Search reads one column, `search_text`: the decision's searchable words (title, question,
 * wording, rationale, facts, insights, the reasons of objections and concerns), extracted from the
 * record when it is written (decisions/search-text.ts). On PostgreSQL a generated `tsvector`
 * column turns it into lexemes with the text-search configuration of the decision's language,
 * so "byggesaker" is stored as "byggesak" in a Norwegian decision. On SQLite an FTS5 index over
 * the same column, kept in step by triggers (so in the transaction that writes the record);
 * FTS5 has no per-language stemmers, so the register searches by prefix there instead.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .alterTable("decisions")
    .addColumn("status", "text", (col) => col.notNull().defaultTo("in_effect"))
    .execute();
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  for (const column of [
    "status_reason",
    "status_changed_at",
    "superseded_by",
    "supersedes",
    "process_id",
  ]) {
    await db.schema.alterTable("decisions").addColumn(column, "text").execute();
  }
  await db.schema
    .alterTable("decisions")
    .addColumn("search_text", "text", (col) => col.notNull().defaultTo(""))
    .execute();
  await backfillSearchText(db);

  await db.schema
    .createTable("decision_facilitators")
    .addColumn("decision_id", "text", (col) =>
      col.notNull().references("decisions.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("decision_facilitators_pk", ["decision_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("decision_facilitators_user_idx")
    .on("decision_facilitators")
    .columns(["user_id", "decision_id"])
    .execute();
  await backfillFacilitators(db);

  // Keyset pages: every sort the register offers has an index that ends in the id.
  await db.schema
    .createIndex("decisions_register_decided_idx")
    .on("decisions")
    .columns(["organisation_id", "decided_at", "id"])
    .execute();
  await db.schema
    .createIndex("decisions_register_review_idx")
    .on("decisions")
    .columns(["organisation_id", "review_date", "id"])
    .execute();
  await db.schema
    .createIndex("decisions_register_status_idx")
    .on("decisions")
    .columns(["organisation_id", "status", "decided_at", "id"])
    .execute();
  await db.schema.dropIndex("decisions_organisation_idx").execute();

  if (postgres) {
    // The configuration is chosen per row from the decision's language; to_tsvector(regconfig,
    // text) is immutable, so the column can be generated and never falls out of step.
    await sql`
      alter table decisions add column search_vector tsvector
      generated always as (to_tsvector(
        case language
          when 'nb' then 'norwegian'::regconfig
          when 'sv' then 'swedish'::regconfig
          when 'nl' then 'dutch'::regconfig
          else 'english'::regconfig
        end,
        search_text)) stored`.execute(db);
    await sql`create index decisions_search_idx on decisions using gin (search_vector)`.execute(db);
  } else {
    // unicode61 with remove_diacritics 2 folds "å", "ä", "ö", "é" to their base letters, so a
    // search typed without them still matches; "ø" and "æ" are letters of their own in Unicode
    // and stay as they are. External content: the text is stored once, in decisions.
    await sql`
      create virtual table decisions_search using fts5(
        search_text,
        content='decisions',
        content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      )`.execute(db);
    await sql`insert into decisions_search(decisions_search) values ('rebuild')`.execute(db);
    await sql`
      create trigger decisions_search_insert after insert on decisions begin
        insert into decisions_search(rowid, search_text) values (new.rowid, new.search_text);
      end`.execute(db);
    await sql`
      create trigger decisions_search_delete after delete on decisions begin
        insert into decisions_search(decisions_search, rowid, search_text)
          values ('delete', old.rowid, old.search_text);
      end`.execute(db);
    await sql`
      create trigger decisions_search_update after update of search_text on decisions begin
        insert into decisions_search(decisions_search, rowid, search_text)
          values ('delete', old.rowid, old.search_text);
        insert into decisions_search(rowid, search_text) values (new.rowid, new.search_text);
      end`.execute(db);
  }
}

/*
 * A frozen copy of the extraction for the rows written before this migration: the live one
 * (decisions/search-text.ts) may grow, and a migration must give the same result forever.
 */
interface StoredRecord {
  title?: string;
  question?: string;
  text?: string;
  rationale?: string;
  facts?: { text: string }[];
  insights?: { text: string }[];
  objections?: { reason: string }[];
  concerns?: { reason: string }[];
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function backfillSearchText(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom("decisions").select(["id", "record"]).execute();
  for (const row of rows as { id: string; record: string }[]) {
    const record = JSON.parse(row.record) as StoredRecord;
    const parts = [
      record.title,
      record.question,
      record.text,
      record.rationale,
      ...(record.facts ?? []).map((fact) => fact.text),
      ...(record.insights ?? []).map((insight) => insight.text),
      ...(record.objections ?? []).map((objection) => objection.reason),
      ...(record.concerns ?? []).map((concern) => concern.reason),
    ];
    await db
      .updateTable("decisions")
      .set({ search_text: parts.filter((part) => part).join("\n") })
      .where("id", "=", row.id)
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function backfillFacilitators(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom("decisions").select(["id", "record"]).execute();
  for (const row of rows as { id: string; record: string }[]) {
    const record = JSON.parse(row.record) as { facilitators?: { userId: string }[] };
    const userIds = [...new Set((record.facilitators ?? []).map((f) => f.userId))];
    if (userIds.length === 0) continue;
    await db
      .insertInto("decision_facilitators")
      .values(userIds.map((userId) => ({ decision_id: row.id, user_id: userId })))
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop index decisions_search_idx`.execute(db);
    await sql`alter table decisions drop column search_vector`.execute(db);
  } else {
    for (const trigger of ["insert", "delete", "update"]) {
      await sql`drop trigger ${sql.raw(`decisions_search_${trigger}`)}`.execute(db);
    }
    await sql`drop table decisions_search`.execute(db);
  }
  await db.schema.dropTable("decision_facilitators").execute();
  for (const index of ["decided", "review", "status"]) {
    await db.schema.dropIndex(`decisions_register_${index}_idx`).execute();
  }
  await db.schema
    .createIndex("decisions_organisation_idx")
    .on("decisions")
    .columns(["organisation_id", "decided_at"])
    .execute();
  for (const column of [
    "search_text",
    "process_id",
    "supersedes",
    "superseded_by",
    "status_changed_at",
    "status_reason",
    "status",
  ]) {
    await db.schema.alterTable("decisions").dropColumn(column).execute();
  }
}
