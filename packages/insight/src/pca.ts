import { combine, dot, norm, orthonormalise, symmetricEigen } from "./dense.js";
import { seededRandom } from "./random.js";
import { type VoteMatrix, votedStatements } from "./vote-matrix.js";

export interface Pca {
  /** Column means over the votes cast (Polis imputes unseen cells with these). */
  center: Float64Array;
  /** Principal components, each of length statements, unit norm. */
  components: Float64Array[];
}

export interface PcaOptions {
  /** Power-iteration cap per component; Polis uses 100. */
  iterations?: number;
  seed?: number;
  /**
   * Start vectors per component, e.g. the previous recompute's components (Polis's
   * start-vectors): a few iterations then suffice, and the axes keep their orientation, so the
   * map does not mirror between recomputes. A missing or all-zero vector starts at random.
   */
  start?: readonly (Float64Array | undefined)[];
}

/** Mean vote per statement over the participants who voted on it; 0 for an unvoted statement. */
export function columnMeans(matrix: VoteMatrix): Float64Array {
  const m = matrix.statements.length;
  const sum = new Float64Array(m);
  const count = new Float64Array(m);
  for (let k = 0; k < matrix.columns.length; k++) {
    const j = matrix.columns[k] ?? 0;
    sum[j] = (sum[j] ?? 0) + (matrix.values[k] ?? 0);
    count[j] = (count[j] ?? 0) + 1;
  }
  for (let j = 0; j < m; j++) sum[j] = (count[j] ?? 0) > 0 ? (sum[j] ?? 0) / (count[j] ?? 1) : 0;
  return sum;
}

/** The map's two axes. */
const COMPONENTS = 2;

/**
 * The two components and two guard vectors. Power iteration converges at the ratio of the next
 * eigenvalue to the one sought; opinion data often has two near-equal leading eigenvalues (three
 * camps make two), so Polis's one-vector-at-a-time iteration needs ~70 passes for the first
 * component at 10,000 × 1,000 where a block with two more vectors needs ~10. With fewer than four
 * statements the vectors past the data's dimension stay zero.
 */
const BLOCK = 4;

/**
 * PCA of the column-mean-imputed matrix, as Polis does (pca.clj), by block power iteration:
 * the two components and two guard vectors (`BLOCK`) are multiplied by XᵀX together in one pass over
 * the votes, then rotated to the Ritz vectors of their span (Rayleigh–Ritz) and made orthonormal.
 * At convergence these are Polis's components (the leading eigenvectors of XᵀX; a sign is
 * arbitrary in both). Imputing a cell with its column mean and then centring makes that cell
 * exactly 0, so the centred matrix has the sparsity of the votes: one pass costs the votes cast,
 * never the full grid.
 */
export function powerIterationPca(matrix: VoteMatrix, options: PcaOptions = {}): Pca {
  const { iterations = 100, seed = 1, start = [] } = options;
  const m = matrix.statements.length;
  const center = columnMeans(matrix);
  const centred = new Float64Array(matrix.values.length);
  for (let k = 0; k < centred.length; k++) {
    centred[k] = (matrix.values[k] ?? 0) - (center[matrix.columns[k] ?? 0] ?? 0);
  }
  const count = Math.min(COMPONENTS, m, matrix.participants.length);
  if (count === 0) return { center, components: [] };
  const random = seededRandom(seed);
  const warm = (c: number) => {
    const from = start[c];
    return c < count && from?.length === m && norm(from) > 0 ? from : undefined;
  };
  let basis: Float64Array[] = Array.from({ length: BLOCK }, (_, c) => {
    const from = warm(c);
    return from ? Float64Array.from(from) : Float64Array.from({ length: m }, () => random());
  });
  orthonormalise(basis, random);
  let lastValues: number[] = [];
  for (let iter = 0; iter < iterations; iter++) {
    const images = gram(matrix, centred, basis);
    const { values, vectors } = symmetricEigen(
      basis.map((q) => images.map((image) => dot(q, image))),
    );
    const ritz = combine(basis, vectors);
    const next = combine(images, vectors);
    orthonormalise(next, random);
    // Polis stops on an exactly equal eigenvalue; a relative tolerance ends the same iteration
    // without spending the rest of the 100 steps on rounding noise. A direction that no longer
    // turns (under 1.5e-5 rad) moves no one visibly on the map: a warm start from the previous
    // recompute usually gets there in a few steps.
    let settled = true;
    for (let c = 0; c < count; c++) {
      const value = values[c] ?? 0;
      const same = Math.abs(value - (lastValues[c] ?? 0)) <= 1e-12 * Math.abs(value);
      const turn = 1 - Math.abs(dot(next[c] as Float64Array, ritz[c] as Float64Array));
      if (!same && turn > 1e-10) settled = false;
    }
    basis = next;
    lastValues = values;
    if (settled || values[0] === 0) break; // converged, or no variance at all
  }
  return { center, components: orientLike(basis.slice(0, count), start) };
}

/**
 * Keeps a warm-started map in its frame: components in the order and with the signs of the
 * previous recompute's (a principal axis has no sign, and two near-equal eigenvalues may swap
 * places between recomputes). The plane is the same either way, so no group changes.
 */
function orientLike(
  components: Float64Array[],
  start: readonly (Float64Array | undefined)[],
): Float64Array[] {
  const [first, second] = start;
  const [a, b] = components;
  const overlap = (x?: Float64Array, y?: Float64Array) =>
    x && y && x.length === y.length ? Math.abs(dot(x, y)) : 0;
  if (a && b && overlap(first, b) + overlap(second, a) > overlap(first, a) + overlap(second, b)) {
    components[0] = b;
    components[1] = a;
  }
  components.forEach((component, c) => {
    const from = start[c];
    if (from?.length === component.length && dot(from, component) < 0) {
      for (let j = 0; j < component.length; j++) component[j] = -(component[j] ?? 0);
    }
  });
  return components;
}

/**
 * X^T (X v) for the four vectors of the block, in one pass over the sparse centred rows. The block
 * is interleaved by statement (the four entries for one statement side by side) and the loop over
 * the vectors unrolled, so each vote reads and writes one short run of memory.
 */
function gram(matrix: VoteMatrix, centred: Float64Array, block: Float64Array[]): Float64Array[] {
  const m = matrix.statements.length;
  const flat = new Float64Array(m * BLOCK);
  block.forEach((vector, c) => {
    for (let j = 0; j < m; j++) flat[j * BLOCK + c] = vector[j] ?? 0;
  });
  const sums = new Float64Array(m * BLOCK);
  const { rowStart, columns } = matrix;
  const n = matrix.participants.length;
  // Reads within bounds by construction; `as number` instead of `?? 0` keeps the hottest loop
  // of a recompute free of checks (a quarter of its time at 10,000 × 1,000).
  for (let i = 0; i < n; i++) {
    const begin = rowStart[i] as number;
    const end = rowStart[i + 1] as number;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let k = begin; k < end; k++) {
      const at = (columns[k] as number) * BLOCK;
      const x = centred[k] as number;
      a0 += x * (flat[at] as number);
      a1 += x * (flat[at + 1] as number);
      a2 += x * (flat[at + 2] as number);
      a3 += x * (flat[at + 3] as number);
    }
    for (let k = begin; k < end; k++) {
      const at = (columns[k] as number) * BLOCK;
      const x = centred[k] as number;
      sums[at] = (sums[at] as number) + a0 * x;
      sums[at + 1] = (sums[at + 1] as number) + a1 * x;
      sums[at + 2] = (sums[at + 2] as number) + a2 * x;
      sums[at + 3] = (sums[at + 3] as number) + a3 * x;
    }
  }
  return block.map((_, c) => Float64Array.from({ length: m }, (__, j) => sums[j * BLOCK + c] ?? 0));
}

/**
 * Polis's sparsity-aware projection (pca.clj, sparsity-aware-project-ptpt): only the votes cast
 * enter the dot product, and the result is scaled by sqrt(statements / votes cast), so that a
 * participant who voted on few statements is not pulled towards the centre merely by silence.
 * "Statements" are those someone voted on (`votedStatements`), as in Polis's rating matrix.
 * Returns interleaved x, y (2 components).
 *
 * Moderated-out statements: Polis zeroes their column in every row (conversation.clj,
 * rating-mat), so they carry no variance yet count as a vote of 0 for every participant in
 * this scaling. We reproduce that, because it changes how far light voters are pushed out.
 */
export function projectParticipants(
  matrix: VoteMatrix,
  pca: Pca,
  moderatedOut: ReadonlySet<number> = new Set(),
): Float64Array {
  const n = matrix.participants.length;
  const voted = votedStatements(matrix);
  const m = voted.reduce((sum, x) => sum + x, 0);
  const zeroed = [...moderatedOut].filter((j) => voted[j] === 1).length;
  const out = new Float64Array(n * 2);
  const pc1 = pca.components[0] ?? new Float64Array(matrix.statements.length);
  const pc2 = pca.components[1] ?? new Float64Array(matrix.statements.length);
  for (let i = 0; i < n; i++) {
    const start = matrix.rowStart[i] ?? 0;
    const end = matrix.rowStart[i + 1] ?? 0;
    let x = 0;
    let y = 0;
    let votes = zeroed;
    for (let k = start; k < end; k++) {
      const j = matrix.columns[k] ?? 0;
      if (moderatedOut.has(j)) continue;
      votes++;
      const d = (matrix.values[k] ?? 0) - (pca.center[j] ?? 0);
      x += d * (pc1[j] ?? 0);
      y += d * (pc2[j] ?? 0);
    }
    const scale = Math.sqrt(m / Math.max(votes, 1));
    out[2 * i] = x * scale;
    out[2 * i + 1] = y * scale;
  }
  return out;
}
