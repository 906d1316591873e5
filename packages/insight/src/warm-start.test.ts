import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";
import { opinionGroups } from "./groups.js";
import { PolisFormatError, readParticipantsVotes, readVotes } from "./polis-format.js";
import { replayState } from "./replay.js";
import { buildVoteMatrix, type VoteCell, type VoteMatrix } from "./vote-matrix.js";
import { K_BUFFER, smoothK } from "./warm-start.js";

const DATA = new URL("../../../../shared/data/polis/", import.meta.url);

/** Brexit (CC BY 4.0, The Computational Democracy Project) as it stood with a share of its votes. */
function brexit(share: number): VoteMatrix {
  const text = readFileSync(new URL("brexit-consensus/participants-votes.csv", DATA), "utf8");
  const { matrix } = readParticipantsVotes(text);
  const cells: VoteCell[] = [];
  for (let i = 0; i < matrix.participants.length; i++) {
    const start = matrix.rowStart[i] ?? 0;
    const end = matrix.rowStart[i + 1] ?? 0;
    const kept = start + Math.ceil((end - start) * share);
    for (let k = start; k < kept; k++) {
      const vote = matrix.values[k] as VoteCell["vote"];
      cells.push({ participant: i, statement: matrix.columns[k] ?? 0, vote });
    }
  }
  return buildVoteMatrix(matrix.participants, matrix.statements, cells);
}

describe("smoothK", () => {
  it("shows a new k only after it has won the buffer's number of recomputes in a row", () => {
    let state = smoothK(undefined, 2);
    expect(state.smoothedK).toBe(2);
    for (let i = 1; i < K_BUFFER; i++) {
      state = smoothK(state, 3);
      expect(state.smoothedK).toBe(2);
    }
    expect(smoothK(state, 3).smoothedK).toBe(3);
    expect(smoothK(smoothK(state, 4), 3).smoothedK).toBe(2); // a break restarts the count
  });
});

describe("a recompute started from the previous one", () => {
  it("keeps the groups when no vote changed (base clusters may settle a step further)", () => {
    const matrix = brexit(1);
    const cold = opinionGroups(matrix);
    const warm = opinionGroups(matrix, { previous: cold.state });
    expect(warm.k).toBe(cold.k);
    expect(adjustedRandIndex(warm.groupOf, cold.groupOf)).toBeGreaterThan(0.95);
  });

  it("moves the map less than a cold recompute when votes arrive", () => {
    const before = opinionGroups(brexit(0.9));
    const after = brexit(1);
    const warm = opinionGroups(after, { previous: before.state });
    const cold = opinionGroups(after);
    const steadyWarm = adjustedRandIndex(warm.groupOf, before.groupOf);
    expect(steadyWarm).toBeGreaterThanOrEqual(adjustedRandIndex(cold.groupOf, before.groupOf));
    expect(steadyWarm).toBeGreaterThan(0.8);
    // The axes keep their orientation: no mirrored map between recomputes.
    const dot = (a: ArrayLike<number> = [], b: ArrayLike<number> = []) =>
      Array.from(a).reduce((sum, x, j) => sum + x * (b[j] ?? 0), 0);
    expect(dot(warm.pca.components[0], before.pca.components[0])).toBeGreaterThan(0.9);
  });
});

describe("replaying votes in time order", () => {
  const header = "timestamp,datetime,comment-id,voter-id,vote";

  it("reads Polis's votes.csv and rejects a vote that is not 1, -1 or 0", () => {
    expect(readVotes(`${header}\n5,x,2,7,-1\n`)).toEqual([
      { participant: "7", statement: "2", vote: -1, at: 5 },
    ]);
    expect(() => readVotes(`${header}\n5,x,2,7,2`)).toThrow(PolisFormatError);
    expect(() => readVotes("voter,vote\n7,1")).toThrow(PolisFormatError);
  });

  it("has no state to hand on without votes, and skips votes on unknown ids", () => {
    const matrix = brexit(1);
    expect(replayState(matrix, [])).toBeUndefined();
    const votes = readVotes(
      [header, "1,x,0,0,1", "2,x,0,nobody,1", "3,x,unknown,1,1", "4,x,1,1,-1"].join("\n"),
    );
    expect(replayState(matrix, votes, { updates: 4 })?.statements).toEqual(matrix.statements);
  });
});
