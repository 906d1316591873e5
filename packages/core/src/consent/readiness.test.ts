import { describe, expect, it } from "vitest";
import {
  endProposalRound,
  FACILITATOR,
  givePositions,
  startProposalRound,
  type TestSession,
  withProposal,
} from "../session/testing/harness.js";
import { decisionBlocker, decisiveRoundBlocker } from "./selectors.js";

function blockers(session: TestSession, proposalId: string) {
  const proposal = session.state.proposals[proposalId];
  if (!proposal) throw new Error("no proposal");
  return {
    round: decisiveRoundBlocker(session.state, proposal),
    decision: decisionBlocker(session.state, proposal),
  };
}

// The console shows these before the facilitator presses a button; the engine refuses with the
// same codes, so each case here is also run as a command and must be refused alike.
function refusedDecision(session: TestSession, proposalId: string) {
  const decision = session.run(FACILITATOR, { type: "proposal.decide", payload: { proposalId } });
  return decision.ok ? undefined : decision.error.code;
}

describe("what holds back a consent round and a decision", () => {
  it("follows an objection from raised to tested, upheld, integrated and consented", () => {
    const [session, proposalId] = withProposal({ participants: 2 });
    expect(blockers(session, proposalId)).toEqual({
      round: undefined,
      decision: "no_consent_round",
    });
    const first = startProposalRound(session, proposalId);
    const entries = givePositions(session, first, { "p-1": "objection", "p-2": "consent" });
    // A round still open is no finished round, whatever it holds.
    expect(blockers(session, proposalId).decision).toBe("no_consent_round");
    endProposalRound(session, first);
    expect(blockers(session, proposalId)).toEqual({
      round: "objection_untested",
      decision: "objection_untested",
    });
    expect(refusedDecision(session, proposalId)).toBe("objection_untested");

    const entryId = entries["p-1"] ?? "";
    session.must(FACILITATOR, {
      type: "proposal.test_objection",
      payload: { roundId: first, entryId, outcome: "upheld", rationale: "Paramount" },
    });
    expect(blockers(session, proposalId)).toEqual({
      round: "objection_not_integrated",
      decision: "objection_upheld",
    });
    expect(refusedDecision(session, proposalId)).toBe("objection_upheld");

    session.must(FACILITATOR, {
      type: "proposal.amend",
      payload: { proposalId, text: "Met the objection", integrates: [entryId] },
    });
    // The new wording has had no consent round yet.
    expect(blockers(session, proposalId)).toEqual({
      round: undefined,
      decision: "no_consent_round",
    });
    const second = startProposalRound(session, proposalId);
    givePositions(session, second, { "p-1": "consent", "p-2": "concern" });
    expect(blockers(session, proposalId).decision).toBe("no_consent_round");
    endProposalRound(session, second);
    expect(blockers(session, proposalId)).toEqual({ round: undefined, decision: undefined });
    expect(refusedDecision(session, proposalId)).toBeUndefined();
  });

  it("asks a poll proposal for a finished poll that passed", () => {
    const [session, proposalId] = withProposal({ rule: { kind: "majority" }, participants: 2 });
    expect(blockers(session, proposalId).decision).toBe("no_poll_round");
    const poll = startProposalRound(session, proposalId, "poll");
    for (const [who, vote] of [
      ["p-1", "for"],
      ["p-2", "against"],
    ] as const) {
      session.must(
        { kind: "participant", participantId: who },
        { type: "proposal.vote", payload: { roundId: poll, vote } },
      );
    }
    endProposalRound(session, poll);
    expect(blockers(session, proposalId).decision).toBe("poll_not_passed");
    expect(refusedDecision(session, proposalId)).toBe("poll_not_passed");
  });
});
