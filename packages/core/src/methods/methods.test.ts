import { describe, expect, it } from "vitest";
import { LOCALES } from "../accounts/locales.js";
import { stepInputSchema } from "../steps/schema.js";
import { BUILT_IN_METHODS, builtInLibrary, findBuiltInMethod } from "./library.js";
import { BUILT_IN_METHOD_ROUND_IDS, builtInMethodRound } from "./method-rounds.js";
import {
  METHOD_CATEGORIES,
  methodShapeSchema,
  methodSlugSchema,
  methodTextSchema,
} from "./schema.js";
import { foldText, searchMethods } from "./search.js";
import { stepInputFromMethod } from "./step-input.js";

const TRANSLATIONS = ["nb", "sv", "nl"] as const;

describe("the built-in library", () => {
  it("holds at least 40 methods with unique slugs, on every shelf", () => {
    expect(BUILT_IN_METHODS.length).toBeGreaterThanOrEqual(40);
    const ids = BUILT_IN_METHODS.map((method) => method.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(methodSlugSchema.safeParse(id).success, id).toBe(true);
    const shelves = new Set(BUILT_IN_METHODS.map((method) => method.category));
    expect([...shelves].sort()).toEqual([...METHOD_CATEGORIES].sort());
  });

  it.each(BUILT_IN_METHODS.map((method) => [method.id, method] as const))(
    "%s validates in every language",
    (_id, method) => {
      const { id: _, texts, ...shape } = method;
      expect(methodShapeSchema.parse(shape)).toEqual(shape);
      for (const locale of LOCALES)
        expect(methodTextSchema.parse(texts[locale])).toEqual(texts[locale]);
    },
  );

  it.each(TRANSLATIONS)(
    "every %s text is written in that language, not copied from English",
    (locale) => {
      for (const method of BUILT_IN_METHODS) {
        const en = method.texts.en;
        const text = method.texts[locale];
        for (const field of ["purpose", "whenToUse", "question"] as const) {
          expect(text[field], `${method.id}.${field}`).not.toBe(en[field]);
        }
        for (const field of ["steps", "goodQuestions", "pitfalls"] as const) {
          text[field].forEach((line, index) => {
            expect(line, `${method.id}.${field}[${index}]`).not.toBe(en[field][index]);
          });
        }
      }
    },
  );

  it("names every method differently within a language", () => {
    for (const locale of LOCALES) {
      const names = BUILT_IN_METHODS.map((method) => method.texts[locale].name);
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });
});

describe("a method configures a live step", () => {
  it.each(LOCALES)("every method yields a valid step input in %s", (locale) => {
    for (const method of BUILT_IN_METHODS) {
      const input = stepInputFromMethod(method, locale);
      expect(stepInputSchema.safeParse(input).success, method.id).toBe(true);
      expect(input.methodId).toBe(method.id);
      expect(input.settings).toEqual(method.live.settings);
    }
  });

  it("takes the method's name, question, timebox and steps in the chosen language", () => {
    const method = findBuiltInMethod("silent-brainstorm");
    if (!method) throw new Error("silent-brainstorm is missing");
    const input = stepInputFromMethod(method, "nb");
    expect(input).toMatchObject({
      phase: "reflect",
      methodName: "Stille idémyldring",
      prompt: method.texts.nb.question,
      timeboxSeconds: 420,
      settings: { contributionKinds: ["idea"], silent: true },
    });
    expect(input.notes).toMatch(/^1\. Vis spørsmålet/);
  });

  it("lets overrides win, merging settings key by key", () => {
    const method = findBuiltInMethod("dot-voting");
    if (!method) throw new Error("dot-voting is missing");
    const input = stepInputFromMethod(method, "en", {
      phase: "decide",
      prompt: "Which option first?",
      settings: { dotVoteBudget: 5 },
    });
    expect(input).toMatchObject({ phase: "decide", prompt: "Which option first?" });
    expect(input.settings).toEqual({ ...method.live.settings, dotVoteBudget: 5 });
  });

  it("says which round the console offers for the consent process", () => {
    expect(findBuiltInMethod("clarifying-round")?.live.round).toBe("clarifying");
    expect(findBuiltInMethod("reaction-round")?.live.round).toBe("reactions");
    expect(findBuiltInMethod("consent-round")?.live.round).toBe("consent");
    expect(findBuiltInMethod("check-in-round")?.live.round).toBe("speaking");
  });

  it("knows each method's round without its texts, as the library says", () => {
    for (const method of BUILT_IN_METHODS) {
      expect([method.id, builtInMethodRound(method.id)]).toEqual([method.id, method.live.round]);
    }
    const ids = new Set(BUILT_IN_METHODS.map((method) => method.id));
    expect(BUILT_IN_METHOD_ROUND_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(builtInMethodRound("constructor")).toBeNull();
    expect(builtInMethodRound("an-organisations-own")).toBeNull();
  });
});

describe("searching the library", () => {
  it("folds case and diacritics", () => {
    expect(foldText("Øvelse på Ålesund, SAMTYCKE, überall, Ærlig")).toBe(
      "ovelse pa alesund, samtycke, uberall, aerlig",
    );
  });

  it('finds the consent round by "samtycke" in Swedish, first', () => {
    const [first] = searchMethods(builtInLibrary("sv"), { query: "samtycke" });
    expect(first?.id).toBe("consent-round");
    expect(first?.name).toBe("Samtyckesrunda");
  });

  it("matches word prefixes across name, purpose and when-to-use, every word required", () => {
    const nb = builtInLibrary("nb");
    expect(searchMethods(nb, { query: "samtykke" }).map((m) => m.id)).toContain("consent-round");
    expect(searchMethods(nb, { query: "stille idé" })[0]?.id).toBe("silent-brainstorm");
    expect(searchMethods(nb, { query: "stille zebra" })).toEqual([]);
    const nl = builtInLibrary("nl");
    expect(searchMethods(nl, { query: "CONSENT" })[0]?.id).toBe("consent-round");
    expect(searchMethods(builtInLibrary("en"), { query: "1-2-4" })[0]?.id).toBe("one-two-four-all");
  });

  it("filters by phase, group size and time", () => {
    const en = builtInLibrary("en");
    const decide = searchMethods(en, { phase: "decide" });
    expect(decide.length).toBeGreaterThan(3);
    expect(decide.every((m) => m.phases.includes("decide"))).toBe(true);
    const large = searchMethods(en, { groupSize: 300 });
    expect(large.map((m) => m.id)).toContain("one-two-four-all");
    expect(large.map((m) => m.id)).not.toContain("speaking-round");
    const quick = searchMethods(en, { minutes: 5 });
    expect(quick.every((m) => m.minutes.min <= 5)).toBe(true);
    expect(quick.map((m) => m.id)).toContain("one-word-check-in");
    expect(quick.map((m) => m.id)).not.toContain("rotating-tables");
  });

  it("keeps the library's order without a query", () => {
    expect(searchMethods(builtInLibrary("sv"), {}).map((m) => m.id)).toEqual(
      BUILT_IN_METHODS.map((m) => m.id),
    );
  });
});
