import { type OpinionGroupOptions, opinionGroups } from "./groups.js";
import { buildVoteMatrix, type Vote, type VoteCell, type VoteMatrix } from "./vote-matrix.js";
import type { OpinionGroupsState } from "./warm-start.js";

/** One vote as cast, with its time: Polis's votes.csv, or the live session's vote events. */
export interface TimedVote {
  participant: string;
  statement: string;
  vote: Vote;
  /** Milliseconds or any increasing clock: only the order matters. */
  at: number;
}

/** Recomputes in a replay: enough for the k smoother to act, bounded cost on long histories. */
export const REPLAY_UPDATES = 100;

export interface ReplayOptions extends Omit<OpinionGroupOptions, "previous" | "groups"> {
  updates?: number;
}

/**
 * The state the live map would have reached just before the last update, found by replaying
 * the votes in time order in `updates` equal steps, each recompute starting from the one
 * before. Pass it as `previous` when computing the groups of the full matrix: the result is then
 * what the live map shows after the last vote, not what a first look at the finished matrix
 * shows. Polis's own group ids are such a state (its update loop warm-starts every recompute
 * and holds k until a new one wins four in a row), so this is the like-for-like comparison.
 * Votes on participants or statements that `matrix` does not have are ignored.
 */
export function replayState(
  matrix: VoteMatrix,
  votes: readonly TimedVote[],
  options: ReplayOptions = {},
): OpinionGroupsState | undefined {
  const { updates = REPLAY_UPDATES, ...groupOptions } = options;
  const participant = new Map(matrix.participants.map((id, i) => [id, i]));
  const statement = new Map(matrix.statements.map((id, j) => [id, j]));
  const ordered = [...votes].sort((a, b) => a.at - b.at);
  const cells: VoteCell[] = [];
  let previous: OpinionGroupsState | undefined;
  const step = Math.max(1, Math.ceil(ordered.length / updates));
  // The last step is the caller's recompute on the full matrix.
  for (let end = step; end < ordered.length; end += step) {
    for (const vote of ordered.slice(end - step, end)) {
      const i = participant.get(vote.participant);
      const j = statement.get(vote.statement);
      if (i !== undefined && j !== undefined)
        cells.push({ participant: i, statement: j, vote: vote.vote });
    }
    const snapshot = buildVoteMatrix(matrix.participants, matrix.statements, cells);
    previous = opinionGroups(snapshot, { ...groupOptions, previous }).state;
  }
  return previous;
}
