import { describe, expect, it } from "vitest";
import { kMeans } from "./kmeans.js";
import { seededRandom } from "./random.js";

/** Plain Lloyd as Polis runs it: every point against every centre, every step. */
function plainLloyd(points: Float64Array, start: Float64Array, weights?: Float64Array) {
  const n = points.length / 2;
  let centers = Array.from(start);
  let assignment = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < 100; iter++) {
    const k = centers.length / 2;
    let changed = false;
    const next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const d =
          ((points[2 * i] ?? 0) - (centers[2 * c] ?? 0)) ** 2 +
          ((points[2 * i + 1] ?? 0) - (centers[2 * c + 1] ?? 0)) ** 2;
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      next[i] = best;
      if (best !== assignment[i]) changed = true;
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
    const renumber = new Int32Array(k).fill(-1);
    const kept: number[] = [];
    for (let c = 0; c < k; c++) {
      const w = sums[3 * c + 2] ?? 0;
      if (w <= 0) continue;
      renumber[c] = kept.length / 2;
      kept.push((sums[3 * c] ?? 0) / w, (sums[3 * c + 1] ?? 0) / w);
    }
    for (let i = 0; i < n; i++) assignment[i] = renumber[assignment[i] ?? 0] ?? 0;
    let moved = 0;
    if (kept.length === 2 * k) {
      for (let c = 0; c < 2 * k; c += 2) {
        moved = Math.max(
          moved,
          Math.hypot(
            (kept[c] ?? 0) - (centers[c] ?? 0),
            (kept[c + 1] ?? 0) - (centers[c + 1] ?? 0),
          ),
        );
      }
    }
    const settled = kept.length === 2 * k && (!changed || moved < 0.01);
    centers = kept;
    if (settled) break;
  }
  return { assignment: Array.from(assignment), centers };
}

describe("kMeans (Lloyd with Hamerly's bounds)", () => {
  it("gives exactly the assignments and centres of plain Lloyd", () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 40; trial++) {
      const n = 50 + Math.floor(random() * 400);
      const k = 2 + Math.floor(random() * 30);
      // Blobs plus noise, some points repeated: ties and empty clusters both happen.
      const points = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        const blob = Math.floor(random() * 5);
        const repeat = i > 0 && random() < 0.1;
        points[2 * i] = repeat ? (points[2 * i - 2] ?? 0) : blob * 3 + random();
        points[2 * i + 1] = repeat ? (points[2 * i - 1] ?? 0) : (blob % 2) * 4 + random();
      }
      const weights =
        trial % 2 === 0
          ? Float64Array.from({ length: n }, () => 1 + Math.floor(random() * 9))
          : undefined;
      // Polis's start: the first k distinct points (the warm path tops dropped clusters up,
      // which plain Lloyd does not, so it is compared from this start).
      const seen = new Set<string>();
      const firstDistinct: number[] = [];
      for (let i = 0; i < n && firstDistinct.length < 2 * k; i++) {
        const key = `${points[2 * i]},${points[2 * i + 1]}`;
        if (!seen.has(key)) firstDistinct.push(points[2 * i] ?? 0, points[2 * i + 1] ?? 0);
        seen.add(key);
      }
      const ours = kMeans(points, k, { init: "first-distinct", weights });
      const reference = plainLloyd(points, Float64Array.from(firstDistinct), weights);
      expect(Array.from(ours.assignment)).toEqual(reference.assignment);
      expect(Array.from(ours.centers)).toEqual(reference.centers);
    }
  });
});
