import type { GroupVotes } from "./repness.js";
import { proportionTest, significant90 } from "./stats.js";

export interface CommonGround {
  statement: number;
  /** Product over groups of (agrees + 1) / (seen + 2): Polis's group-aware consensus. */
  consensus: number;
  /** Each group's probability of agreeing, in group order. */
  agreeByGroup: number[];
}

export interface Divisive {
  statement: number;
  /** Highest minus lowest group probability of agreeing. */
  spread: number;
  agreeByGroup: number[];
  disagreeByGroup: number[];
}

function probabilities(votes: GroupVotes, j: number, counts: Int32Array): number[] {
  const out: number[] = [];
  for (let g = 0; g < votes.k; g++) {
    const at = g * votes.statements + j;
    out.push(((counts[at] ?? 0) + 1) / ((votes.seen[at] ?? 0) + 2));
  }
  return out;
}

/**
 * Statements that every group agrees with: in each group more likely agreed than not, and
 * significantly so (90 %, Polis's proportion test with pseudocounts), ranked by Polis's
 * group-aware consensus. Requiring every group — not the overall majority — is the point:
 * a large group must not outvote a small one into "common" ground.
 */
export function commonGround(
  votes: GroupVotes,
  excluded: ReadonlySet<number> = new Set(),
  limit = 5,
): CommonGround[] {
  const found: CommonGround[] = [];
  for (let j = 0; j < votes.statements; j++) {
    if (excluded.has(j)) continue;
    const agreeByGroup = probabilities(votes, j, votes.agree);
    let everyGroup = true;
    for (let g = 0; g < votes.k && everyGroup; g++) {
      const at = g * votes.statements + j;
      const agreed = significant90(proportionTest(votes.agree[at] ?? 0, votes.seen[at] ?? 0));
      everyGroup = agreed && (agreeByGroup[g] ?? 0) > 0.5;
    }
    if (!everyGroup) continue;
    const consensus = agreeByGroup.reduce((product, p) => product * p, 1);
    found.push({ statement: j, consensus, agreeByGroup });
  }
  return found.sort((a, b) => b.consensus - a.consensus).slice(0, limit);
}

/**
 * Statements that split the groups: some group significantly agrees and another significantly
 * disagrees, ranked by the spread of agreement across groups. Polis shows this only per
 * group (repness); naming it across groups is what a facilitator asks for ("where do we differ?").
 */
export function divisiveStatements(
  votes: GroupVotes,
  excluded: ReadonlySet<number> = new Set(),
  limit = 5,
): Divisive[] {
  const found: Divisive[] = [];
  for (let j = 0; j < votes.statements; j++) {
    if (excluded.has(j)) continue;
    let someAgree = false;
    let someDisagree = false;
    for (let g = 0; g < votes.k; g++) {
      const at = g * votes.statements + j;
      const seen = votes.seen[at] ?? 0;
      if (significant90(proportionTest(votes.agree[at] ?? 0, seen))) someAgree = true;
      if (significant90(proportionTest(votes.disagree[at] ?? 0, seen))) someDisagree = true;
    }
    if (!someAgree || !someDisagree) continue;
    const agreeByGroup = probabilities(votes, j, votes.agree);
    const disagreeByGroup = probabilities(votes, j, votes.disagree);
    const spread = Math.max(...agreeByGroup) - Math.min(...agreeByGroup);
    found.push({ statement: j, spread, agreeByGroup, disagreeByGroup });
  }
  return found.sort((a, b) => b.spread - a.spread).slice(0, limit);
}
