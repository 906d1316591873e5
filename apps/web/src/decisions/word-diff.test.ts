import { describe, expect, it } from "vitest";
import { sideOf, wordDiff } from "./word-diff";

const FIRST = "Byggesøknader behandles av ett team, fra start til slutt, i tre måneder.";
const SECOND =
  "Byggesøknader behandles av ett team med ukentlig sjekk, fra start til slutt, i seks måneder.";

describe("a word diff between two proposal versions", () => {
  it("marks whole words added and removed, Norwegian letters included", () => {
    const changed = wordDiff(FIRST, SECOND)
      .filter((segment) => segment.change !== "same")
      .map(({ change, text }) => ({ change, text: text.trim() }));
    expect(changed).toEqual([
      { change: "added", text: "med ukentlig sjekk" },
      { change: "removed", text: "tre" },
      { change: "added", text: "seks" },
    ]);
  });

  it("reads back as either version", () => {
    const segments = wordDiff(FIRST, SECOND);
    expect(sideOf(segments, "before")).toBe(FIRST);
    expect(sideOf(segments, "after")).toBe(SECOND);
  });

  it("is one unchanged run when nothing changed", () => {
    expect(wordDiff(FIRST, FIRST)).toEqual([{ change: "same", text: FIRST }]);
  });
});
