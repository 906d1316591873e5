import { proportionTest, significant90, twoProportionTest } from "./stats.js";
import type { VoteMatrix } from "./vote-matrix.js";

/** Agree / disagree / seen counts per group and statement, row-major by group. */
export interface GroupVotes {
  k: number;
  statements: number;
  agree: Int32Array;
  disagree: Int32Array;
  seen: Int32Array;
}

/** Counts the votes of the participants in each group (those with `include` set). */
export function countGroupVotes(
  matrix: VoteMatrix,
  groupOf: Int32Array,
  k: number,
  include: Uint8Array,
): GroupVotes {
  const m = matrix.statements.length;
  const agree = new Int32Array(k * m);
  const disagree = new Int32Array(k * m);
  const seen = new Int32Array(k * m);
  for (let i = 0; i < matrix.participants.length; i++) {
    if (include[i] !== 1) continue;
    const base = (groupOf[i] ?? 0) * m;
    for (let at = matrix.rowStart[i] ?? 0; at < (matrix.rowStart[i + 1] ?? 0); at++) {
      const cell = base + (matrix.columns[at] ?? 0);
      const vote = matrix.values[at] ?? 0;
      seen[cell] = (seen[cell] ?? 0) + 1;
      if (vote === 1) agree[cell] = (agree[cell] ?? 0) + 1;
      else if (vote === -1) disagree[cell] = (disagree[cell] ?? 0) + 1;
    }
  }
  return { k, statements: m, agree, disagree, seen };
}

export interface StatementStats {
  statement: number;
  repfulFor: "agree" | "disagree";
  /** Votes for the side it is representative of, and votes seen, in the group. */
  successes: number;
  trials: number;
  /** (successes + 1) / (trials + 2): the group's probability of that side. */
  probability: number;
  probabilityTest: number;
  /** That probability over the same in all other groups together. */
  repness: number;
  repnessTest: number;
}

interface Comparison {
  na: number;
  nd: number;
  ns: number;
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
}

function compare(votes: GroupVotes, group: number, j: number): Comparison {
  const m = votes.statements;
  const na = votes.agree[group * m + j] ?? 0;
  const nd = votes.disagree[group * m + j] ?? 0;
  const ns = votes.seen[group * m + j] ?? 0;
  let restA = 0;
  let restD = 0;
  let restS = 0;
  for (let g = 0; g < votes.k; g++) {
    if (g === group) continue;
    restA += votes.agree[g * m + j] ?? 0;
    restD += votes.disagree[g * m + j] ?? 0;
    restS += votes.seen[g * m + j] ?? 0;
  }
  const pa = (na + 1) / (ns + 2);
  const pd = (nd + 1) / (ns + 2);
  return {
    na,
    nd,
    ns,
    pa,
    pd,
    pat: proportionTest(na, ns),
    pdt: proportionTest(nd, ns),
    ra: pa / ((restA + 1) / (restS + 2)),
    rd: pd / ((restD + 1) / (restS + 2)),
    rat: twoProportionTest(na, restA, ns, restS),
    rdt: twoProportionTest(nd, restD, ns, restS),
  };
}

function finalize(statement: number, c: Comparison): StatementStats {
  // The side whose between-group test is stronger is the one the statement speaks for.
  if (c.rat > c.rdt) return agreeStats(statement, c);
  return {
    statement,
    repfulFor: "disagree",
    successes: c.nd,
    trials: c.ns,
    probability: c.pd,
    probabilityTest: c.pdt,
    repness: c.rd,
    repnessTest: c.rdt,
  };
}

const metric = (s: StatementStats) => s.repness * s.repnessTest * s.probability * s.probabilityTest;

/**
 * Up to five representative statements per group, selected as Polis's select-rep-comments:
 * those significant at 90 % both within the group and against the rest, sorted by
 * repness × its test × probability × its test, the group's best agreed statement first and
 * agreements before disagreements; a group with none significant still gets its best one.
 */
export function representativeStatements(
  votes: GroupVotes,
  excluded: ReadonlySet<number> = new Set(),
): StatementStats[][] {
  const result: StatementStats[][] = [];
  for (let g = 0; g < votes.k; g++) {
    const sufficient: StatementStats[] = [];
    let best: { stats: StatementStats; z: number } | undefined;
    let bestAgree: { c: Comparison; j: number } | undefined;
    for (let j = 0; j < votes.statements; j++) {
      if (excluded.has(j)) continue;
      const c = compare(votes, g, j);
      const passes =
        (significant90(c.rat) && significant90(c.pat)) ||
        (significant90(c.rdt) && significant90(c.pdt));
      if (passes) sufficient.push(finalize(j, c));
      if (sufficient.length === 0 && (!best || Math.max(c.rat, c.rdt) > best.z)) {
        best = { stats: finalize(j, c), z: Math.max(c.rat, c.rdt) };
      }
      if (beatsBestAgree(c, bestAgree?.c)) bestAgree = { c, j };
    }
    const head = bestAgree ? agreeStats(bestAgree.j, bestAgree.c) : best?.stats;
    if (sufficient.length === 0) {
      result.push(head ? [head] : []);
      continue;
    }
    const sorted = sufficient
      .filter((s) => s.statement !== bestAgree?.j)
      .sort((a, b) => metric(b) - metric(a));
    const top = [...(bestAgree ? [agreeStats(bestAgree.j, bestAgree.c)] : []), ...sorted].slice(
      0,
      5,
    );
    result.push([
      ...top.filter((s) => s.repfulFor === "agree"),
      ...top.filter((s) => s.repfulFor === "disagree"),
    ]);
  }
  return result;
}

function agreeStats(statement: number, c: Comparison): StatementStats {
  return {
    statement,
    repfulFor: "agree",
    successes: c.na,
    trials: c.ns,
    probability: c.pa,
    probabilityTest: c.pat,
    repness: c.ra,
    repnessTest: c.rat,
  };
}

/** Polis's beats-best-agr?: the statement a group most clearly agrees with, as its headline. */
function beatsBestAgree(c: Comparison, current: Comparison | undefined): boolean {
  if (c.na === 0 && c.nd === 0) return false;
  if (current && current.ra > 1)
    return c.ra * c.rat * c.pa * c.pat > current.ra * current.rat * current.pa * current.pat;
  if (current) return c.pa * c.pat > current.pa * current.pat;
  return significant90(c.pat) || (c.ra > 1 && c.pa > 0.5);
}
