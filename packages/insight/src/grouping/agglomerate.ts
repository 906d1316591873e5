/**
 * Average-linkage agglomerative clustering on a similarity matrix (n × n, row-major), merging
 * the most similar pair of clusters until no pair is at least `threshold` similar. The number
 * of clusters follows from the data: a threshold says how alike a group must be, not how many
 * groups there are. Ties go to the lowest indexes, so the result is deterministic.
 *
 * Returns the clusters as ascending item indexes, in the order of their first item.
 */
export function agglomerate(similarity: Float64Array, n: number, threshold: number): number[][] {
  // The working copy is updated in place by Lance–Williams: avg(A ∪ B, K) = (|A|·avg(A,K) + |B|·avg(B,K)) / (|A| + |B|).
  const sim = Float64Array.from(similarity);
  const members: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  const active: number[] = Array.from({ length: n }, (_, i) => i);
  while (active.length > 1) {
    let best = -Infinity;
    let bestA = -1;
    let bestB = -1;
    for (let x = 0; x < active.length; x++) {
      const a = active[x] ?? 0;
      const row = a * n;
      for (let y = x + 1; y < active.length; y++) {
        const b = active[y] ?? 0;
        const s = sim[row + b] ?? 0;
        if (s > best) {
          best = s;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (best < threshold) break;
    const into = members[bestA] ?? [];
    const from = members[bestB] ?? [];
    const sizeA = into.length;
    const sizeB = from.length;
    for (const k of active) {
      if (k === bestA || k === bestB) continue;
      const merged =
        (sizeA * (sim[bestA * n + k] ?? 0) + sizeB * (sim[bestB * n + k] ?? 0)) / (sizeA + sizeB);
      sim[bestA * n + k] = merged;
      sim[k * n + bestA] = merged;
    }
    members[bestA] = [...into, ...from].sort((p, q) => p - q);
    members[bestB] = undefined;
    active.splice(active.indexOf(bestB), 1);
  }
  return active.map((i) => members[i] ?? []).sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));
}
