import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";
import { opinionGroups } from "./groups.js";
import { readComments, readParticipantsVotes, readVotes } from "./polis-format.js";
import { replayState } from "./replay.js";

/**
 * Our groups against Polis's own group-id on the shared conversations (CC BY 4.0, The
 * Computational Democracy Project), on the participants Polis clustered. Two figures each:
 * a first look at the finished matrix, and the live map after replaying votes.csv in time order
 * (Polis's group-id is the state of such a loop). The floors are the figures measured, less a
 * small margin, recorded in docs/insight.md; the target, a median of 0.8, is not reached.
 */
const DATA = new URL("../../../../shared/data/polis/", import.meta.url);
const FLOORS: Record<string, { firstLook: number; replayed: number }> = {
  "15-per-hour-seattle": { firstLook: 0.86, replayed: 0.83 },
  "brexit-consensus": { firstLook: 0.22, replayed: 0.88 },
  "scoop-hivemind.ubi": { firstLook: 0.03, replayed: 0.02 },
  "football-concussions": { firstLook: 0.03, replayed: 0 },
};

function read(conversation: string, file: string): string {
  return readFileSync(new URL(`${conversation}/${file}`, DATA), "utf8");
}

function ariAgainstPolis(conversation: string, replayed: boolean): number {
  const { matrix, polisGroups } = readParticipantsVotes(
    read(conversation, "participants-votes.csv"),
  );
  const out = new Set(
    readComments(read(conversation, "comments.csv"))
      .filter((c) => c.moderated === -1)
      .map((c) => c.id),
  );
  const moderatedOut = new Set(matrix.statements.flatMap((id, j) => (out.has(id) ? [j] : [])));
  const previous = replayed
    ? replayState(matrix, readVotes(read(conversation, "votes.csv")), { moderatedOut })
    : undefined;
  const { groupOf } = opinionGroups(matrix, { moderatedOut, previous });
  const ours: number[] = [];
  const theirs: number[] = [];
  polisGroups.forEach((group, i) => {
    if (group === null) return;
    theirs.push(group);
    ours.push(groupOf[i] ?? -1);
  });
  return adjustedRandIndex(ours, theirs);
}

function median(figures: number[]): number {
  const sorted = [...figures].sort((a, b) => a - b);
  return ((sorted[1] ?? 0) + (sorted[2] ?? 0)) / 2;
}

describe("opinion groups against Polis", () => {
  const firstLook = new Map<string, number>();
  const replayed = new Map<string, number>();
  for (const [conversation, floor] of Object.entries(FLOORS)) {
    it(`${conversation}: ARI at least ${floor.firstLook} at first look, ${floor.replayed} replayed`, () => {
      firstLook.set(conversation, ariAgainstPolis(conversation, false));
      replayed.set(conversation, ariAgainstPolis(conversation, true));
      expect(firstLook.get(conversation)).toBeGreaterThanOrEqual(floor.firstLook);
      expect(replayed.get(conversation)).toBeGreaterThanOrEqual(floor.replayed);
    });
  }

  it("keeps the medians (measured 0.17 at first look, 0.45 replayed; the issue asks 0.8)", () => {
    const figures = (measured: Map<string, number>, replay: boolean) =>
      Object.keys(FLOORS).map((c) => measured.get(c) ?? ariAgainstPolis(c, replay));
    expect(median(figures(firstLook, false))).toBeGreaterThanOrEqual(0.15);
    expect(median(figures(replayed, true))).toBeGreaterThanOrEqual(0.44);
  });

  it("is reproducible: the same votes give the same groups", () => {
    const { matrix } = readParticipantsVotes(read("brexit-consensus", "participants-votes.csv"));
    expect([...opinionGroups(matrix).groupOf]).toEqual([...opinionGroups(matrix).groupOf]);
  });
});
