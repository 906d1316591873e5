import { describe, expect, it } from "vitest";
import { symmetricEigen } from "./dense.js";
import { columnMeans, powerIterationPca, projectParticipants } from "./pca.js";
import { seededRandom } from "./random.js";
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

  it("gives the leading eigenvectors of the centred covariance, in order", () => {
    const random = seededRandom(3);
    const rows = Array.from({ length: 40 }, () =>
      Array.from({ length: 9 }, (): Vote | null => {
        const r = random();
        return r < 0.3 ? null : r < 0.6 ? 1 : r < 0.85 ? -1 : 0;
      }),
    );
    const matrix = matrixOf(rows);
    const means = columnMeans(matrix);
    const centred = rows.map((row) => row.map((v, j) => (v === null ? 0 : v - (means[j] ?? 0))));
    const covariance = means.reduce<number[][]>((out, _, a) => {
      out.push(
        Array.from(means, (__, b) => centred.reduce((s, r) => s + (r[a] ?? 0) * (r[b] ?? 0), 0)),
      );
      return out;
    }, []);
    const exact = symmetricEigen(covariance);
    const { components } = powerIterationPca(matrix);
    components.forEach((component, c) => {
      const column = exact.vectors.map((row) => row[c] ?? 0);
      const cosine = column.reduce((s, v, j) => s + v * (component[j] ?? 0), 0);
      expect(Math.abs(cosine)).toBeCloseTo(1, 6);
    });
  });

  it("keeps a warm start's order and signs, so the map does not flip or turn", () => {
    const matrix = matrixOf([
      [1, 1, -1, 0],
      [1, 1, 1, -1],
      [-1, -1, 1, 1],
      [-1, 0, -1, 1],
      [0, 1, 1, -1],
    ]);
    const cold = powerIterationPca(matrix).components;
    const flipped = (v?: Float64Array) => Float64Array.from(v ?? [], (x) => -x);
    const warm = powerIterationPca(matrix, { start: [flipped(cold[1]), cold[0]] }).components;
    expect(Array.from(warm[0] ?? [])).toEqual(
      Array.from(flipped(cold[1])).map((x) => expect.closeTo(x, 6)),
    );
    expect(Array.from(warm[1] ?? [])).toEqual(
      Array.from(cold[0] ?? []).map((x) => expect.closeTo(x, 6)),
    );
  });
});

describe("symmetricEigen", () => {
  it("diagonalises a small symmetric matrix, largest eigenvalue first", () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0]?.[0] ?? 0)).toBeCloseTo(Math.SQRT1_2, 12);
    expect((vectors[0]?.[0] ?? 0) * (vectors[1]?.[0] ?? 0)).toBeGreaterThan(0);
  });
});
