/**
 * A participants × statements vote matrix. Votes are stored sparsely (CSR by participant)
 * because real conversations leave most cells unseen: Polis's own exports are 60–95 % empty,
 * and the benchmark's 10 % density would cost 50 MB dense at 50,000 × 1,000 for no gain.
 */
export const AGREE = 1;
export const DISAGREE = -1;
export const PASS = 0;
export type Vote = typeof AGREE | typeof DISAGREE | typeof PASS;

export interface VoteMatrix {
  /** Participant ids in row order. */
  readonly participants: readonly string[];
  /** Statement ids in column order. */
  readonly statements: readonly string[];
  /** rowStart[i]..rowStart[i+1] indexes participant i's votes in `columns` and `values`. */
  readonly rowStart: Int32Array;
  readonly columns: Int32Array;
  /** Votes as 1 agree, -1 disagree, 0 pass. */
  readonly values: Int8Array;
}

export interface VoteCell {
  participant: number;
  statement: number;
  vote: Vote;
}

/** Builds the sparse matrix from cells in any order; a later cell for the same pair wins. */
export function buildVoteMatrix(
  participants: readonly string[],
  statements: readonly string[],
  cells: readonly VoteCell[],
): VoteMatrix {
  const rows = participants.length;
  const perRow: Map<number, Vote>[] = Array.from({ length: rows }, () => new Map());
  for (const cell of cells) perRow[cell.participant]?.set(cell.statement, cell.vote);
  const rowStart = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) rowStart[i + 1] = (rowStart[i] ?? 0) + (perRow[i]?.size ?? 0);
  const total = rowStart[rows] ?? 0;
  const columns = new Int32Array(total);
  const values = new Int8Array(total);
  let at = 0;
  for (const row of perRow) {
    for (const [column, vote] of [...row].sort((a, b) => a[0] - b[0])) {
      columns[at] = column;
      values[at] = vote;
      at++;
    }
  }
  return { participants, statements, rowStart, columns, values };
}

/** How many statements each participant has voted on (agree, disagree or pass). */
export function voteCounts(matrix: VoteMatrix): Int32Array {
  const n = matrix.participants.length;
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) counts[i] = (matrix.rowStart[i + 1] ?? 0) - (matrix.rowStart[i] ?? 0);
  return counts;
}

/**
 * 1 for each statement at least one participant voted on. Polis's rating matrix has a column
 * only for those, so its "number of comments" (the in-conv threshold, the projection's scaling)
 * counts only them: a statement just added, unvoted, changes neither.
 */
export function votedStatements(matrix: VoteMatrix): Uint8Array {
  const voted = new Uint8Array(matrix.statements.length);
  for (const j of matrix.columns) voted[j] = 1;
  return voted;
}

/** Keeps only the statements whose index passes `keep` (moderated-out statements leave the map). */
export function selectStatements(
  matrix: VoteMatrix,
  keep: (statement: number) => boolean,
): VoteMatrix {
  const remap = new Int32Array(matrix.statements.length).fill(-1);
  const statements: string[] = [];
  matrix.statements.forEach((id, j) => {
    if (keep(j)) {
      remap[j] = statements.length;
      statements.push(id);
    }
  });
  const rows = matrix.participants.length;
  const rowStart = new Int32Array(rows + 1);
  const columns: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let k = matrix.rowStart[i] ?? 0; k < (matrix.rowStart[i + 1] ?? 0); k++) {
      const to = remap[matrix.columns[k] ?? 0] ?? -1;
      if (to < 0) continue;
      columns.push(to);
      values.push(matrix.values[k] ?? 0);
    }
    rowStart[i + 1] = columns.length;
  }
  return {
    participants: matrix.participants,
    statements,
    rowStart,
    columns: Int32Array.from(columns),
    values: Int8Array.from(values),
  };
}
