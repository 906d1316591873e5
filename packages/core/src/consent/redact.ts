import type { Viewer } from "../session/actor.js";
import type { SessionState } from "../session/state.js";
import { selfOf } from "../session/viewer.js";
import type { ProposalRound } from "./types.js";

/**
 * Proposal rounds as `viewer` may see them: who gave which answer only where the anonymity
 * mode allows, and each viewer their own. The order of those asked stays named: the round is
 * called aloud in the room.
 */
export function redactProposalRounds(
  rounds: SessionState["proposalRounds"],
  viewer: Viewer,
): SessionState["proposalRounds"] {
  const self = selfOf(viewer);
  const redacted: SessionState["proposalRounds"] = {};
  for (const [id, round] of Object.entries(rounds)) redacted[id] = redactRound(round, self);
  return redacted;
}

function redactRound(round: ProposalRound, self: string | undefined): ProposalRound {
  if (round.entries.every((entry) => entry.participantId === undefined)) return round;
  return {
    ...round,
    entries: round.entries.map(({ participantId, ...entry }) =>
      participantId === self ? { ...entry, participantId } : entry,
    ),
  };
}
