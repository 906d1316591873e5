import { closest, type KMeansResult, kMeans, silhouette } from "./kmeans.js";
import { type Pca, powerIterationPca, projectParticipants } from "./pca.js";
import { selectStatements, type VoteMatrix, voteCounts, votedStatements } from "./vote-matrix.js";
import { type OpinionGroupsState, smoothK, startVectors } from "./warm-start.js";

export interface OpinionGroupOptions {
  /** Polis's base-k: participants are first grouped into this many small base clusters. */
  baseClusters?: number;
  /** Largest number of opinion groups considered (Polis: 5). */
  maxGroups?: number;
  seed?: number;
  /** k-means++ restarts for the group level; the best (least inertia) is kept. */
  restarts?: number;
  /** Statement indexes moderated out: they leave the PCA but still count in the scaling. */
  moderatedOut?: ReadonlySet<number>;
  /** Fixes the number of groups instead of choosing it by silhouette (for comparisons). */
  groups?: number;
  /**
   * The previous recompute's `state`: start from it as Polis's update loop does, so that a few
   * new votes move the map a little (steadier, and faster on large conversations).
   */
  previous?: OpinionGroupsState;
}

export interface OpinionGroups {
  /** Opinion group per participant row (0..k-1); every participant gets one, see `clustered`. */
  groupOf: Int32Array;
  /**
   * 1 for participants who took part in the clustering (Polis's in-conv); 0 for those with too
   * few votes, who are placed in the group of the nearest base cluster but did not shape it.
   */
  clustered: Uint8Array;
  k: number;
  /** Silhouette of each candidate k (index k-2), the figure that chose k. */
  silhouettes: number[];
  /** Interleaved x, y per participant: the opinion map. */
  projection: Float64Array;
  pca: Pca;
  /** Pass as `previous` to the next recompute. */
  state: OpinionGroupsState;
}

const MIN_VOTES = 7;
const GREEDY_PARTICIPANTS = 15;

/**
 * Polis (conversation.clj): at least min(7, statements voted on) votes, then top voters until
 * 15; and "once a ptpt is in, they will remain in": participants in `stayIn` (the previous
 * recompute's) stay clustered even if the threshold has since risen past their votes.
 */
export function inConversation(
  matrix: VoteMatrix,
  stayIn: ReadonlySet<string> = new Set(),
): Uint8Array {
  const counts = voteCounts(matrix);
  const n = counts.length;
  const voted = votedStatements(matrix).reduce((sum, x) => sum + x, 0);
  const threshold = Math.min(MIN_VOTES, voted);
  const inConv = new Uint8Array(n);
  let members = 0;
  for (let i = 0; i < n; i++) {
    const stays = stayIn.has(matrix.participants[i] ?? "") && (counts[i] ?? 0) > 0;
    if (stays || (counts[i] ?? 0) >= threshold) {
      inConv[i] = 1;
      members++;
    }
  }
  if (members < GREEDY_PARTICIPANTS) {
    const rest = [...counts.keys()].filter((i) => inConv[i] === 0 && (counts[i] ?? 0) > 0);
    rest.sort((x, y) => (counts[y] ?? 0) - (counts[x] ?? 0) || x - y);
    for (const i of rest.slice(0, GREEDY_PARTICIPANTS - members)) inConv[i] = 1;
  }
  return inConv;
}

/**
 * Polis's opinion groups: PCA of the imputed vote matrix, sparsity-aware projection, ~100 base
 * clusters over the participants in the conversation, then 2..5 groups over the base clusters
 * (weighted by their sizes) with k chosen by the silhouette. docs/insight.md gives the reasons.
 */
export function opinionGroups(
  matrix: VoteMatrix,
  options: OpinionGroupOptions = {},
): OpinionGroups {
  const {
    baseClusters = 100,
    maxGroups = 5,
    seed = 1,
    restarts = 20,
    groups,
    moderatedOut,
    previous,
  } = options;
  const n = matrix.participants.length;
  const kept = moderatedOut?.size ? selectStatements(matrix, (j) => !moderatedOut.has(j)) : matrix;
  const keptPca = powerIterationPca(kept, { seed, start: startVectors(kept.statements, previous) });
  const pca = moderatedOut?.size ? widen(keptPca, matrix, moderatedOut) : keptPca;
  const projection = projectParticipants(matrix, pca, moderatedOut);
  const clustered = inConversation(matrix, new Set(previous?.inConversation));
  const members = [...clustered.keys()].filter((i) => clustered[i] === 1);
  const memberPoints = new Float64Array(members.length * 2);
  members.forEach((i, at) => {
    memberPoints[2 * at] = projection[2 * i] ?? 0;
    memberPoints[2 * at + 1] = projection[2 * i + 1] ?? 0;
  });
  const base = kMeans(memberPoints, baseClusters, {
    init: "first-distinct",
    start: previous?.baseCenters,
  });
  const weights = new Float64Array(base.k);
  for (const c of base.assignment) weights[c] = (weights[c] ?? 0) + 1;

  // Polis's max-k-fn: no more groups than 2 + base clusters / 12, and never more than 5.
  const maxK = Math.min(maxGroups, 2 + Math.floor(base.k / 12), base.k);
  const silhouettes: number[] = [];
  const groupings = new Map<number, KMeansResult>();
  let bestK = 1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = groups ?? 2; k <= (groups ?? maxK); k++) {
    const last = previous?.groupCenters[k];
    const grouping = last
      ? kMeans(base.centers, k, { weights, start: last })
      : kMeans(base.centers, k, { weights, init: "plus-plus", seed, restarts });
    groupings.set(k, grouping);
    const score = silhouette(base.centers, grouping.assignment, grouping.k);
    silhouettes.push(score);
    // Strictly greater: on a tie the smaller k wins, the simpler map.
    if (score > bestScore) {
      bestScore = score;
      bestK = k;
    }
  }
  const smoother = smoothK(groups ? undefined : previous?.k, bestK);
  const shown = groupings.get(smoother.smoothedK) ?? groupings.get(bestK);
  const bestGroups = shown?.assignment ?? new Int32Array(base.k);
  const shownK = shown?.k ?? 1;

  const groupOf = new Int32Array(n);
  members.forEach((i, at) => {
    groupOf[i] = bestGroups[base.assignment[at] ?? 0] ?? 0;
  });
  for (let i = 0; i < n; i++) {
    if (clustered[i] === 1) continue;
    groupOf[i] =
      bestGroups[closest(projection[2 * i] ?? 0, projection[2 * i + 1] ?? 0, base.centers)] ?? 0;
  }
  const state: OpinionGroupsState = {
    statements: matrix.statements,
    inConversation: members.map((i) => matrix.participants[i] ?? ""),
    components: pca.components,
    baseCenters: base.centers,
    groupCenters: Object.fromEntries([...groupings].map(([g, result]) => [g, result.centers])),
    // When the smoothed k is no longer a candidate (fewer base clusters), the smoother restarts.
    k: shown === groupings.get(smoother.smoothedK) ? smoother : smoothK(undefined, shownK),
  };
  return { groupOf, clustered, k: shownK, silhouettes, projection, pca, state };
}

/** Puts a PCA of the kept statements back on the full statement axis, 0 on moderated-out ones. */
function widen(pca: Pca, matrix: VoteMatrix, moderatedOut: ReadonlySet<number>): Pca {
  const m = matrix.statements.length;
  const keptIndex: number[] = [];
  for (let j = 0; j < m; j++) if (!moderatedOut.has(j)) keptIndex.push(j);
  const spread = (v: Float64Array) => {
    const out = new Float64Array(m);
    keptIndex.forEach((j, at) => {
      out[j] = v[at] ?? 0;
    });
    return out;
  };
  return { center: spread(pca.center), components: pca.components.map(spread) };
}
