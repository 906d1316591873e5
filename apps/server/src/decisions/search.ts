import {
  type DecisionStatus,
  LIVE_DECISION_STATUSES,
  type RegisterEntry,
  type RegisterSort,
} from "@samspel/core";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { StorageKind } from "../storage/database.js";
import type { Database } from "../storage/schema.js";
import { type SummaryRow, toSummary } from "./read-model.js";

/*
 * The decision register's search: one function over both databases.
 *
 * PostgreSQL matches a query against `search_vector`, built with the text-search configuration of
 * each decision's language (norwegian, swedish, dutch, english): the query is parsed with the
 * same configuration per row, so "byggesak" finds "byggesakene" in a Norwegian decision and
 * "beslut" finds "beslutet" in a Swedish one.
 *
 * SQLite's FTS5 has no stemmers for these languages (only Porter, for English). Every word of
 * the query is searched as a prefix instead: "byggesak" finds "byggesaker" and "byggesakene",
 * though not forms that change the stem ("bok" / "bøker"). The unicode61 tokenizer folds
 * diacritics, so "overgang" finds "övergång".
 */

export interface RegisterFilters {
  processId?: string | undefined;
  /** A user who facilitated the session that took the decision. */
  facilitatorId?: string | undefined;
  /** Calendar days, inclusive, compared with the decision's time (UTC). */
  decidedFrom?: string | undefined;
  decidedTo?: string | undefined;
  status?: readonly DecisionStatus[] | undefined;
  /** Decisions with (true) or without (false) an action still open (not done, not dropped). */
  hasOpenActions?: boolean | undefined;
  /** Only decisions with a review date on or before this day: the "due for review" list. */
  reviewDueBy?: string | undefined;
}

export interface RegisterSearch {
  organisationId: string;
  /** Words to look for; blank means no text search. */
  query?: string | undefined;
  filters?: RegisterFilters;
  /** "relevance" needs a query (without one it reads as "newest"); "review_date" lists only
   * decisions that have a review date, soonest first. */
  sort?: RegisterSort;
  /** From the previous page's `nextCursor`. */
  cursor?: string | undefined;
  limit: number;
}

export interface RegisterPage {
  decisions: RegisterEntry[];
  /** Give it back for the next page; null on the last page. */
  nextCursor: string | null;
}

export class InvalidCursorError extends Error {}

type Key = string | number;

interface Row extends SummaryRow {
  status: DecisionStatus;
  superseded_by: string | null;
  supersedes: string | null;
  process_id: string | null;
  sort_key: Key;
}

/** How each sort orders its key; the id breaks ties in the same direction, so pages are stable. */
const ORDER: Record<RegisterSort, "asc" | "desc"> = {
  newest: "desc",
  oldest: "asc",
  relevance: "desc",
  review_date: "asc",
};

export async function searchDecisions(
  db: Kysely<Database>,
  kind: StorageKind,
  search: RegisterSearch,
  /** Receives the query plan first: for the benchmark's look at its slowest searches. */
  explain?: (plan: unknown[]) => void,
): Promise<RegisterPage> {
  const words = search.query?.trim() ?? "";
  const match = words === "" ? undefined : textMatch(kind, words);
  const sort: RegisterSort =
    search.sort === "relevance" && match === undefined ? "newest" : (search.sort ?? "newest");
  const direction = ORDER[sort];

  const conditions: RawBuilder<unknown>[] = [sql`d.organisation_id = ${search.organisationId}`];
  if (match === null) return { decisions: [], nextCursor: null };
  if (match !== undefined) conditions.push(match.condition);
  conditions.push(...filterConditions(search.filters ?? {}));
  if (sort === "review_date") conditions.push(sql`d.review_date is not null`);

  const sortKey = sortKeyOf(sort, match, search.filters ?? {});
  if (search.cursor !== undefined) {
    const [key, id] = decodeCursor(search.cursor);
    // Row-value comparison: both dialects read (a, b) < (x, y) lexicographically.
    conditions.push(
      direction === "desc"
        ? sql`(${sortKey}, d.id) < (${key}, ${id})`
        : sql`(${sortKey}, d.id) > (${key}, ${id})`,
    );
  }

  const order = sql.raw(direction);
  // One row more than asked tells whether there is a next page without counting.
  const query = sql<Row>`
    select d.id, d.session_id, d.outcome, d.title, d.text, d.language, d.decided_at,
      d.review_date, d.status, d.superseded_by, d.supersedes, d.process_id,
      ${sortKey} as sort_key
    from ${match?.from ?? sql`decisions d`}
    where ${sql.join(conditions, sql` and `)}
    order by sort_key ${order}, d.id ${order}
    limit ${search.limit + 1}`;
  if (explain !== undefined) {
    const plan = await sql<Record<string, unknown>>`explain ${
      kind === "postgres" ? sql`analyze ` : sql`query plan `
    }${query}`.execute(db);
    explain(plan.rows);
  }
  const { rows } = await query.execute(db);

  const page = rows.slice(0, search.limit);
  const last = page[page.length - 1];
  const open = await openActionCounts(
    db,
    page.map((row) => row.id),
  );
  return {
    decisions: page.map((row) => toEntry(row, open.get(row.id) ?? 0)),
    nextCursor:
      rows.length > search.limit && last !== undefined
        ? encodeCursor([last.sort_key, last.id])
        : null,
  };
}

interface TextMatch {
  /** What to select from, when the match needs more than `decisions d`. */
  from?: RawBuilder<unknown>;
  condition: RawBuilder<unknown>;
  /** Higher is more relevant, on both dialects. */
  score: RawBuilder<unknown>;
}

/** Postgres' configuration per decision language; anything else reads as English. */
const CONFIGURATIONS = { nb: "norwegian", sv: "swedish", nl: "dutch" } as const;

function textMatch(kind: StorageKind, words: string): TextMatch | null | undefined {
  if (kind === "postgres") {
    const parsed = (configuration: string) =>
      sql`websearch_to_tsquery(${configuration}::regconfig, ${words})`;
    const configurations = [...Object.values(CONFIGURATIONS), "english"];
    // The query parsed with the configuration each row was stemmed with.
    const perRowQuery = sql`case d.language ${sql.join(
      Object.entries(CONFIGURATIONS).map(
        ([language, configuration]) => sql`when ${language} then ${parsed(configuration)}`,
      ),
      sql` `,
    )} else ${parsed("english")} end`;
    return {
      // The first test is one constant, every configuration's reading OR-ed together, so the GIN
      // index answers it in one scan (a per-language OR of four tests made the planner read the
      // whole table); the second keeps only rows that match in their own language.
      condition: sql`(d.search_vector @@ (${sql.join(
        configurations.map(parsed),
        sql` || `,
      )}) and d.search_vector @@ ${perRowQuery})`,
      // float8 so the cursor's number compares exactly with the rank recomputed on the next page.
      score: sql`ts_rank(d.search_vector, ${perRowQuery})::float8`,
    };
  }
  const query = ftsQuery(words);
  if (query === undefined) return null;
  return {
    // The index drives: CROSS JOIN keeps SQLite's planner from putting decisions outside and
    // running the match once per decision (measured: 0.8 s for 3,000 matches, against 10 ms).
    // A join rather than `rowid in (...)`, since bm25() can only be read in the matching row.
    from: sql`decisions_search cross join decisions d`,
    condition: sql`decisions_search match ${query} and d.rowid = decisions_search.rowid`,
    // bm25 is lower for better matches; negated so that "higher is better" holds on both.
    score: sql`-bm25(decisions_search)`,
  };
}

/**
 * Every word a prefix, all required: `"bygge"* "sak"*`. Quoting each word keeps FTS5's own
 * syntax (AND, NEAR, column filters, a stray quote) out of a user's search box. Undefined when
 * the query has no word at all (only punctuation): nothing can match it.
 */
export function ftsQuery(words: string): string | undefined {
  const tokens = words.match(/[\p{L}\p{N}]+/gu);
  if (tokens === null) return undefined;
  return tokens.map((token) => `"${token}"*`).join(" ");
}

function filterConditions(filters: RegisterFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.processId !== undefined) conditions.push(sql`d.process_id = ${filters.processId}`);
  if (filters.facilitatorId !== undefined) {
    conditions.push(
      sql`exists (select 1 from decision_facilitators f where f.decision_id = d.id and f.user_id = ${filters.facilitatorId})`,
    );
  }
  // decided_at is an ISO timestamp: a day's bounds are its first instant and the next day's.
  if (filters.decidedFrom !== undefined) {
    conditions.push(sql`d.decided_at >= ${filters.decidedFrom}`);
  }
  if (filters.decidedTo !== undefined) {
    conditions.push(sql`d.decided_at < ${nextDay(filters.decidedTo)}`);
  }
  if (filters.status !== undefined && filters.status.length > 0) {
    conditions.push(sql`d.status in (${sql.join(filters.status)})`);
  }
  // Core's countOpenActions > 0, whatever the decision's life; held to it by
  // actions/core-rules-in-sql.test.ts, with the count openActionCounts gives.
  if (filters.hasOpenActions !== undefined) {
    const open = sql`exists (select 1 from decision_actions a where a.decision_id = d.id and a.status = 'open')`;
    conditions.push(filters.hasOpenActions ? open : sql`not ${open}`);
  }
  // Due for review only while the decision lives (core's LIVE_DECISION_STATUSES), as the
  // calendar feed's review days: a revoked or superseded decision has nothing left to review.
  if (filters.reviewDueBy !== undefined) {
    conditions.push(
      sql`d.review_date <= ${filters.reviewDueBy} and d.status in (${sql.join(LIVE_DECISION_STATUSES)})`,
    );
  }
  return conditions;
}

function sortKeyOf(sort: RegisterSort, match: TextMatch | undefined, filters: RegisterFilters) {
  if (sort === "relevance" && match !== undefined) return match.score;
  const column = sort === "review_date" ? sql`d.review_date` : sql`d.decided_at`;
  // Both planners like to walk the sort's index and test every row, hoping to fill a page
  // early. With a selective condition that the index does not serve (words, a facilitator,
  // decision dates while sorting by review date) that reads most of the register: 300 ms at
  // 100,000 decisions, against 10 ms for finding the few matches first and sorting them.
  // `|| ''` gives the same order from an expression no index provides, so that plan is gone.
  const selective =
    match !== undefined ||
    filters.facilitatorId !== undefined ||
    (sort === "review_date" &&
      (filters.decidedFrom !== undefined || filters.decidedTo !== undefined));
  return selective ? sql`(${column} || '')` : column;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

function encodeCursor(cursor: [Key, string]): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(cursor: string): [Key, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      typeof parsed[1] === "string"
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // Falls through to the error below: a cursor we did not write.
  }
  throw new InvalidCursorError("This page cursor was not written by the register.");
}

function toEntry(row: Row, openActions: number): RegisterEntry {
  return {
    ...toSummary(row),
    status: row.status,
    supersededBy: row.superseded_by,
    supersedes: row.supersedes,
    processId: row.process_id,
    openActions,
  };
}

/**
 * Open actions per decision (core's countOpenActions), for one page only: counted in the page's own query, the count would
 * run for every row the sort reads before the limit cuts it.
 */
async function openActionCounts(
  db: Kysely<Database>,
  decisionIds: readonly string[],
): Promise<Map<string, number>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("decision_actions")
    .select((eb) => ["decision_id", eb.fn.countAll<number | string>().as("open")])
    .where("decision_id", "in", decisionIds)
    .where("status", "=", "open")
    .groupBy("decision_id")
    .execute();
  // PostgreSQL counts as bigint, which pg hands over as text.
  return new Map(rows.map((row) => [row.decision_id, Number(row.open)]));
}
