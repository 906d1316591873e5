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

function lloyd(points: Float64Array, start: Float64Array, options: KMeansOptions): KMeansResult {
  const { weights, maxIterations = 100, tolerance = 0.01 } = options;
  const n = points.length / 2;
  let centers = start;
  let assignment = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < maxIterations; iter++) {
    const k = centers.length / 2;
    const next = new Int32Array(n);
    let changed = false;
    for (let i = 0; i < n; i++) {
      const c = closest(points[2 * i] ?? 0, points[2 * i + 1] ?? 0, centers);
      next[i] = c;
      if (c !== assignment[i]) changed = true;
    }
    assignment = next;
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
    for (let i = 0; i < n; i++) assignment[i] = renumber[assignment[i] ?? 0] ?? 0;
    const settled = kept.length === 2 * k && (!changed || moved(centers, kept) < tolerance);
    centers = Float64Array.from(kept);
    if (settled) break;
  }
  return { assignment, centers, k: centers.length / 2 };
}

/** The farthest any centre moved in one step (same number of centres before and after). */
function moved(before: Float64Array, after: readonly number[]): number {
  let most = 0;
  for (let c = 0; c < before.length; c += 2) {
    const d = Math.hypot(
      (after[c] ?? 0) - (before[c] ?? 0),
      (after[c + 1] ?? 0) - (before[c + 1] ?? 0),
    );
    if (d > most) most = d;
  }
  return most;
}

function closest(x: number, y: number, centers: Float64Array): number {
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
