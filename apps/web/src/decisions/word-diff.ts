import { diffWordsWithSpace } from "diff";

/** A run of words in a proposal version, as the group would read it against the previous one. */
export interface DiffSegment {
  change: "same" | "added" | "removed";
  text: string;
}

/**
 * What changed from one wording to the next, word by word. The "with space" variant treats
 * spaces as tokens of their own: plain diffWords drops a space from one side, so its segments
 * would not join back into the wording that was actually voted on. Used to show every amendment
 * of a proposal: issue 4 asks for "the change visible as a diff".
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    change: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** The text a diff reads as on one side: before (without additions) or after (without removals). */
export function sideOf(segments: DiffSegment[], side: "before" | "after"): string {
  const dropped = side === "before" ? "added" : "removed";
  return segments
    .filter((segment) => segment.change !== dropped)
    .map((segment) => segment.text)
    .join("");
}
