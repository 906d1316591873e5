import { LOCALES } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { messages } from "./all-messages";
import { loadMessages } from "./resources";

/** Every leaf as "path.to.key" -> text. */
function flatten(tree: object, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null) {
      for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
    } else {
      leaves.set(path, value);
    }
  }
  return leaves;
}

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

const english = flatten(messages.en);

describe.each(LOCALES)("locale %s", (locale) => {
  const leaves = flatten(messages[locale]);

  // The app loads each language on demand: the loader must bring this language, not another.
  it("is what the app loads on demand", async () => {
    expect(await loadMessages(locale)).toBe(messages[locale]);
  });

  it("has exactly the keys of the English source", () => {
    expect([...leaves.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty strings", () => {
    const empty = [...leaves].filter(([, text]) => typeof text !== "string" || !text.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  // A translator who renames {{organisation}} leaves the reader with a blank.
  it("uses the same placeholders as English", () => {
    for (const [key, text] of leaves) {
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)));
    }
  });
});
