import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";
import { opinionGroups } from "./groups.js";
import { readComments, readParticipantsVotes } from "./polis-format.js";

/**
 * Our groups against Polis's own group-id on the shared conversations (CC BY 4.0, The
 * Computational Democracy Project), on the participants Polis clustered. The floors are the
 * figures reached today less a small margin, recorded in docs/insight.md; the target
 * is a median of 0.8, not yet reached.
 */
const DATA = new URL("../../../../shared/data/polis/", import.meta.url);
const FLOORS: Record<string, number> = {
  "15-per-hour-seattle": 0.86,
  "brexit-consensus": 0.22,
  "scoop-hivemind.ubi": 0.03,
  "football-concussions": 0.03,
};

function ariAgainstPolis(conversation: string): number {
  const text = readFileSync(new URL(`${conversation}/participants-votes.csv`, DATA), "utf8");
  const { matrix, polisGroups } = readParticipantsVotes(text);
  const comments = readComments(
    readFileSync(new URL(`${conversation}/comments.csv`, DATA), "utf8"),
  );
  const out = new Set(comments.filter((c) => c.moderated === -1).map((c) => c.id));
  const moderatedOut = new Set(matrix.statements.flatMap((id, j) => (out.has(id) ? [j] : [])));
  const { groupOf } = opinionGroups(matrix, { moderatedOut });
  const ours: number[] = [];
  const theirs: number[] = [];
  polisGroups.forEach((group, i) => {
    if (group === null) return;
    theirs.push(group);
    ours.push(groupOf[i] ?? -1);
  });
  return adjustedRandIndex(ours, theirs);
}

describe("opinion groups against Polis", () => {
  const figures = new Map<string, number>();
  for (const [conversation, floor] of Object.entries(FLOORS)) {
    it(`${conversation}: ARI at least ${floor}`, () => {
      const ari = ariAgainstPolis(conversation);
      figures.set(conversation, ari);
      expect(ari).toBeGreaterThanOrEqual(floor);
    });
  }

  it("keeps the median across the four at least 0.15 (measured 0.17; the issue asks 0.8)", () => {
    const sorted = Object.keys(FLOORS)
      .map((conversation) => figures.get(conversation) ?? ariAgainstPolis(conversation))
      .sort((a, b) => a - b);
    expect(((sorted[1] ?? 0) + (sorted[2] ?? 0)) / 2).toBeGreaterThanOrEqual(0.15);
  });

  it("is reproducible: the same votes give the same groups", () => {
    const text = readFileSync(new URL("brexit-consensus/participants-votes.csv", DATA), "utf8");
    const { matrix } = readParticipantsVotes(text);
    expect([...opinionGroups(matrix).groupOf]).toEqual([...opinionGroups(matrix).groupOf]);
  });
});
