/**
 * The tests Polis's repness uses (stats.clj), both with a pseudocount of 1 on every count so
 * that a statement seen by few people cannot look significant by accident.
 */

/** One-proportion z-like test of `successes` of `trials` against one half. */
export function proportionTest(successes: number, trials: number): number {
  const s = successes + 1;
  const n = trials + 1;
  return 2 * Math.sqrt(n) * (s / n - 0.5);
}

/** Two-proportion z-test: is the share in one population higher than in the other? */
export function twoProportionTest(
  successesIn: number,
  successesOut: number,
  trialsIn: number,
  trialsOut: number,
): number {
  const s1 = successesIn + 1;
  const s2 = successesOut + 1;
  const n1 = trialsIn + 1;
  const n2 = trialsOut + 1;
  const pooled = (s1 + s2) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return spread === 0 ? 0 : (s1 / n1 - s2 / n2) / spread;
}

/** One-sided 90 % significance, Polis's z-sig-90? threshold. */
export const Z_90 = 1.2816;
export const significant90 = (z: number) => z > Z_90;
