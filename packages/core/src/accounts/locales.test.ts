import { describe, expect, it } from "vitest";
import { isLocale, matchLocale } from "./locales.js";

describe("matchLocale", () => {
  it.each([
    ["nb", "nb"],
    ["nb-NO", "nb"],
    ["no", "nb"],
    ["nn", "nb"],
    ["nn-NO", "nb"],
    ["sv-SE", "sv"],
    ["sv_FI", "sv"],
    ["nl-BE", "nl"],
    ["NL", "nl"],
    ["en-GB", "en"],
    [" en ", "en"],
  ])("%j -> %s", (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });

  it.each(["fr", "de-DE", "", "*", "nob"])("%j has no match", (tag) => {
    expect(matchLocale(tag)).toBeUndefined();
  });

  it("answers undefined for a missing tag", () => {
    expect(matchLocale(undefined)).toBeUndefined();
    expect(matchLocale(null)).toBeUndefined();
  });
});

describe("isLocale", () => {
  it("accepts exactly the four languages", () => {
    expect(["en", "nb", "sv", "nl"].every(isLocale)).toBe(true);
    expect(isLocale("no")).toBe(false);
    expect(isLocale("NB")).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
