import type { DecisionSummary } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { chaptersOf, newestFirst, peopleOf, positionCounts, sourceHost } from "./record-view";
import { exampleDecisionRecord, FIRST_WORDING, SECOND_WORDING } from "./testing/example-record";
import { sideOf } from "./word-diff";

describe("the proposal read version by version", () => {
  const chapters = chaptersOf(exampleDecisionRecord());

  it("puts each round under the version it asked about", () => {
    expect(chapters.map((c) => [c.version.version, c.rounds.map((r) => r.kind)])).toEqual([
      [1, ["clarifying", "consent"]],
      [2, ["consent"]],
    ]);
  });

  it("diffs each version against the one before, and the first against nothing", () => {
    const [first, second] = chapters;
    expect(first?.changes).toBeNull();
    expect(second?.changes && sideOf(second.changes, "before")).toBe(FIRST_WORDING);
    expect(second?.changes && sideOf(second.changes, "after")).toBe(SECOND_WORDING);
  });

  it("names the objection a version was written to meet under that version", () => {
    const [first, second] = chapters;
    expect(first?.meets).toEqual([]);
    expect(second?.meets).toHaveLength(1);
    expect(second?.meets[0]).toMatchObject({ version: 1, test: { outcome: "upheld" } });
  });
});

describe("a round's positions", () => {
  it("are counted in the method's order, skipping positions nobody gave", () => {
    const round = exampleDecisionRecord().rounds[1];
    expect(positionCounts(round?.entries ?? [])).toEqual([
      { position: "consent", count: 2 },
      { position: "stand_aside", count: 1 },
      { position: "objection", count: 1 },
    ]);
  });
});

describe("who took part", () => {
  it("separates the lead facilitator from co-facilitators and participants", () => {
    expect(peopleOf(exampleDecisionRecord())).toEqual({
      lead: ["Kari"],
      coFacilitators: ["Ola"],
      participants: ["Ingrid Bakke", "Per Olsen", "Aisha Rahman", "Jonas Lie"],
    });
  });
});

describe("the decisions list", () => {
  const summary = (id: string, decidedAt: string): DecisionSummary => ({
    id,
    sessionId: "s",
    outcome: "decided",
    title: id,
    text: "",
    language: "nb",
    decidedAt,
    reviewDate: null,
  });

  it("puts the newest decision first", () => {
    const list = [
      summary("autumn", "2026-10-01T10:00:00.000Z"),
      summary("winter", "2026-12-01T10:00:00.000Z"),
      summary("spring", "2026-04-01T10:00:00.000Z"),
    ];
    expect(newestFirst(list).map((d) => d.id)).toEqual(["winter", "autumn", "spring"]);
  });
});

describe("a fact's source", () => {
  it("is shown by its host, and a malformed link by nothing", () => {
    expect(sourceHost("https://kommune.example/byggesak/2025")).toBe("kommune.example");
    expect(sourceHost("not a link")).toBeNull();
  });
});
