/*
 * The little dense linear algebra the PCA's block iteration needs: a handful of vectors of one
 * length per statement, and matrices as small as the block.
 */

/** Linear combinations of the block's vectors: column c of `weights` gives the c-th result. */
export function combine(block: Float64Array[], weights: number[][]): Float64Array[] {
  return block.map((_, c) => {
    const out = new Float64Array(block[0]?.length ?? 0);
    block.forEach((vector, b) => {
      const w = weights[b]?.[c] ?? 0;
      if (w !== 0)
        for (let j = 0; j < out.length; j++) out[j] = (out[j] ?? 0) + w * (vector[j] ?? 0);
    });
    return out;
  });
}

/**
 * Modified Gram–Schmidt, in place. A vector that collapses (the data have fewer directions than
 * the block) is replaced by a random one made orthogonal to the rest: its eigenvalue is 0, and
 * any such direction projects every participant to 0 along it.
 */
export function orthonormalise(block: Float64Array[], random: () => number): void {
  block.forEach((vector, c) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = norm(vector);
      for (let b = 0; b < c; b++) {
        const basis = block[b] as Float64Array;
        const along = dot(vector, basis);
        for (let j = 0; j < vector.length; j++)
          vector[j] = (vector[j] ?? 0) - along * (basis[j] ?? 0);
      }
      const length = norm(vector);
      if (length > 1e-10 * Math.max(before, 1e-300)) {
        for (let j = 0; j < vector.length; j++) vector[j] = (vector[j] ?? 0) / length;
        return;
      }
      for (let j = 0; j < vector.length; j++) vector[j] = random();
    }
    vector.fill(0);
  });
}

/**
 * Eigenvalues (largest first) and eigenvectors (as columns) of a small symmetric matrix by
 * cyclic Jacobi rotations: the block is a handful of vectors, so this is exact and cheap.
 */
export function symmetricEigen(matrix: number[][]): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((row, i) => row.map((v, j) => (v + (matrix[j]?.[i] ?? v)) / 2));
  const v = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  const at = (x: number[][], i: number, j: number) => x[i]?.[j] ?? 0;
  const set = (x: number[][], i: number, j: number, value: number) => {
    const row = x[i];
    if (row) row[j] = value;
  };
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(a, i, j) ** 2;
    if (off <= 1e-30 * Math.max(1, ...a.map((row, i) => (row[i] ?? 0) ** 2))) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(a, p, q);
        if (apq === 0) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        for (let k = 0; k < n; k++) {
          const akp = at(a, k, p);
          const akq = at(a, k, q);
          set(a, k, p, cos * akp - sin * akq);
          set(a, k, q, sin * akp + cos * akq);
        }
        for (let k = 0; k < n; k++) {
          const apk = at(a, p, k);
          const aqk = at(a, q, k);
          set(a, p, k, cos * apk - sin * aqk);
          set(a, q, k, sin * apk + cos * aqk);
        }
        for (let k = 0; k < n; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          set(v, k, p, cos * vkp - sin * vkq);
          set(v, k, q, sin * vkp + cos * vkq);
        }
      }
    }
  }
  const order = a.map((_, i) => i).sort((x, y) => at(a, y, y) - at(a, x, x) || x - y);
  return {
    values: order.map((i) => at(a, i, i)),
    vectors: v.map((row) => order.map((i) => row[i] ?? 0)),
  };
}
export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] ?? 0) * (b[j] ?? 0);
  return s;
}
export function norm(v: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += (v[j] ?? 0) ** 2;
  return Math.sqrt(s);
}
