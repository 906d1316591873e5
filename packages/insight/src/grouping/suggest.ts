import { agglomerate } from "./agglomerate.js";
import { type GroupingLanguage, type Token, tokeniser } from "./tokens.js";
import { cosineSimilarities, tfIdfVectors } from "./vectors.js";

export interface TextItem {
  id: string;
  text: string;
}

export interface SuggestedGroup {
  /** Its most telling words, as written in the group, to start the facilitator's name from. */
  name: string;
  /** Ids in the order they were given. */
  itemIds: string[];
  /** The item most like the rest of its group: what the group is about, in someone's words. */
  centralId: string;
}

export interface GroupSuggestions {
  groups: SuggestedGroup[];
  /** Items like no other closely enough: better left for the facilitator than forced into a group. */
  ungrouped: string[];
}

export interface SuggestOptions {
  language: GroupingLanguage;
  /** How alike (average cosine) a group's items must be. */
  threshold?: number;
  /** Smaller clusters are left ungrouped: a group of one is no suggestion. */
  minSize?: number;
  /**
   * Share of character 4-grams against whole stems; see `tfIdfVectors`. Off by default: on the
   * labelled set they helped English but not Norwegian or Swedish compounds (docs/insight.md).
   */
  charGramWeight?: number;
}

/**
 * Chosen on the labelled reflections in testdata/grouping (docs/insight.md, "Grouping
 * suggestions"): the best mean adjusted Rand index over the four languages, one setting for all.
 */
export const DEFAULT_THRESHOLD = 0.04;
export const DEFAULT_MIN_SIZE = 2;
export const DEFAULT_CHAR_GRAM_WEIGHT = 0;

const NAME_TERMS = 2;
const MAX_NAME_LENGTH = 80;

/**
 * Groups of similar short texts in one language: stems without stop words, TF-IDF, cosine
 * similarity, average-linkage clustering cut at a
 * similarity threshold. Pure and deterministic: the same texts in the same order give the same
 * suggestions.
 */
export function suggestGroups(
  items: readonly TextItem[],
  options: SuggestOptions,
): GroupSuggestions {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minSize = options.minSize ?? DEFAULT_MIN_SIZE;
  const tokenise = tokeniser(options.language);
  const tokens = items.map((item) => tokenise(item.text));
  const vectors = tfIdfVectors(tokens, {
    charGramWeight: options.charGramWeight ?? DEFAULT_CHAR_GRAM_WEIGHT,
  });
  const n = items.length;
  const similarity = cosineSimilarities(vectors);
  const clusters = agglomerate(similarity, n, threshold);
  const documentFrequency = new Map<string, number>();
  for (const text of tokens) {
    for (const stem of new Set(text.map((t) => t.stem))) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    }
  }
  const rarity = (stem: string) => Math.log((1 + n) / (1 + (documentFrequency.get(stem) ?? 0))) + 1;
  const groups: SuggestedGroup[] = [];
  const ungrouped: string[] = [];
  for (const cluster of clusters) {
    if (cluster.length < minSize) {
      for (const i of cluster) ungrouped.push(items[i]?.id ?? "");
      continue;
    }
    groups.push({
      name: groupName(
        cluster.map((i) => tokens[i] ?? []),
        rarity,
      ),
      itemIds: cluster.map((i) => items[i]?.id ?? ""),
      centralId: items[central(cluster, similarity, n)]?.id ?? "",
    });
  }
  // Largest first: the facilitator reads the strongest themes first.
  groups.sort((a, b) => b.itemIds.length - a.itemIds.length);
  ungrouped.sort((a, b) => items.findIndex((i) => i.id === a) - items.findIndex((i) => i.id === b));
  return { groups, ungrouped };
}

function central(cluster: readonly number[], similarity: Float64Array, n: number): number {
  let best = cluster[0] ?? 0;
  let bestSum = -Infinity;
  for (const i of cluster) {
    let sum = 0;
    for (const j of cluster) if (i !== j) sum += similarity[i * n + j] ?? 0;
    if (sum > bestSum) {
      bestSum = sum;
      best = i;
    }
  }
  return best;
}

/**
 * The stems that most mark the group: used by many of its items and by few texts elsewhere
 * (items using it × idf, as the vectors weigh it; ties: more uses, longer stem, alphabetical).
 * Without the idf, everyday verbs that escape the stop lists ("får", "tar") would name groups.
 * Each is shown as the form most often written, e.g. "Møtene, agenda".
 */
function groupName(
  documents: readonly (readonly Token[])[],
  rarity: (stem: string) => number,
): string {
  const byStem = new Map<string, { documents: number; uses: number; forms: Map<string, number> }>();
  for (const tokens of documents) {
    const seen = new Set<string>();
    for (const { stem, word } of tokens) {
      let entry = byStem.get(stem);
      if (entry === undefined) {
        entry = { documents: 0, uses: 0, forms: new Map() };
        byStem.set(stem, entry);
      }
      entry.uses += 1;
      entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      if (!seen.has(stem)) entry.documents += 1;
      seen.add(stem);
    }
  }
  const ranked = [...byStem].sort(
    ([stemA, a], [stemB, b]) =>
      b.documents * rarity(stemB) - a.documents * rarity(stemA) ||
      b.uses - a.uses ||
      stemB.length - stemA.length ||
      (stemA < stemB ? -1 : 1),
  );
  const words = ranked.slice(0, NAME_TERMS).map(([, entry]) => {
    const forms = [...entry.forms].sort(([x, a], [y, b]) => b - a || (x < y ? -1 : 1));
    return forms[0]?.[0] ?? "";
  });
  const name = words.join(", ");
  return (name.charAt(0).toLocaleUpperCase() + name.slice(1)).slice(0, MAX_NAME_LENGTH) || "—";
}
