import { describe, expect, it } from "vitest";
import { columnMeans, powerIterationPca, projectParticipants } from "./pca.js";
import { buildVoteMatrix, type Vote, type VoteCell } from "./vote-matrix.js";

function matrixOf(rows: (Vote | null)[][]) {
  const cells: VoteCell[] = [];
  rows.forEach((row, participant) => {
    row.forEach((vote, statement) => {
      if (vote !== null) cells.push({ participant, statement, vote });
    });
  });
  const width = rows[0]?.length ?? 0;
  return buildVoteMatrix(
    rows.map((_, i) => `p${i}`),
    Array.from({ length: width }, (_, j) => `s${j}`),
    cells,
  );
}

describe("powerIterationPca", () => {
  it("finds the axis that splits two camps", () => {
    // Two camps disagree on s0 and s1 and all agree on s2: the first component is ±(1,1,0)/√2.
    const matrix = matrixOf([
      [1, 1, 1],
      [1, 1, 1],
      [-1, -1, 1],
      [-1, -1, 1],
    ]);
    const [pc1] = powerIterationPca(matrix).components;
    expect(Math.abs(pc1?.[0] ?? 0)).toBeCloseTo(Math.SQRT1_2, 9);
    expect(Math.abs(pc1?.[1] ?? 0)).toBeCloseTo(Math.SQRT1_2, 9);
    expect(pc1?.[2]).toBeCloseTo(0, 9);
  });

  it("imputes unseen cells with the column mean and keeps components orthonormal", () => {
    const matrix = matrixOf([
      [1, null, -1, 1],
      [1, 1, null, -1],
      [-1, -1, 1, null],
      [null, -1, 1, 1],
      [0, 1, -1, -1],
    ]);
    expect([...columnMeans(matrix)]).toEqual([0.25, 0, 0, 0]);
    const [a, b] = powerIterationPca(matrix).components;
    const dot = (x?: Float64Array, y?: Float64Array) =>
      Array.from(x ?? []).reduce((s, v, j) => s + v * (y?.[j] ?? 0), 0);
    expect(dot(a, a)).toBeCloseTo(1, 9);
    expect(dot(b, b)).toBeCloseTo(1, 9);
    expect(dot(a, b)).toBeCloseTo(0, 9);
  });

  it("scales a sparse voter's projection by sqrt(statements / votes)", () => {
    const matrix = matrixOf([
      [1, 1, 1, 1],
      [-1, -1, -1, -1],
      [1, null, null, null],
    ]);
    const pca = { center: new Float64Array(4), components: [Float64Array.of(1, 0, 0, 0)] };
    const projection = projectParticipants(matrix, pca);
    expect(projection[0]).toBe(1);
    expect(projection[4]).toBe(2); // one vote of four: sqrt(4 / 1) = 2
    // A fifth statement nobody has voted on yet is not a column of Polis's matrix: no change.
    const widened = matrixOf([
      [1, 1, 1, 1, null],
      [-1, -1, -1, -1, null],
      [1, null, null, null, null],
    ]);
    const wider = { center: new Float64Array(5), components: [Float64Array.of(1, 0, 0, 0, 0)] };
    expect(projectParticipants(widened, wider)[4]).toBe(2);
  });
});
