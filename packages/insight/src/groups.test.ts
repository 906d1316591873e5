import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";
import { inConversation, opinionGroups } from "./groups.js";
import { kMeans, silhouette } from "./kmeans.js";
import { seededRandom } from "./random.js";
import { buildVoteMatrix, type Vote, type VoteCell } from "./vote-matrix.js";

function matrixWithVoteCounts(counts: number[], statements: number) {
  const cells: VoteCell[] = [];
  counts.forEach((count, participant) => {
    for (let statement = 0; statement < count; statement++) {
      cells.push({ participant, statement, vote: 1 });
    }
  });
  return buildVoteMatrix(
    counts.map((_, i) => `p${i}`),
    Array.from({ length: statements }, (_, j) => `s${j}`),
    cells,
  );
}

describe("inConversation", () => {
  it("takes participants with at least 7 votes, or all statements when there are fewer", () => {
    const counts = [...Array.from({ length: 16 }, () => 7), 6, 1];
    expect([...inConversation(matrixWithVoteCounts(counts, 10))].slice(15)).toEqual([1, 0, 0]);
    expect([...inConversation(matrixWithVoteCounts([3, 2, 3], 3))]).toEqual([1, 1, 1]);
  });

  it("counts only statements someone voted on, and keeps in whoever was in before", () => {
    // 16 participants voted on the same 3 of 10 statements: 3 votes are all there is to give.
    const counts = [...Array.from({ length: 16 }, () => 3), 1];
    const matrix = matrixWithVoteCounts(counts, 10);
    expect([...inConversation(matrix)].slice(14)).toEqual([1, 1, 0]);
    expect([...inConversation(matrix, new Set(["p16"]))].slice(14)).toEqual([1, 1, 1]);
  });

  it("fills up to 15 with the most active voters when too few qualify", () => {
    const counts = [7, ...Array.from({ length: 20 }, (_, i) => (i % 6) + 1)];
    const inConv = inConversation(matrixWithVoteCounts(counts, 10));
    expect(inConv.reduce((sum, x) => sum + x, 0)).toBe(15);
    const minimumTaken = Math.min(...counts.filter((_, i) => inConv[i] === 1));
    const maximumLeft = Math.max(...counts.filter((_, i) => inConv[i] === 0));
    expect(minimumTaken).toBeGreaterThanOrEqual(maximumLeft);
  });
});

describe("kMeans and silhouette", () => {
  const blobs = Float64Array.of(0, 0, 0.1, 0, 0, 0.1, 5, 5, 5.1, 5, 5, 5.1);

  it("separates two blobs, the same way on every run", () => {
    const a = kMeans(blobs, 2, { init: "plus-plus", seed: 3, restarts: 5 });
    expect(adjustedRandIndex(a.assignment, [0, 0, 0, 1, 1, 1])).toBe(1);
    const b = kMeans(blobs, 2, { init: "plus-plus", seed: 3, restarts: 5 });
    expect([...b.assignment]).toEqual([...a.assignment]);
  });

  it("starts from given centres and tops up to k with the most distal point", () => {
    const points = Float64Array.of(0, 0, 0.1, 0, 5, 5, 5.1, 5, 9, 0);
    const warm = kMeans(points, 3, { start: Float64Array.of(0, 0, 5, 5) });
    expect(warm.k).toBe(3);
    expect([...warm.assignment]).toEqual([0, 0, 1, 1, 2]); // (9, 0) founds the third centre
    // A centre nobody is near any more is dropped, then the farthest point replaces it.
    const moved = kMeans(points, 2, { start: Float64Array.of(0.05, 0, 100, 100) });
    expect(moved.k).toBe(2);
  });

  it("scores a clean split near 1 and a singleton as 0", () => {
    expect(silhouette(blobs, Int32Array.of(0, 0, 0, 1, 1, 1), 2)).toBeGreaterThan(0.95);
    // Two points, each alone in its cluster: both score 0 (Polis's convention).
    expect(silhouette(Float64Array.of(0, 0, 1, 1), Int32Array.of(0, 1), 2)).toBe(0);
  });
});

describe("opinionGroups", () => {
  it("recovers two camps and chooses k = 2", () => {
    const random = seededRandom(5);
    const cells: VoteCell[] = [];
    const n = 120;
    for (let i = 0; i < n; i++) {
      const camp = i < 70 ? 1 : -1;
      for (let j = 0; j < 30; j++) {
        if (random() < 0.4) continue; // unseen
        const side = j < 20 ? camp : 1; // 20 divisive statements, 10 shared
        const vote = (random() < 0.85 ? side : -side) as Vote;
        cells.push({ participant: i, statement: j, vote });
      }
    }
    const matrix = buildVoteMatrix(
      Array.from({ length: n }, (_, i) => `p${i}`),
      Array.from({ length: 30 }, (_, j) => `s${j}`),
      cells,
    );
    const groups = opinionGroups(matrix);
    expect(groups.k).toBe(2);
    const truth = Array.from({ length: n }, (_, i) => (i < 70 ? 0 : 1));
    expect(adjustedRandIndex(groups.groupOf, truth)).toBeGreaterThan(0.9);
  });
});
