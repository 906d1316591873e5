import { seededRandom } from "./random.js";

/** Points in the plane as interleaved x, y; the opinion map is two-dimensional. */
export interface KMeansResult {
  /** Cluster index per point, 0..k-1, dense (empty clusters are dropped, as Polis does). */
  assignment: Int32Array;
  /** Interleaved x, y per cluster. */
  centers: Float64Array;
  k: number;
}

export interface KMeansOptions {
  weights?: Float64Array;
  maxIterations?: number;
  /**
   * Stop once no centre moves farther than this (Polis's same-clustering?, 0.01 on the map's
   * scale): the last few points flipping between neighbouring base clusters change nothing a
   * reader sees, yet at 50,000 participants they cost most of the iterations.
   */
  tolerance?: number;
  /**
   * "first-distinct": the first k distinct points in order (Polis's init-clusters): cheap and
   * deterministic, right for base clusters where k is near the number of points.
   * "plus-plus": seeded k-means++ with restarts, keeping the least weighted inertia: for group
   * clusters, where Polis reaches a well-converged partition over many incremental updates and
   * a single start from the first points can sit in a poor local optimum.
   */
  init?: "first-distinct" | "plus-plus";
  /**
   * Centres to start from, e.g. the previous recompute's (Polis's last-clusters): overrides
   * `init`. Centres that lose all points are dropped; if fewer than k remain, the point farthest
   * from every centre founds a new one until k are back (Polis's clean-start-clusters).
   */
  start?: Float64Array;
  seed?: number;
  restarts?: number;
}

export function kMeans(points: Float64Array, k: number, options: KMeansOptions = {}): KMeansResult {
  const { init = "first-distinct", restarts = 1, seed = 1, start } = options;
  if (start && start.length > 0) {
    const warm = lloyd(points, start.subarray(0, 2 * k), options);
    return warm.k >= k ? warm : lloyd(points, topUp(points, warm.centers, k), options);
  }
  if (init === "first-distinct") return lloyd(points, firstDistinct(points, k), options);
  const random = seededRandom(seed);
  let best: KMeansResult | undefined;
  let bestInertia = Number.POSITIVE_INFINITY;
  for (let r = 0; r < restarts; r++) {
    const result = lloyd(points, plusPlus(points, k, options.weights, random), options);
    const cost = inertia(points, result, options.weights);
    if (cost < bestInertia - 1e-12) {
      best = result;
      bestInertia = cost;
    }
  }
  return best ?? lloyd(points, firstDistinct(points, k), options);
}

function firstDistinct(points: Float64Array, k: number): Float64Array {
  const seen = new Set<string>();
  const centers: number[] = [];
  for (let i = 0; i < points.length / 2 && centers.length < 2 * k; i++) {
    const x = points[2 * i] ?? 0;
    const y = points[2 * i + 1] ?? 0;
    const key = `${x},${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    centers.push(x, y);
  }
  return Float64Array.from(centers);
}

/** Adds the most distal point as a centre until there are k, or no point lies off a centre. */
function topUp(points: Float64Array, centers: Float64Array, k: number): Float64Array {
  const out = Array.from(centers);
  const n = points.length / 2;
  while (out.length < 2 * k) {
    let far = -1;
    let farDistance = 0;
    const current = Float64Array.from(out);
    for (let i = 0; i < n; i++) {
      const x = points[2 * i] ?? 0;
      const y = points[2 * i + 1] ?? 0;
      const c = closest(x, y, current);
      const d = (x - (current[2 * c] ?? 0)) ** 2 + (y - (current[2 * c + 1] ?? 0)) ** 2;
      if (d > farDistance) {
        farDistance = d;
        far = i;
      }
    }
    if (far < 0) break; // every point sits on a centre: fewer distinct points than k
    out.push(points[2 * far] ?? 0, points[2 * far + 1] ?? 0);
  }
  return Float64Array.from(out);
}

function plusPlus(
  points: Float64Array,
  k: number,
  weights: Float64Array | undefined,
  random: () => number,
): Float64Array {
  const n = points.length / 2;
  const centers: number[] = [];
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k && n > 0; c++) {
    const cx = points[2 * pick] ?? 0;
    const cy = points[2 * pick + 1] ?? 0;
    centers.push(cx, cy);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = ((points[2 * i] ?? 0) - cx) ** 2 + ((points[2 * i + 1] ?? 0) - cy) ** 2;
      if (d < (nearest[i] ?? 0)) nearest[i] = d;
      total += (nearest[i] ?? 0) * (weights?.[i] ?? 1);
    }
    if (total === 0) break; // fewer distinct points than k
    let target = random() * total;
    for (let i = 0; i < n; i++) {
      target -= (nearest[i] ?? 0) * (weights?.[i] ?? 1);
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  return Float64Array.from(centers);
}

/**
 * Lloyd's iterations with Hamerly's bounds: each point keeps an upper bound on the distance to
 * its centre and a lower bound on the distance to any other; while the first stays strictly
 * under the second (or under half the gap to the centre's nearest neighbour), the point cannot
 * have changed cluster and costs nothing. On the map (two dimensions, 100 base clusters) most
 * points are settled after a few steps, so a step costs a fraction of the k distances per point
 * of a plain step. Same assignments as plain Lloyd: ties still go to the lowest index, because a
 * point is skipped only when its centre is strictly the closest.
 */
function lloyd(points: Float64Array, start: Float64Array, options: KMeansOptions): KMeansResult {
  const { weights, maxIterations = 100, tolerance = 0.01 } = options;
  const n = points.length / 2;
  let centers = start;
  const assignment = new Int32Array(n).fill(-1);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  // Distance each centre moved in the last step; undefined when every bound must be rebuilt.
  let moves: Float64Array | undefined;
  for (let iter = 0; iter < maxIterations; iter++) {
    const k = centers.length / 2;
    const changed = moves
      ? reassignWithinBounds(points, centers, assignment, upper, lower, moves)
      : assignFromScratch(points, centers, assignment, upper, lower);
    const sums = new Float64Array(3 * k);
    for (let i = 0; i < n; i++) {
      const c = assignment[i] ?? 0;
      const w = weights?.[i] ?? 1;
      sums[3 * c] = (sums[3 * c] ?? 0) + w * (points[2 * i] ?? 0);
      sums[3 * c + 1] = (sums[3 * c + 1] ?? 0) + w * (points[2 * i + 1] ?? 0);
      sums[3 * c + 2] = (sums[3 * c + 2] ?? 0) + w;
    }
    // Empty clusters are dropped and the survivors renumbered in order (Polis's cluster-step).
    const renumber = new Int32Array(k).fill(-1);
    const kept: number[] = [];
    for (let c = 0; c < k; c++) {
      const w = sums[3 * c + 2] ?? 0;
      if (w <= 0) continue;
      renumber[c] = kept.length / 2;
      kept.push((sums[3 * c] ?? 0) / w, (sums[3 * c + 1] ?? 0) / w);
    }
    const dropped = kept.length < 2 * k;
    if (dropped) for (let i = 0; i < n; i++) assignment[i] = renumber[assignment[i] ?? 0] ?? 0;
    moves = dropped ? undefined : centreMoves(centers, kept);
    const settled = !dropped && (!changed || Math.max(...(moves ?? [0])) < tolerance);
    centers = Float64Array.from(kept);
    if (settled) break;
  }
  return { assignment, centers, k: centers.length / 2 };
}

/** Every point against every centre; sets the bounds. Returns whether any assignment changed. */
function assignFromScratch(
  points: Float64Array,
  centers: Float64Array,
  assignment: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
): boolean {
  let changed = false;
  for (let i = 0; i < points.length / 2; i++) {
    const c = nearestTwo(points[2 * i] ?? 0, points[2 * i + 1] ?? 0, centers, upper, lower, i);
    if (c !== assignment[i]) changed = true;
    assignment[i] = c;
  }
  return changed;
}

function reassignWithinBounds(
  points: Float64Array,
  centers: Float64Array,
  assignment: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  moves: Float64Array,
): boolean {
  const k = centers.length / 2;
  // Each centre's half distance to its nearest other centre: a point closer than that to its
  // own centre is closer to it than to any other.
  const half = new Float64Array(k).fill(Number.POSITIVE_INFINITY);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const d =
        Math.hypot(
          (centers[2 * a] ?? 0) - (centers[2 * b] ?? 0),
          (centers[2 * a + 1] ?? 0) - (centers[2 * b + 1] ?? 0),
        ) / 2;
      if (d < (half[a] ?? 0)) half[a] = d;
      if (d < (half[b] ?? 0)) half[b] = d;
    }
  }
  // The largest move and the largest among the other centres, for each point's lower bound.
  let most = 0;
  let mostAt = -1;
  let second = 0;
  moves.forEach((move, c) => {
    if (move > most) {
      second = most;
      most = move;
      mostAt = c;
    } else if (move > second) second = move;
  });
  let changed = false;
  for (let i = 0; i < points.length / 2; i++) {
    const own = assignment[i] ?? 0;
    // Rounding may shave a bound by a few ulps; a margin keeps the skip strictly safe.
    upper[i] = ((upper[i] ?? 0) + (moves[own] ?? 0)) * (1 + 1e-12);
    lower[i] = ((lower[i] ?? 0) - (own === mostAt ? second : most)) * (1 - 1e-12);
    const bound = Math.max(half[own] ?? 0, lower[i] ?? 0);
    if ((upper[i] ?? 0) < bound) continue;
    const x = points[2 * i] ?? 0;
    const y = points[2 * i + 1] ?? 0;
    upper[i] = Math.hypot(x - (centers[2 * own] ?? 0), y - (centers[2 * own + 1] ?? 0));
    if ((upper[i] ?? 0) < bound) continue;
    const c = nearestTwo(x, y, centers, upper, lower, i);
    if (c !== own) changed = true;
    assignment[i] = c;
  }
  return changed;
}

/** The nearest centre (lowest index on a tie); its distance to upper[i], the next one's to lower[i]. */
function nearestTwo(
  x: number,
  y: number,
  centers: Float64Array,
  upper: Float64Array,
  lower: Float64Array,
  i: number,
): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  let nextDistance = Number.POSITIVE_INFINITY;
  for (let c = 0; c < centers.length / 2; c++) {
    const d = (x - (centers[2 * c] ?? 0)) ** 2 + (y - (centers[2 * c + 1] ?? 0)) ** 2;
    if (d < bestDistance) {
      nextDistance = bestDistance;
      bestDistance = d;
      best = c;
    } else if (d < nextDistance) nextDistance = d;
  }
  upper[i] = Math.sqrt(bestDistance);
  lower[i] = Math.sqrt(nextDistance);
  return best;
}

/** How far each centre moved in one step (same number of centres before and after). */
function centreMoves(before: Float64Array, after: readonly number[]): Float64Array {
  const moves = new Float64Array(before.length / 2);
  for (let c = 0; c < moves.length; c++) {
    moves[c] = Math.hypot(
      (after[2 * c] ?? 0) - (before[2 * c] ?? 0),
      (after[2 * c + 1] ?? 0) - (before[2 * c + 1] ?? 0),
    );
  }
  return moves;
}

/** Index of the nearest centre; the lowest on a tie. */
export function closest(x: number, y: number, centers: Float64Array): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let c = 0; c < centers.length / 2; c++) {
    const d = (x - (centers[2 * c] ?? 0)) ** 2 + (y - (centers[2 * c + 1] ?? 0)) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

function inertia(points: Float64Array, result: KMeansResult, weights?: Float64Array): number {
  let total = 0;
  for (let i = 0; i < points.length / 2; i++) {
    const c = result.assignment[i] ?? 0;
    const d =
      ((points[2 * i] ?? 0) - (result.centers[2 * c] ?? 0)) ** 2 +
      ((points[2 * i + 1] ?? 0) - (result.centers[2 * c + 1] ?? 0)) ** 2;
    total += d * (weights?.[i] ?? 1);
  }
  return total;
}

/**
 * Mean silhouette over the points, unweighted, as Polis's clusters.clj computes it over base
 * clusters: a point alone in its cluster scores 0.
 */
export function silhouette(points: Float64Array, assignment: Int32Array, k: number): number {
  const n = points.length / 2;
  if (k < 2 || n === 0) return 0;
  let total = 0;
  const sums = new Float64Array(k);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[assignment[i] ?? 0] = (sizes[assignment[i] ?? 0] ?? 0) + 1;
  for (let i = 0; i < n; i++) {
    const own = assignment[i] ?? 0;
    if ((sizes[own] ?? 0) <= 1) continue;
    sums.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = Math.hypot(
        (points[2 * i] ?? 0) - (points[2 * j] ?? 0),
        (points[2 * i + 1] ?? 0) - (points[2 * j + 1] ?? 0),
      );
      const c = assignment[j] ?? 0;
      sums[c] = (sums[c] ?? 0) + d;
    }
    const a = (sums[own] ?? 0) / ((sizes[own] ?? 1) - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c !== own && (sizes[c] ?? 0) > 0) b = Math.min(b, (sums[c] ?? 0) / (sizes[c] ?? 1));
    }
    const denominator = Math.max(a, b);
    if (Number.isFinite(b) && denominator > 0) total += (b - a) / denominator;
  }
  return total / n;
}
