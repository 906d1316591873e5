import type { AreaEvent, EventHandlers } from "../session/draft.js";
import { emptyIdMap, getById } from "../session/id-map.js";
import type { OpinionVote, VoteTally } from "./schema.js";

export const opinionHandlers: EventHandlers<AreaEvent<"opinion">> = {
  "opinion.submitted"(draft, { payload, at }) {
    const { statementId: id, stepId, text, author, mine, status } = payload;
    draft.own(draft.state, "statements")[id] = {
      id,
      stepId,
      ...(text !== undefined && { text }),
      ...(author !== undefined && { author }),
      ...(mine !== undefined && { mine }),
      status,
      createdAt: at,
      votes: { agree: 0, disagree: 0, pass: 0 },
      insightId: null,
      proposalId: null,
    };
    const order = draft.own(draft.state, "statementOrder");
    order[stepId] = [...(order[stepId] ?? []), id];
  },

  "opinion.moderated"(draft, { payload }) {
    const statements = draft.own(draft.state, "statements");
    const statement = statements[payload.statementId];
    if (statement === undefined) return;
    const { text, author, status } = payload;
    statements[statement.id] = {
      ...statement,
      status,
      ...(text !== undefined && { text }),
      ...(author !== undefined && { author }),
    };
  },

  "opinion.voted"(draft, { payload }) {
    const { stepId, statementId, vote, previous, participantId } = payload;
    const statements = draft.own(draft.state, "statements");
    const statement = statements[statementId];
    if (statement !== undefined) {
      statements[statementId] = { ...statement, votes: recount(statement.votes, vote, previous) };
    }
    // Who voted what is known only where the event names the voter (their own view, the server).
    if (participantId === undefined) return;
    const votes = draft.own(draft.state, "opinionVotes");
    if (votes[stepId] === undefined) votes[stepId] = emptyIdMap();
    const byParticipant = draft.own(votes, stepId);
    const mine: Record<string, OpinionVote> = {
      ...getById(byParticipant, participantId),
      [statementId]: vote,
    };
    draft.putIn(byParticipant, participantId, mine);
  },

  "opinion.name_shown"(draft, { payload }) {
    const { participantId, shown } = payload;
    const others = draft.state.namesOnMap.filter((id) => id !== participantId);
    draft.state.namesOnMap = shown ? [...others, participantId] : others;
  },

  "opinion.converted"(draft, { payload }) {
    const statements = draft.own(draft.state, "statements");
    const statement = statements[payload.statementId];
    if (statement === undefined) return;
    statements[statement.id] = {
      ...statement,
      ...(payload.insightId !== undefined && { insightId: payload.insightId }),
      ...(payload.proposalId !== undefined && { proposalId: payload.proposalId }),
    };
  },
};

function recount(tally: VoteTally, vote: OpinionVote, previous: OpinionVote | null): VoteTally {
  const next = { ...tally, [vote]: tally[vote] + 1 };
  if (previous !== null) next[previous] = Math.max(0, next[previous] - 1);
  return next;
}
