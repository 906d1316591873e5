export { adjustedRandIndex } from "./ari.js";
export { INSIGHT_HELP, type InsightIo, runInsightCommand } from "./cli/groups-command.js";
export {
  type CommonGround,
  commonGround,
  type Divisive,
  divisiveStatements,
} from "./common-ground.js";
export { parseCsv } from "./csv.js";
export { type PairwiseAgreement, pairwiseAgreement } from "./grouping/pairwise.js";
export {
  type GroupSuggestions,
  type SuggestedGroup,
  type SuggestOptions,
  suggestGroups,
  type TextItem,
} from "./grouping/suggest.js";
export {
  GROUPING_LANGUAGES,
  type GroupingLanguage,
  isGroupingLanguage,
} from "./grouping/tokens.js";
export {
  inConversation,
  type OpinionGroupOptions,
  type OpinionGroups,
  opinionGroups,
} from "./groups.js";
export { type KMeansOptions, type KMeansResult, kMeans, silhouette } from "./kmeans.js";
export { type OpinionMap, opinionMap } from "./opinion-map.js";
export { columnMeans, type Pca, powerIterationPca, projectParticipants } from "./pca.js";
export {
  type PolisComment,
  PolisFormatError,
  type PolisParticipantsVotes,
  readComments,
  readParticipantsVotes,
  readVotes,
} from "./polis-format.js";
export { seededRandom } from "./random.js";
export { REPLAY_UPDATES, type ReplayOptions, replayState, type TimedVote } from "./replay.js";
export {
  countGroupVotes,
  type GroupVotes,
  representativeStatements,
  type StatementStats,
} from "./repness.js";
export { proportionTest, twoProportionTest } from "./stats.js";
export {
  AGREE,
  buildVoteMatrix,
  DISAGREE,
  PASS,
  selectStatements,
  type Vote,
  type VoteCell,
  type VoteMatrix,
  voteCounts,
} from "./vote-matrix.js";
export type { KSmoother, OpinionGroupsState } from "./warm-start.js";
