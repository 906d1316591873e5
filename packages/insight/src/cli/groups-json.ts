import type { OpinionMap } from "../opinion-map.js";
import type { PolisComment } from "../polis-format.js";
import type { VoteMatrix } from "../vote-matrix.js";

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The `--json` shape: statement ids as in the file, figures rounded to three places. */
export function groupsJson(
  matrix: VoteMatrix,
  map: OpinionMap,
  comments: readonly PolisComment[],
  ariAgainstPolis: number | null,
) {
  const texts = new Map(comments.map((c) => [c.id, c.text]));
  const statement = (j: number) => {
    const id = matrix.statements[j] ?? String(j);
    return { statement: id, ...(texts.has(id) ? { text: texts.get(id) } : {}) };
  };
  const sizes = new Array<number>(map.k).fill(0);
  const clustered = new Array<number>(map.k).fill(0);
  map.groupOf.forEach((g, i) => {
    sizes[g] = (sizes[g] ?? 0) + 1;
    if (map.clustered[i] === 1) clustered[g] = (clustered[g] ?? 0) + 1;
  });
  return {
    statements: matrix.statements.length,
    ariAgainstPolis: ariAgainstPolis === null ? null : round(ariAgainstPolis),
    silhouettes: map.silhouettes.map((s, i) => ({ k: i + 2, silhouette: round(s) })),
    participants: matrix.participants.map((id, i) => ({
      participant: id,
      group: map.groupOf[i] ?? 0,
      clustered: map.clustered[i] === 1,
      x: round(map.projection[2 * i] ?? 0),
      y: round(map.projection[2 * i + 1] ?? 0),
    })),
    groups: sizes.map((size, g) => ({
      id: g,
      size,
      clustered: clustered[g] ?? 0,
      representative: (map.representative[g] ?? []).map((s) => ({
        ...statement(s.statement),
        repfulFor: s.repfulFor,
        probability: round(s.probability),
        repness: round(s.repness),
        repnessTest: round(s.repnessTest),
      })),
    })),
    commonGround: map.commonGround.map((c) => ({
      ...statement(c.statement),
      consensus: round(c.consensus),
      agreeByGroup: c.agreeByGroup.map(round),
    })),
    divisive: map.divisive.map((d) => ({
      ...statement(d.statement),
      spread: round(d.spread),
      agreeByGroup: d.agreeByGroup.map(round),
    })),
  };
}
