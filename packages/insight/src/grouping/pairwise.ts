import { adjustedRandIndex } from "../ari.js";

export interface PairwiseAgreement {
  /** Of the pairs put together, the share a human put together too. */
  precision: number;
  /** Of the pairs a human put together, the share put together. */
  recall: number;
  f1: number;
  ari: number;
}

/**
 * Suggested against human grouping, counted over pairs of items: the measure that does not
 * depend on matching group names or numbers. An item left ungrouped is a group of its own.
 */
export function pairwiseAgreement(
  suggested: readonly (string | number)[],
  human: readonly (string | number)[],
): PairwiseAgreement {
  if (suggested.length !== human.length) throw new RangeError("labelings differ in length");
  let both = 0;
  let ours = 0;
  let theirs = 0;
  for (let i = 0; i < suggested.length; i++) {
    for (let j = i + 1; j < suggested.length; j++) {
      const together = suggested[i] === suggested[j];
      const humanTogether = human[i] === human[j];
      if (together) ours += 1;
      if (humanTogether) theirs += 1;
      if (together && humanTogether) both += 1;
    }
  }
  const precision = ours === 0 ? 1 : both / ours;
  const recall = theirs === 0 ? 1 : both / theirs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ari: adjustedRandIndex(numbered(suggested), numbered(human)) };
}

function numbered(labels: readonly (string | number)[]): number[] {
  const ids = new Map<string | number, number>();
  return labels.map((label) => {
    let id = ids.get(label);
    if (id === undefined) {
      id = ids.size;
      ids.set(label, id);
    }
    return id;
  });
}
