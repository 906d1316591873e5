import { seededRandom } from "./random.js";
import { type VoteMatrix, votedStatements } from "./vote-matrix.js";

export interface Pca {
  /** Column means over the votes cast (Polis imputes unseen cells with these). */
  center: Float64Array;
  /** Principal components, each of length statements, unit norm. */
  components: Float64Array[];
}

export interface PcaOptions {
  components?: number;
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

/**
 * PCA of the column-mean-imputed matrix by power iteration, as Polis does (pca.clj).
 * Imputing a cell with its column mean and then centring makes that cell exactly 0, so the
 * centred matrix has the sparsity of the votes: X^T X r costs one pass over the votes cast,
 * never over the full grid. Later components deflate against earlier ones (Gram–Schmidt),
 * which equals Polis's factoring of each row.
 */
export function powerIterationPca(matrix: VoteMatrix, options: PcaOptions = {}): Pca {
  const { components: wanted = 2, iterations = 100, seed = 1, start = [] } = options;
  const m = matrix.statements.length;
  const center = columnMeans(matrix);
  const centred = new Float64Array(matrix.values.length);
  for (let k = 0; k < centred.length; k++) {
    centred[k] = (matrix.values[k] ?? 0) - (center[matrix.columns[k] ?? 0] ?? 0);
  }
  const random = seededRandom(seed);
  const components: Float64Array[] = [];
  const rows = matrix.participants.length;
  for (let c = 0; c < Math.min(wanted, m, rows); c++) {
    let vector: Float64Array = new Float64Array(m);
    const from = start[c];
    const warm = from?.length === m && norm(from) > 0;
    for (let j = 0; j < m; j++) vector[j] = warm ? (from[j] ?? 0) : random();
    deflate(vector, components);
    let lastEigenvalue = 0;
    for (let iter = 0; iter < iterations; iter++) {
      const product = gram(matrix, centred, vector);
      deflate(product, components);
      const eigenvalue = norm(product);
      if (eigenvalue === 0) break; // no variance left: keep the last direction
      for (let j = 0; j < m; j++) product[j] = (product[j] ?? 0) / eigenvalue;
      const turn = 1 - Math.abs(dot(product, vector)) / (norm(vector) || 1);
      vector = product;
      // Polis stops on an exactly equal eigenvalue; a relative tolerance ends the same
      // iteration without spending the rest of the 100 steps on rounding noise. A direction
      // that no longer turns (under 1.5e-5 rad) moves no one visibly on the map: a warm start
      // from the previous recompute usually gets there in a few steps.
      if (Math.abs(eigenvalue - lastEigenvalue) <= 1e-12 * eigenvalue || turn <= 1e-10) break;
      lastEigenvalue = eigenvalue;
    }
    components.push(vector);
  }
  return { center, components };
}

/** X^T (X v) over the sparse centred rows. */
function gram(matrix: VoteMatrix, centred: Float64Array, v: Float64Array): Float64Array {
  const out = new Float64Array(v.length);
  const { rowStart, columns } = matrix;
  for (let i = 0; i < matrix.participants.length; i++) {
    const start = rowStart[i] ?? 0;
    const end = rowStart[i + 1] ?? 0;
    let along = 0;
    for (let k = start; k < end; k++) along += (centred[k] ?? 0) * (v[columns[k] ?? 0] ?? 0);
    if (along === 0) continue;
    for (let k = start; k < end; k++) {
      const j = columns[k] ?? 0;
      out[j] = (out[j] ?? 0) + along * (centred[k] ?? 0);
    }
  }
  return out;
}

function deflate(v: Float64Array, against: readonly Float64Array[]): void {
  for (const pc of against) {
    const along = dot(v, pc);
    for (let j = 0; j < v.length; j++) v[j] = (v[j] ?? 0) - along * (pc[j] ?? 0);
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] ?? 0) * (b[j] ?? 0);
  return s;
}

function norm(v: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += (v[j] ?? 0) ** 2;
  return Math.sqrt(s);
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
