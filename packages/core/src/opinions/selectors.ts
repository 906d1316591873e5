import { stepEntry } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";
import type { OpinionVote, Statement } from "./schema.js";

/** A participant's votes in a step by statement id, as far as the state knows them. */
export function opinionVotesOf(
  state: SessionState,
  stepId: string,
  participantId: string,
): Record<string, OpinionVote> {
  return stepEntry(state.opinionVotes, stepId, participantId) ?? {};
}

/** Statements of a step in writing order, as far as the viewer sees them. */
export function statementsOf(state: SessionState, stepId: string): Statement[] {
  return (state.statementOrder[stepId] ?? []).flatMap((id) => {
    const statement = state.statements[id];
    return statement ? [statement] : [];
  });
}

/** Open for votes: approved (so its text is known to everyone). */
export function isVotable(statement: Statement): boolean {
  return statement.status === "approved";
}

export function isOwnStatement(statement: Statement, participantId: string): boolean {
  if (statement.mine === true) return true;
  return statement.author?.kind === "participant" && statement.author.id === participantId;
}

export function totalVotes(statement: Statement): number {
  return statement.votes.agree + statement.votes.disagree + statement.votes.pass;
}

/**
 * The statement to show a participant next, or undefined when they have voted on all they may:
 * never their own, never one they voted on; the fewest votes first (so every statement gets
 * enough), then the newest (a fresh statement is seen soon), the order being the log's, the
 * choice is the same on the phone as on the server.
 */
export function nextStatementFor(
  state: SessionState,
  stepId: string,
  participantId: string,
): Statement | undefined {
  const voted = opinionVotesOf(state, stepId, participantId);
  const order = state.statementOrder[stepId] ?? [];
  let best: { statement: Statement; votes: number; index: number } | undefined;
  order.forEach((id, index) => {
    const statement = state.statements[id];
    if (statement === undefined || !isVotable(statement)) return;
    if (isOwnStatement(statement, participantId) || voted[id] !== undefined) return;
    const votes = totalVotes(statement);
    // Later in the order is newer; the order is the log's, so the choice is the same everywhere.
    if (best === undefined || votes < best.votes || (votes === best.votes && index > best.index)) {
      best = { statement, votes, index };
    }
  });
  return best?.statement;
}

/** "12 of 40 voted": how far a participant is through the statements they may vote on. */
export function votingProgress(
  state: SessionState,
  stepId: string,
  participantId: string,
): { voted: number; total: number } {
  const voted = opinionVotesOf(state, stepId, participantId);
  let total = 0;
  let done = 0;
  for (const statement of statementsOf(state, stepId)) {
    if (!isVotable(statement) || isOwnStatement(statement, participantId)) continue;
    total += 1;
    if (voted[statement.id] !== undefined) done += 1;
  }
  return { voted: done, total };
}

/** Statements waiting for a facilitator's approval, oldest first. */
export function moderationQueue(state: SessionState, stepId: string): Statement[] {
  return statementsOf(state, stepId).filter((statement) => statement.status === "pending");
}
