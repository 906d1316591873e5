import type { Token } from "./tokens.js";

/** A sparse, unit-length vector: feature indexes ascending, weights beside them. */
export interface SparseVector {
  features: Int32Array;
  weights: Float64Array;
}

/**
 * Character n-grams of a stem, with the word's edges marked, so that Norwegian and Swedish
 * compounds ("saksbehandling", "behandlingstid") share features with their parts.
 */
export const CHAR_GRAM = 4;

function charGrams(stem: string): string[] {
  const padded = `<${stem}>`;
  if (padded.length <= CHAR_GRAM) return [padded];
  const grams: string[] = [];
  for (let i = 0; i + CHAR_GRAM <= padded.length; i++) grams.push(padded.slice(i, i + CHAR_GRAM));
  return grams;
}

export interface VectorOptions {
  /**
   * Weight of the character n-grams against whole stems (0 leaves them out). The n-grams of one
   * stem are many; their total is scaled to this share of the stem's own weight.
   */
  charGramWeight: number;
}

/** Features of one text: each stem once per use, and its n-grams at their share. */
function termCounts(tokens: readonly Token[], options: VectorOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, by: number) => counts.set(term, (counts.get(term) ?? 0) + by);
  for (const { stem } of tokens) {
    add(`w:${stem}`, 1);
    if (options.charGramWeight > 0) {
      const grams = charGrams(stem);
      for (const gram of grams) add(`c:${gram}`, options.charGramWeight / grams.length);
    }
  }
  return counts;
}

/**
 * TF-IDF with a sublinear term frequency (1 + ln tf) and smoothed idf (ln((1 + n) / (1 + df)) + 1),
 * normalised to unit length so that a dot product is the cosine similarity.
 */
export function tfIdfVectors(
  documents: readonly (readonly Token[])[],
  options: VectorOptions,
): SparseVector[] {
  const counts = documents.map((tokens) => termCounts(tokens, options));
  const index = new Map<string, number>();
  const documentFrequency: number[] = [];
  for (const terms of counts) {
    for (const term of terms.keys()) {
      let at = index.get(term);
      if (at === undefined) {
        at = documentFrequency.length;
        index.set(term, at);
        documentFrequency.push(0);
      }
      documentFrequency[at] = (documentFrequency[at] ?? 0) + 1;
    }
  }
  const n = documents.length;
  return counts.map((terms) => {
    const entries = [...terms].map(([term, count]): [number, number] => {
      const feature = index.get(term) ?? 0;
      const idf = Math.log((1 + n) / (1 + (documentFrequency[feature] ?? 0))) + 1;
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      return [feature, tf * idf];
    });
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
    return {
      features: Int32Array.from(entries, ([f]) => f),
      weights: Float64Array.from(entries, ([, w]) => w / norm),
    };
  });
}

/**
 * Every pair's cosine similarity, n × n row-major, through an inverted index: short texts
 * share few features, so most pairs are never touched.
 */
export function cosineSimilarities(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const similarity = new Float64Array(n * n);
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((vector, doc) => {
    vector.features.forEach((feature, k) => {
      let list = postings.get(feature);
      if (list === undefined) {
        list = [];
        postings.set(feature, list);
      }
      list.push({ doc, weight: vector.weights[k] ?? 0 });
    });
  });
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const x = list[a];
      if (x === undefined) continue;
      for (let b = a + 1; b < list.length; b++) {
        const y = list[b];
        if (y === undefined) continue;
        const product = x.weight * y.weight;
        const xy = x.doc * n + y.doc;
        const yx = y.doc * n + x.doc;
        similarity[xy] = (similarity[xy] ?? 0) + product;
        similarity[yx] = (similarity[yx] ?? 0) + product;
      }
    }
  }
  for (let i = 0; i < n; i++) similarity[i * n + i] = 1;
  return similarity;
}
