import { type PairwiseAgreement, pairwiseAgreement } from "./pairwise.js";
import {
  type GroupSuggestions,
  type SuggestOptions,
  suggestGroups,
  type TextItem,
} from "./suggest.js";
import { type GroupingLanguage, isGroupingLanguage } from "./tokens.js";

/** A labelled set: texts in one language, each with the theme a human gave it. */
export interface LabelledTexts {
  language: GroupingLanguage;
  items: (TextItem & { theme?: string })[];
}

export class TextsFormatError extends Error {
  override name = "TextsFormatError";
}

/**
 * `{ "language"?: "nb", "items": [{ "id": "1", "text": "…", "theme"?: "…" }] }`, or a bare array
 * of items; an item without an id gets its position.
 */
export function readTexts(json: string, language?: string): LabelledTexts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new TextsFormatError(`Not JSON: ${(error as Error).message}`);
  }
  const body = Array.isArray(parsed) ? { items: parsed } : parsed;
  if (
    typeof body !== "object" ||
    body === null ||
    !("items" in body) ||
    !Array.isArray(body.items)
  ) {
    throw new TextsFormatError('Expected { "items": [{ "text": "…" }] } or an array of items');
  }
  const lang = language ?? ("language" in body ? String(body.language) : undefined);
  if (lang === undefined || !isGroupingLanguage(lang)) {
    throw new TextsFormatError(`Give the language (en, nb, sv or nl), not ${lang ?? "none"}`);
  }
  const items = body.items.map((raw: unknown, index: number) => {
    if (
      typeof raw !== "object" ||
      raw === null ||
      !("text" in raw) ||
      typeof raw.text !== "string"
    ) {
      throw new TextsFormatError(`Item ${index + 1} has no text`);
    }
    const id = "id" in raw && raw.id !== undefined ? String(raw.id) : String(index + 1);
    const theme = "theme" in raw && raw.theme !== undefined ? String(raw.theme) : undefined;
    return theme === undefined ? { id, text: raw.text } : { id, text: raw.text, theme };
  });
  return { language: lang, items };
}

/** One label per item: its group's number, or a label of its own when left ungrouped. */
export function suggestionLabels(
  items: readonly TextItem[],
  suggestions: GroupSuggestions,
): string[] {
  const groupOf = new Map<string, string>();
  suggestions.groups.forEach((group, g) => {
    for (const id of group.itemIds) groupOf.set(id, `group ${g}`);
  });
  return items.map((item) => groupOf.get(item.id) ?? `alone ${item.id}`);
}

/** Suggestions for a labelled set, and how far they agree with its human themes. */
export function evaluateSuggestions(
  labelled: LabelledTexts,
  options: Omit<SuggestOptions, "language"> = {},
): { suggestions: GroupSuggestions; agreement: PairwiseAgreement | null } {
  const suggestions = suggestGroups(labelled.items, { ...options, language: labelled.language });
  const themed = labelled.items.every((item) => item.theme !== undefined);
  if (!themed) return { suggestions, agreement: null };
  const agreement = pairwiseAgreement(
    suggestionLabels(labelled.items, suggestions),
    labelled.items.map((item) => item.theme ?? ""),
  );
  return { suggestions, agreement };
}
