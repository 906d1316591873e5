import type { AreaEvent, Draft, EventHandlers } from "../session/draft.js";
import type { ProposalRound, RoundEntry } from "./types.js";

export const proposalHandlers: EventHandlers<AreaEvent<"proposal">> = {
  "proposal.drafted"(draft, { payload, at, actor }) {
    const { proposalId: id, stepId, text, insightIds, rule } = payload;
    draft.own(draft.state, "proposals")[id] = {
      id,
      stepId,
      rule,
      insightIds,
      versions: [{ version: 1, text, at, by: actor.id ?? "", note: null, integrates: [] }],
      roundIds: [],
      draftedAt: at,
      outcome: null,
    };
    draft.own(draft.state, "proposalOrder").push(id);
    draft.state.activeProposalId = id;
  },

  "proposal.amended"(draft, { payload, at, actor }) {
    const proposal = ownProposal(draft, payload.proposalId);
    if (proposal === undefined) return;
    const { version, text, note, integrates } = payload;
    draft
      .own(proposal, "versions")
      .push({ version, text, at, by: actor.id ?? "", note, integrates });
    const integrated = new Set(integrates);
    for (const roundId of proposal.roundIds) {
      const round = draft.state.proposalRounds[roundId];
      if (round?.entries.some((entry) => integrated.has(entry.id))) {
        updateEntries(draft, roundId, (entry) =>
          integrated.has(entry.id) ? { ...entry, integratedIn: version } : entry,
        );
      }
    }
  },

  "proposal.round_started"(draft, { payload, at }) {
    const { roundId: id, proposalId, version, kind, participantIds } = payload;
    const proposal = ownProposal(draft, proposalId);
    if (proposal === undefined) return;
    draft.own(proposal, "roundIds").push(id);
    draft.own(draft.state, "proposalRounds")[id] = {
      id,
      proposalId,
      version,
      kind,
      startedAt: at,
      endedAt: null,
      order: participantIds,
      entries: [],
    };
    draft.state.activeProposalRoundId = id;
  },

  "proposal.responded"(draft, { payload, at }) {
    const round = ownRound(draft, payload.roundId);
    if (round === undefined) return;
    const { roundId: _roundId, entryId, ...answer } = payload;
    draft.own(round, "entries").push({ id: entryId, at, ...answer });
  },

  "proposal.round_ended"(draft, { payload, at }) {
    const round = ownRound(draft, payload.roundId);
    if (round === undefined) return;
    round.endedAt = at;
    if (draft.state.activeProposalRoundId === round.id) draft.state.activeProposalRoundId = null;
  },

  "proposal.objection_tested"(draft, { payload, at }) {
    const { outcome, rationale } = payload;
    updateEntries(draft, payload.roundId, (entry) =>
      entry.id === payload.entryId ? { ...entry, test: { outcome, rationale, at } } : entry,
    );
  },

  "proposal.decided"(draft, { payload, at }) {
    const proposal = ownProposal(draft, payload.proposalId);
    if (proposal === undefined) return;
    const { proposalId: _proposalId, ...decision } = payload;
    proposal.outcome = { kind: "decided", at, ...decision };
    if (draft.state.activeProposalId === proposal.id) draft.state.activeProposalId = null;
  },

  "proposal.postponed"(draft, { payload, at }) {
    const proposal = ownProposal(draft, payload.proposalId);
    if (proposal === undefined) return;
    proposal.outcome = {
      kind: "postponed",
      at,
      decisionId: payload.decisionId,
      reason: payload.reason,
    };
    if (draft.state.activeProposalId === proposal.id) draft.state.activeProposalId = null;
  },
};

function ownProposal(draft: Draft, id: string) {
  const proposals = draft.own(draft.state, "proposals");
  return proposals[id] === undefined ? undefined : draft.own(proposals, id);
}

function ownRound(draft: Draft, id: string): ProposalRound | undefined {
  const rounds = draft.own(draft.state, "proposalRounds");
  return rounds[id] === undefined ? undefined : draft.own(rounds, id);
}

function updateEntries(draft: Draft, roundId: string, change: (entry: RoundEntry) => RoundEntry) {
  const round = ownRound(draft, roundId);
  if (round !== undefined) round.entries = round.entries.map(change);
}
