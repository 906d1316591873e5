/**
 * Decision register benchmark (issue 5): 100,000 decisions of one organisation in Norwegian,
 * Swedish, Dutch and English, written by the register's own writer path (search text and
 * facilitator rows as production writes them, in batches), then many searches with filters,
 * sorts and pages through `searchDecisions`. Prints JSON lines (ARCHITECTURE.md): `seed_s` and
 * `search_p95_ms` (target 50 ms) per scenario, plus the median and the slowest kind of search.
 *
 * `sqlite-100k` runs on a SQLite file in a temporary folder; `postgres-100k` in a private schema
 * of `DATABASE_URL` (dropped afterwards) and is skipped when it is unset.
 *
 *   npm run bench:register                    both scenarios
 *   npm run bench:register -- sqlite-100k     one of them
 */
import type { DecisionRecord, Locale, RegisterSort } from "@samspel/core";
import { sql } from "kysely";
import { insertDecisions } from "../apps/server/src/decisions/read-model.js";
import { type RegisterSearch, searchDecisions } from "../apps/server/src/decisions/search.js";
import { type Backend, postgres, sqlite } from "../apps/server/src/test-support/backends.js";
import {
  buildRecord,
  insertRegisterOwner,
  type RegisterOwner,
} from "../apps/server/src/test-support/decision-rows.js";
import { printFigure, printSkipped } from "./report.js";

const BENCH = "register";
// REGISTER_DECISIONS shrinks the register for a quick look; the scenarios are named for 100k.
const DECISIONS = Number(process.env.REGISTER_DECISIONS ?? 100_000);
const SEARCHES = 400;
const WARM_UP = 40;
const TARGET_MS = 50;
const BATCH = 500;
const FACILITATORS = 12;

/** Words a municipality's decisions are made of, with the inflected forms people write. */
const VOCABULARY: Record<Locale, string[]> = {
  nb: [
    "byggesak",
    "byggesaker",
    "byggesakene",
    "saksbehandling",
    "saksbehandler",
    "ventetid",
    "innbyggere",
    "barnehage",
    "barnehagene",
    "skole",
    "skolene",
    "helsestasjon",
    "kommunen",
    "vedtak",
    "søknad",
    "søknader",
    "digitalisering",
    "arkivet",
    "budsjett",
    "prosessen",
    "innkjøp",
    "avtale",
    "tjenesten",
    "brukerne",
    "ansatte",
    "opplæring",
    "rutiner",
    "kvalitet",
    "frist",
    "fristene",
    "møte",
    "oppfølging",
    "ressurser",
    "prioritering",
    "sykehjem",
    "vei",
  ],
  sv: [
    "bygglov",
    "bygglovet",
    "handläggare",
    "handläggaren",
    "handläggningstid",
    "väntetid",
    "invånare",
    "förskola",
    "förskolan",
    "skolan",
    "kommunen",
    "beslut",
    "beslutet",
    "ansökan",
    "ansökningar",
    "digitalisering",
    "arkivet",
    "budget",
    "processen",
    "upphandling",
    "avtalet",
    "tjänsten",
    "brukarna",
    "medarbetare",
    "utbildning",
    "rutiner",
    "kvalitet",
    "tidsfrist",
    "möte",
    "uppföljning",
    "resurser",
    "prioritering",
    "äldreboende",
    "gatan",
    "överenskommelse",
  ],
  nl: [
    "omgevingsvergunning",
    "vergunningen",
    "behandelaar",
    "wachttijd",
    "inwoners",
    "kinderopvang",
    "school",
    "scholen",
    "gemeente",
    "besluit",
    "besluiten",
    "aanvraag",
    "aanvragen",
    "digitalisering",
    "archief",
    "begroting",
    "proces",
    "inkoop",
    "overeenkomst",
    "dienstverlening",
    "gebruikers",
    "medewerkers",
    "opleiding",
    "werkwijze",
    "kwaliteit",
    "termijn",
    "overleg",
    "opvolging",
    "middelen",
    "prioriteit",
    "verpleeghuis",
    "wegen",
  ],
  en: [
    "permit",
    "permits",
    "caseworker",
    "caseworkers",
    "waiting",
    "residents",
    "kindergarten",
    "school",
    "schools",
    "council",
    "decision",
    "decisions",
    "application",
    "applications",
    "digitisation",
    "archive",
    "budget",
    "process",
    "procurement",
    "agreement",
    "service",
    "users",
    "staff",
    "training",
    "routines",
    "quality",
    "deadline",
    "meeting",
    "follow-up",
    "resources",
    "priority",
    "care home",
    "roads",
  ],
};
/** The words that carry a sentence in each language (most are stop words to PostgreSQL). */
const COMMON: Record<Locale, string[]> = {
  nb: "og i på det som for med til er av at vi en et ikke har skal kan fra om alle nye mer".split(
    " ",
  ),
  sv: "och i på det som för med till är av att vi en ett inte har ska kan från om alla nya mer".split(
    " ",
  ),
  nl: "en in op het die voor met tot is van dat we een niet heeft zal kan uit over alle nieuwe meer".split(
    " ",
  ),
  en: "and in on the that for with to is of we a an not has will can from about all new more".split(
    " ",
  ),
};
const LANGUAGES = Object.keys(VOCABULARY) as Locale[];

interface Scenario {
  name: string;
  backend(): Backend | string;
}

const SCENARIOS: Scenario[] = [
  { name: "sqlite-100k", backend: () => sqlite },
  {
    name: "postgres-100k",
    backend: () =>
      process.env.DATABASE_URL ? postgres(process.env.DATABASE_URL) : "DATABASE_URL is not set",
  },
];

/** A small seeded generator, so every run searches the same register. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const scenario of SCENARIOS) {
    if (wanted.length > 0 && !wanted.includes(scenario.name)) continue;
    const backend = scenario.backend();
    if (typeof backend === "string") {
      printSkipped(BENCH, scenario.name, backend);
      continue;
    }
    await run(scenario.name, backend);
  }
}

async function run(scenario: string, backend: Backend): Promise<void> {
  const storage = await backend.open();
  try {
    const owner = await insertRegisterOwner(storage.db);
    const facilitatorIds = facilitatorsOf(owner);
    const seedStarted = performance.now();
    await seed(storage, owner, facilitatorIds);
    // Fresh statistics, as autovacuum would have them on a register that grew over years.
    if (storage.kind === "postgres") {
      await sql`analyze decisions, decision_actions, decision_facilitators`.execute(storage.db);
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    printFigure(BENCH, scenario, {
      metric: "seed_s",
      value: seedSeconds,
      unit: "s",
      better: "lower",
      extra: { decisions: DECISIONS },
    });

    const next = random(7);
    const searches = Array.from({ length: WARM_UP + SEARCHES }, () =>
      buildSearch(next, owner.organisationId, facilitatorIds),
    );
    const timings: { ms: number; kind: string; search: RegisterSearch }[] = [];
    for (const [index, { search, kind }] of searches.entries()) {
      const started = performance.now();
      const page = await searchDecisions(storage.db, storage.kind, search);
      // A second page through the cursor is part of paging: measured as a search of its own.
      const first = performance.now() - started;
      if (index >= WARM_UP) timings.push({ ms: first, kind, search });
      if (page.nextCursor !== null && index % 4 === 0) {
        const again = performance.now();
        await searchDecisions(storage.db, storage.kind, { ...search, cursor: page.nextCursor });
        if (index >= WARM_UP) {
          timings.push({ ms: performance.now() - again, kind: `${kind}+page`, search });
        }
      }
    }
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
    // REGISTER_EXPLAIN=1: the plans of the slowest searches, on stderr, for whoever tunes them.
    if (process.env.REGISTER_EXPLAIN) {
      for (const { search, kind } of slowest) {
        await searchDecisions(storage.db, storage.kind, search, (plan) =>
          process.stderr.write(
            `${kind} ${JSON.stringify(search)}\n${JSON.stringify(plan, null, 1)}\n`,
          ),
        );
      }
    }
    printFigure(BENCH, scenario, {
      metric: "search_p95_ms",
      value: percentile(sorted, 0.95),
      unit: "ms",
      target: TARGET_MS,
      better: "lower",
      extra: { searches: timings.length, decisions: DECISIONS },
    });
    printFigure(BENCH, scenario, {
      metric: "search_p50_ms",
      value: percentile(sorted, 0.5),
      unit: "ms",
      better: "lower",
      extra: { slowest: slowest.map((t) => `${t.kind} ${t.ms.toFixed(1)}`) },
    });
  } finally {
    await storage.dispose();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/**
 * Facilitator filters name users; the ids need no user rows: decision_facilitators has no
 * foreign key to users, as a record outlives its facilitators' accounts.
 */
function facilitatorsOf(owner: RegisterOwner): string[] {
  return [owner.userId, ...Array.from({ length: FACILITATORS - 1 }, (_, i) => `facilitator-${i}`)];
}

async function seed(
  storage: Awaited<ReturnType<Backend["open"]>>,
  owner: RegisterOwner,
  facilitatorIds: string[],
): Promise<void> {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // A decision is about a few things: its topic words recur in it, and around them run the
  // language's common words and compounds of other domain words (mostly rare in the register).
  // Without topics every decision would hold nearly every domain word, as no register does.
  let topic: string[] = [];
  const word = (language: Locale) => {
    const roll = next();
    if (roll < 0.3) return pick(topic);
    if (roll < 0.8) return pick(COMMON[language]);
    return `${pick(VOCABULARY[language])}${pick(VOCABULARY[language])}`.replaceAll(" ", "");
  };
  const sentence = (language: Locale, words: number) =>
    Array.from({ length: words }, () => word(language)).join(" ");
  const start = Date.parse("2020-01-01T00:00:00.000Z");
  const span = Date.parse("2026-11-01T00:00:00.000Z") - start;

  for (let from = 0; from < DECISIONS; from += BATCH) {
    const records: DecisionRecord[] = [];
    for (let i = from; i < Math.min(DECISIONS, from + BATCH); i++) {
      const language = LANGUAGES[i % LANGUAGES.length] as Locale;
      topic = [pick(VOCABULARY[language]), pick(VOCABULARY[language]), pick(VOCABULARY[language])];
      const facilitator = pick(facilitatorIds);
      const at = new Date(start + Math.floor(next() * span)).toISOString();
      const review = next() < 0.6 ? new Date(Date.parse(at) + 180 * 86_400_000) : undefined;
      records.push(
        buildRecord(owner, {
          language,
          at,
          title: sentence(language, 4),
          question: `${sentence(language, 8)}?`,
          text: sentence(language, 30),
          rationale: sentence(language, 15),
          facilitators: [{ userId: facilitator, displayName: "Fasilitator", lead: true }],
          facts: [
            {
              text: sentence(language, 12),
              author: null,
              source: null,
              disputed: null,
              questions: [],
            },
          ],
          actions:
            next() < 0.4 ? [{ what: sentence(language, 5), owner: "Kari", dueDate: null }] : [],
          reviewDate: review ? review.toISOString().slice(0, 10) : null,
        }),
      );
    }
    await storage.db.transaction().execute(async (trx) => {
      await insertDecisions(trx, records, records[0]?.at ?? "");
      // A spread of lifecycle states, as a register that has lived some years holds.
      for (const status of ["under_review", "superseded", "revoked"] as const) {
        const ids = records.filter(() => next() < 1 / 6).map((record) => record.decisionId);
        if (ids.length === 0) continue;
        await trx.updateTable("decisions").set({ status }).where("id", "in", ids).execute();
      }
    });
  }
}

function buildSearch(
  next: () => number,
  organisationId: string,
  facilitatorIds: string[],
): { search: RegisterSearch; kind: string } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const language = pick(LANGUAGES);
  const roll = next();
  const query = roll < 0.75 ? pick(VOCABULARY[language]) : undefined;
  const sort: RegisterSort =
    query && next() < 0.5 ? "relevance" : pick(["newest", "oldest", "review_date"] as const);
  const filters: RegisterSearch["filters"] = {};
  const parts: string[] = [query ? "query" : "list", sort];
  if (next() < 0.4) {
    filters.status = pick([
      ["in_effect"],
      ["under_review"],
      ["in_effect", "under_review"],
    ] as const);
    parts.push("status");
  }
  if (next() < 0.3) {
    filters.facilitatorId = pick(facilitatorIds);
    parts.push("facilitator");
  }
  if (next() < 0.3) {
    const year = 2020 + Math.floor(next() * 6);
    filters.decidedFrom = `${year}-01-01`;
    filters.decidedTo = `${year}-06-30`;
    parts.push("dates");
  }
  if (next() < 0.2) {
    filters.hasOpenActions = true;
    parts.push("actions");
  }
  return { search: { organisationId, query, filters, sort, limit: 25 }, kind: parts.join("/") };
}

await main();
