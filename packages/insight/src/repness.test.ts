import { describe, expect, it } from "vitest";
import { commonGround, divisiveStatements } from "./common-ground.js";
import { countGroupVotes, representativeStatements } from "./repness.js";
import { proportionTest, twoProportionTest } from "./stats.js";
import { buildVoteMatrix, type Vote, type VoteCell } from "./vote-matrix.js";

/** Two camps of ten: s0 split by camp, s1 agreed by all, s2 agreed by camp A only. */
function twoCamps() {
  const cells: VoteCell[] = [];
  const participants = Array.from({ length: 20 }, (_, i) => `p${i}`);
  for (let i = 0; i < 20; i++) {
    const campA = i < 10;
    const votes: Vote[] = [campA ? 1 : -1, 1, campA ? 1 : 0];
    votes.forEach((vote, statement) => {
      cells.push({ participant: i, statement, vote });
    });
  }
  const matrix = buildVoteMatrix(participants, ["s0", "s1", "s2"], cells);
  const groupOf = Int32Array.from(participants, (_, i) => (i < 10 ? 0 : 1));
  return countGroupVotes(matrix, groupOf, 2, new Uint8Array(20).fill(1));
}

describe("Polis's tests", () => {
  it("add one to every count", () => {
    // 9 of 9: (10/10 - 0.5) · 2 · √10
    expect(proportionTest(9, 9)).toBeCloseTo(Math.sqrt(10), 12);
    // 9 of 9 vs 0 of 9: p1 = 1, p2 = 0.1, pooled 0.55
    const z = 0.9 / Math.sqrt(0.55 * 0.45 * (2 / 10));
    expect(twoProportionTest(9, 0, 9, 9)).toBeCloseTo(z, 12);
  });
});

describe("representative, common-ground and divisive statements", () => {
  const votes = twoCamps();

  it("represents each camp by what sets it apart", () => {
    const [a, b] = representativeStatements(votes);
    expect(a?.map((s) => [s.statement, s.repfulFor])).toEqual([
      [0, "agree"],
      [2, "agree"],
    ]);
    // Polis heads each group with what it agrees with most (here the shared s1), then the rest.
    expect(b?.map((s) => [s.statement, s.repfulFor])).toEqual([
      [1, "agree"],
      [0, "disagree"],
    ]);
  });

  it("finds the statement both camps agree with as common ground", () => {
    expect(commonGround(votes).map((c) => c.statement)).toEqual([1]);
  });

  it("finds the statement the camps split on as divisive, not the one-sided one", () => {
    expect(divisiveStatements(votes).map((d) => d.statement)).toEqual([0]);
  });
});
