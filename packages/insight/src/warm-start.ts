/**
 * What one recompute hands to the next, as Polis's conversation update keeps it between votes
 * (conversation.clj: the PCA's start-vectors, the base clusters' and each k's group clusters'
 * last-clusters, the group-k-smoother). Starting from it, the map moves only as far as the new
 * votes move it, and the recompute converges in a few iterations instead of from scratch.
 */
export interface OpinionGroupsState {
  /** Statement ids, in the order `components` are indexed by. */
  statements: readonly string[];
  /** Participant ids clustered last time: Polis keeps them in (its in-conv is sticky). */
  inConversation: readonly string[];
  components: Float64Array[];
  /** Interleaved x, y per base cluster. */
  baseCenters: Float64Array;
  /** Interleaved x, y per group, for every candidate k of the last recompute. */
  groupCenters: Record<number, Float64Array>;
  k: KSmoother;
}

/** Polis's group-k-smoother: the best k by silhouette, and how many recomputes in a row it won. */
export interface KSmoother {
  lastK: number;
  lastKCount: number;
  /** The number of groups shown. */
  smoothedK: number;
}

/** Polis's group-k-buffer: a new k must win this many recomputes in a row before it is shown. */
export const K_BUFFER = 4;

export function smoothK(previous: KSmoother | undefined, bestK: number): KSmoother {
  if (!previous) return { lastK: bestK, lastKCount: 1, smoothedK: bestK };
  const lastKCount = previous.lastK === bestK ? previous.lastKCount + 1 : 1;
  return {
    lastK: bestK,
    lastKCount,
    smoothedK: lastKCount >= K_BUFFER ? bestK : previous.smoothedK,
  };
}

/** The previous components laid on today's statements: new statements start at 0. */
export function startVectors(
  statements: readonly string[],
  previous: OpinionGroupsState | undefined,
): Float64Array[] {
  if (!previous) return [];
  const at = new Map(previous.statements.map((id, j) => [id, j]));
  return previous.components.map((component) =>
    Float64Array.from(statements, (id) => component[at.get(id) ?? -1] ?? 0),
  );
}
