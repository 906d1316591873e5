import type { Phase } from "../steps/schema.js";
import type { MethodView } from "./schema.js";

export interface MethodFilters {
  /** Words to find in the name, purpose and when-to-use, in the method's own language. */
  query?: string;
  phase?: Phase;
  /** The group's size: a method fits when the size lies within its range. */
  groupSize?: number;
  /** Minutes available: a method fits when its shortest version fits in them. */
  minutes?: number;
}

/**
 * Letters that carry no combining mark in Unicode, so NFD leaves them whole. Folding them lets
 * someone type "ovelse" for "øvelse", as people do on a keyboard without the letter.
 */
const UNDECOMPOSED: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ł: "l" };

/** Lower case without diacritics: "Samtyckesrunda" and "SAMTYCKESRÜNDA" fold alike. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[øæœßđł]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Name hits count more than hits in the other fields: the name is what a reader scans for. */
const NAME_WEIGHT = 3;

function score(method: MethodView, queryWords: string[]): number {
  const nameWords = words(method.name);
  const bodyWords = words(`${method.purpose} ${method.whenToUse}`);
  let total = 0;
  for (const query of queryWords) {
    if (nameWords.some((word) => word.startsWith(query))) total += NAME_WEIGHT;
    else if (bodyWords.some((word) => word.startsWith(query))) total += 1;
    else return 0;
  }
  return total;
}

function fits(method: MethodView, filters: MethodFilters): boolean {
  if (filters.phase !== undefined && !method.phases.includes(filters.phase)) return false;
  const size = filters.groupSize;
  if (size !== undefined && (size < method.groupSize.min || size > method.groupSize.max)) {
    return false;
  }
  return filters.minutes === undefined || method.minutes.min <= filters.minutes;
}

/**
 * The methods that pass the filters and contain every query word as the start of a word (prefix
 * matching, so "samtycke" finds "samtyckesrunda"). With a query, best matches come first; ties
 * keep the library's order.
 */
export function searchMethods(
  methods: readonly MethodView[],
  filters: MethodFilters,
): MethodView[] {
  const fitting = methods.filter((method) => fits(method, filters));
  const queryWords = words(filters.query ?? "");
  if (queryWords.length === 0) return fitting;
  return fitting
    .map((method, index) => ({ method, index, score: score(method, queryWords) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((hit) => hit.method);
}
