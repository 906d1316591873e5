import {
  type CommonGround,
  commonGround,
  type Divisive,
  divisiveStatements,
} from "./common-ground.js";
import { type OpinionGroupOptions, type OpinionGroups, opinionGroups } from "./groups.js";
import { countGroupVotes, representativeStatements, type StatementStats } from "./repness.js";
import type { VoteMatrix } from "./vote-matrix.js";

export interface OpinionMap extends OpinionGroups {
  /** Per group, its representative statements (indexes into matrix.statements). */
  representative: StatementStats[][];
  commonGround: CommonGround[];
  divisive: Divisive[];
}

/**
 * The whole opinion map from a vote matrix: groups, then the statements that explain them.
 * Statement statistics count only the clustered participants, as Polis's do (group members
 * are base-cluster members), so that light voters placed on the map do not tilt them.
 */
export function opinionMap(matrix: VoteMatrix, options: OpinionGroupOptions = {}): OpinionMap {
  const groups = opinionGroups(matrix, options);
  const votes = countGroupVotes(matrix, groups.groupOf, groups.k, groups.clustered);
  const excluded = options.moderatedOut ?? new Set<number>();
  return {
    ...groups,
    representative: representativeStatements(votes, excluded),
    commonGround: commonGround(votes, excluded),
    divisive: divisiveStatements(votes, excluded),
  };
}
