import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends, type TestStorage } from "../test-support/backends.js";
import {
  insertRecord,
  insertRegisterOwner,
  type RegisterOwner,
} from "../test-support/decision-rows.js";
import { ftsQuery, type RegisterSearch, searchDecisions } from "./search.js";

describe("ftsQuery", () => {
  it("makes every word a quoted prefix, so FTS5 syntax in a search box is only text", () => {
    expect(ftsQuery('byggesak "NEAR" title:x')).toBe('"byggesak"* "NEAR"* "title"* "x"*');
    expect(ftsQuery(" -- ")).toBeUndefined();
  });
});

describe.each(backends)("decision register search on $kind", (backend) => {
  let storage: TestStorage;
  let owner: RegisterOwner;

  beforeEach(async () => {
    storage = await backend.open();
    owner = await insertRegisterOwner(storage.db);
  });
  afterEach(() => storage.dispose());

  const search = (query: Omit<RegisterSearch, "organisationId" | "limit"> & { limit?: number }) =>
    searchDecisions(storage.db, storage.kind, {
      organisationId: owner.organisationId,
      limit: 20,
      ...query,
    });
  const titles = async (query: Omit<RegisterSearch, "organisationId" | "limit">) =>
    (await search(query)).decisions.map((decision) => decision.title);

  it("finds a Norwegian decision by a Norwegian word, and by an inflected form", async () => {
    await insertRecord(storage.db, owner, {
      title: "Kortere byggesaker",
      text: "Alle byggesakene får en fast saksbehandler.",
      language: "nb",
    });
    await insertRecord(storage.db, owner, { title: "Nytt bibliotek", language: "nb" });

    expect(await titles({ query: "byggesak" })).toEqual(["Kortere byggesaker"]);
    // Postgres stems both to "byggesak"; SQLite reads the query word as a prefix.
    expect(await titles({ query: "byggesakene" })).toEqual(["Kortere byggesaker"]);
    expect(await titles({ query: "saksbehandler" })).toEqual(["Kortere byggesaker"]);
    expect(await titles({ query: "svømmehall" })).toEqual([]);
  });

  it("finds a Swedish decision by a Swedish word, in the record's facts and objections too", async () => {
    await insertRecord(storage.db, owner, {
      title: "Snabbare bygglov",
      text: "Vi inför en gemensam handläggare.",
      language: "sv",
      facts: [
        {
          text: "Handläggningstiden är sju veckor.",
          author: null,
          source: null,
          disputed: null,
          questions: [],
        },
      ],
      objections: [
        {
          version: 1,
          participant: null,
          reason: "Arbetsbelastningen ökar.",
          test: null,
          integratedIn: null,
        },
      ],
    });
    await insertRecord(storage.db, owner, { title: "Nieuwe bibliotheek", language: "nl" });

    expect(await titles({ query: "bygglov" })).toEqual(["Snabbare bygglov"]);
    expect(await titles({ query: "handläggningstiden" })).toEqual(["Snabbare bygglov"]);
    expect(await titles({ query: "arbetsbelastningen" })).toEqual(["Snabbare bygglov"]);
    // Inflection: "handläggaren" is "handläggare" in the definite form.
    if (storage.kind === "postgres") {
      expect(await titles({ query: "handläggaren" })).toEqual(["Snabbare bygglov"]);
    }
    expect(await titles({ query: "bibliotheek" })).toEqual(["Nieuwe bibliotheek"]);
  });

  it("keeps to the organisation's own decisions", async () => {
    const other = await insertRegisterOwner(storage.db);
    await insertRecord(storage.db, other, { title: "Kortere byggesaker" });
    expect(await titles({ query: "byggesaker" })).toEqual([]);
    expect(await titles({})).toEqual([]);
  });

  it("filters by facilitator, date, status, open actions, review date and process", async () => {
    const colleague = await insertRegisterOwner(storage.db);
    await insertRecord(storage.db, owner, {
      title: "A",
      at: "2026-10-01T10:00:00.000Z",
      actions: [{ what: "Ringe", owner: "Kari", dueDate: null }],
      reviewDate: "2026-12-01",
    });
    await insertRecord(storage.db, owner, {
      title: "B",
      at: "2026-11-15T23:59:00.000Z",
      facilitators: [{ userId: colleague.userId, displayName: "Bo", lead: true }],
      reviewDate: "2027-06-01",
    });
    const c = await insertRecord(storage.db, owner, { title: "C", at: "2026-11-16T00:00:00.000Z" });
    await storage.db
      .updateTable("decisions")
      // Revoked with its review day passed: nothing is left to review.
      .set({ status: "revoked", process_id: "process-1", review_date: "2026-11-20" })
      .where("id", "=", c.decisionId)
      .execute();

    expect(await titles({ filters: { facilitatorId: colleague.userId } })).toEqual(["B"]);
    expect(await titles({ filters: { facilitatorId: owner.userId } })).toEqual(["C", "A"]);
    expect(
      await titles({ filters: { decidedFrom: "2026-11-01", decidedTo: "2026-11-15" } }),
    ).toEqual(["B"]);
    expect(await titles({ filters: { status: ["revoked"] } })).toEqual(["C"]);
    expect(await titles({ filters: { status: ["in_effect", "under_review"] } })).toEqual([
      "B",
      "A",
    ]);
    expect(await titles({ filters: { hasOpenActions: true } })).toEqual(["A"]);
    expect(await titles({ filters: { hasOpenActions: false } })).toEqual(["C", "B"]);
    expect(
      (await search({ sort: "oldest" })).decisions.map((decision) => decision.openActions),
    ).toEqual([1, 0, 0]);
    // Open means the action's status: once it is done, the decision has none left open.
    await storage.db.updateTable("decision_actions").set({ status: "done" }).execute();
    expect(await titles({ filters: { hasOpenActions: true } })).toEqual([]);
    expect(await titles({ filters: { hasOpenActions: false } })).toEqual(["C", "B", "A"]);
    await storage.db.updateTable("decision_actions").set({ status: "open" }).execute();
    expect(await titles({ filters: { reviewDueBy: "2026-12-31" } })).toEqual(["A"]);
    expect(await titles({ filters: { processId: "process-1" } })).toEqual(["C"]);
    expect(await titles({ sort: "review_date" })).toEqual(["C", "A", "B"]);
    expect(await titles({ sort: "oldest" })).toEqual(["A", "B", "C"]);
  });

  it("pages by cursor in every sort without duplicates or gaps", async () => {
    const written: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Two decisions share each minute, so the id must break ties.
      const minute = String(Math.floor(i / 2)).padStart(2, "0");
      const record = await insertRecord(storage.db, owner, {
        title: `Byggesak ${i}`,
        text: i % 3 === 0 ? "byggesak byggesak byggesak" : "annet",
        at: `2026-11-02T10:${minute}:00.000Z`,
        reviewDate: `2027-01-${String((i % 5) + 10)}`,
      });
      written.push(record.decisionId);
    }
    for (const sort of ["newest", "oldest", "relevance", "review_date"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ query: "byggesak", sort, cursor, limit: 5 });
        seen.push(...page.decisions.map((decision) => decision.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(seen, sort).toHaveLength(23);
      expect(new Set(seen), sort).toEqual(new Set(written));
    }
    const newest = await search({ sort: "newest", limit: 23 });
    expect(newest.nextCursor).toBeNull();
    const relevant = await search({ query: "byggesak", sort: "relevance", limit: 8 });
    // The decisions that say it four times rank above those that say it once.
    expect(relevant.decisions.every((d) => Number(d.title.split(" ")[1]) % 3 === 0)).toBe(true);
  });
});
