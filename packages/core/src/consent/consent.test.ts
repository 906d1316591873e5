import { describe, expect, it } from "vitest";
import { redactState } from "../session/redact.js";
import {
  endProposalRound,
  FACILITATOR,
  givePositions,
  participant,
  startProposalRound,
  type TestSession,
  withProposal,
} from "../session/testing/harness.js";
import {
  concernsOf,
  currentVersion,
  notYetAnswered,
  pollTally,
  unansweredCount,
} from "./selectors.js";

const p1 = participant("p-1");
const p2 = participant("p-2");

function refusal(session: TestSession, ...args: Parameters<TestSession["run"]>) {
  const decision = session.run(...args);
  return decision.ok ? "accepted" : decision.error.code;
}

function testObjection(
  session: TestSession,
  roundId: string,
  entryId: string,
  outcome: "upheld" | "withdrawn" | "not_paramount",
) {
  session.must(FACILITATOR, {
    type: "proposal.test_objection",
    payload: { roundId, entryId, outcome, rationale: `Tested: ${outcome}` },
  });
}

describe("consent", () => {
  it("runs the whole process: objection upheld, integrated, a new round passes with a concern", () => {
    const [session, proposalId] = withProposal({ participants: 4 });
    const clarifying = startProposalRound(session, proposalId, "clarifying");
    session.must(p1, { type: "proposal.speak", payload: { roundId: clarifying, text: "Who?" } });
    session.must(p2, { type: "proposal.speak", payload: { roundId: clarifying } });
    endProposalRound(session, clarifying);

    const first = startProposalRound(session, proposalId);
    const entries = givePositions(session, first, {
      "p-1": "consent",
      "p-2": "objection",
      "p-3": "stand_aside",
      "p-4": "consent",
    });
    endProposalRound(session, first);
    const objection = entries["p-2"] ?? "";
    testObjection(session, first, objection, "upheld");
    expect(
      refusal(session, FACILITATOR, { type: "proposal.decide", payload: { proposalId } }),
    ).toBe("objection_upheld");

    session.must(FACILITATOR, {
      type: "proposal.amend",
      payload: { proposalId, text: "One team, with a weekly check.", integrates: [objection] },
    });
    const second = startProposalRound(session, proposalId);
    givePositions(session, second, {
      "p-1": "consent",
      "p-2": "consent",
      "p-3": "concern",
      "p-4": "consent",
    });
    endProposalRound(session, second);
    session.must(FACILITATOR, {
      type: "proposal.decide",
      payload: {
        proposalId,
        rationale: "Nobody holds a paramount objection",
        actions: [{ what: "Set up the team", owner: "Kari", dueDate: "2026-12-15" }],
        reviewDate: "2027-03-01",
      },
    });

    const proposal = session.state.proposals[proposalId];
    expect(proposal?.outcome).toMatchObject({
      kind: "decided",
      version: 2,
      reviewDate: "2027-03-01",
    });
    expect(session.state.activeProposalId).toBeNull();
    const firstRound = session.state.proposalRounds[first];
    expect(firstRound?.version).toBe(1);
    expect(firstRound?.entries.find((e) => e.id === objection)).toMatchObject({
      position: "objection",
      reason: "Reason of p-2",
      test: { outcome: "upheld", rationale: "Tested: upheld" },
      integratedIn: 2,
    });
    expect(session.state.proposalRounds[second]?.version).toBe(2);
  });

  it("keeps every version: an amendment adds one and rewrites none", () => {
    const [session, proposalId] = withProposal();
    const before = session.state.proposals[proposalId]?.versions[0];
    session.must(FACILITATOR, {
      type: "proposal.amend",
      payload: { proposalId, text: "Shorter wording", note: "Suggested by Ann" },
    });
    const proposal = session.state.proposals[proposalId];
    expect(proposal?.versions[0]).toEqual(before);
    expect(proposal && currentVersion(proposal)).toMatchObject({
      version: 2,
      text: "Shorter wording",
      note: "Suggested by Ann",
      by: FACILITATOR.userId,
    });
  });

  it("asks a reason of an objection and a concern, not of consent or standing aside", () => {
    const [session, proposalId] = withProposal({ participants: 4 });
    const roundId = startProposalRound(session, proposalId);
    const give = (who: string, position: "objection" | "concern" | "stand_aside" | "consent") =>
      refusal(session, participant(who), {
        type: "proposal.give_position",
        payload: { roundId, position },
      });
    expect(give("p-1", "objection")).toBe("objection_needs_reason");
    expect(give("p-1", "concern")).toBe("concern_needs_reason");
    expect(give("p-1", "stand_aside")).toBe("accepted");
    expect(give("p-2", "consent")).toBe("accepted");
    expect(give("p-2", "consent")).toBe("position_already_given");
  });

  it("takes no new consent round while an objection is untested", () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    const entryId = givePositions(session, roundId, { "p-1": "objection" })["p-1"] ?? "";
    endProposalRound(session, roundId);
    const again = {
      type: "proposal.start_round",
      payload: { proposalId, kind: "consent" },
    } as const;
    expect(refusal(session, FACILITATOR, again)).toBe("objection_untested");
    // Questions and reactions may still be asked.
    expect(
      refusal(session, FACILITATOR, {
        type: "proposal.start_round",
        payload: { proposalId, kind: "reactions" },
      }),
    ).toBe("accepted");
    session.must(FACILITATOR, {
      type: "proposal.end_round",
      payload: { roundId: session.state.activeProposalRoundId ?? "" },
    });
    testObjection(session, roundId, entryId, "not_paramount");
    expect(refusal(session, FACILITATOR, again)).toBe("accepted");
  });

  it("lets the objector withdraw, and keeps a not-paramount objection as a concern", () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    const entries = givePositions(session, roundId, { "p-1": "objection", "p-2": "objection" });
    session.must(p1, {
      type: "proposal.withdraw_objection",
      payload: { roundId, entryId: entries["p-1"] ?? "", note: "The weekly check meets it" },
    });
    endProposalRound(session, roundId);
    testObjection(session, roundId, entries["p-2"] ?? "", "not_paramount");
    session.must(FACILITATOR, { type: "proposal.decide", payload: { proposalId } });
    const round = session.state.proposalRounds[roundId];
    expect(round?.entries.map((e) => e.test?.outcome)).toEqual(["withdrawn", "not_paramount"]);
    expect(round?.entries[0]?.test?.rationale).toBe("The weekly check meets it");
    // The withdrawn one is gone; the one not paramount stays, to be followed up.
    const proposal = session.state.proposals[proposalId];
    expect(proposal && concernsOf(session.state, proposal).map(({ entry }) => entry.id)).toEqual([
      entries["p-2"],
    ]);
  });

  it("takes a position from someone who joined after the round started, and counts exactly", () => {
    const [session, proposalId] = withProposal({ groundRules: [] });
    const roundId = startProposalRound(session, proposalId);
    session.must(participant("late"), {
      type: "participant.join",
      payload: { displayName: "Eli" },
    });
    givePositions(session, roundId, { late: "consent", "p-1": "consent" });
    const round = session.state.proposalRounds[roundId];
    expect(round?.entries.map((e) => e.late)).toEqual([true, undefined]);
    expect(round && notYetAnswered(round)).toEqual(["p-2", "p-3"]);
    expect(round && unansweredCount(round)).toBe(2);
  });

  it("lets nobody answer for someone else: a facilitator gives no position", () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    expect(
      refusal(session, FACILITATOR, {
        type: "proposal.give_position",
        payload: { roundId, position: "consent" },
      }),
    ).toBe("not_allowed");
  });

  it("ends a running round when the session closes, and a closed session takes nothing", () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    session.must(FACILITATOR, { type: "session.close", payload: {} });
    expect(session.state.proposalRounds[roundId]?.endedAt).not.toBeNull();
    expect(session.state.activeProposalRoundId).toBeNull();
    expect(
      refusal(session, p1, {
        type: "proposal.give_position",
        payload: { roundId, position: "consent" },
      }),
    ).toBe("session_closed");
    expect(
      refusal(session, FACILITATOR, { type: "proposal.decide", payload: { proposalId } }),
    ).toBe("session_closed");
  });

  it("records a postponement with its reason and ends the round in progress", () => {
    const [session, proposalId] = withProposal();
    startProposalRound(session, proposalId, "reactions");
    const events = session.must(FACILITATOR, {
      type: "proposal.postpone",
      payload: { proposalId, reason: "We need the lead-time figures first" },
    });
    expect(events.map((e) => e.type)).toEqual(["proposal.round_ended", "proposal.postponed"]);
    expect(session.state.proposals[proposalId]?.outcome).toMatchObject({
      kind: "postponed",
      reason: "We need the lead-time figures first",
    });
    expect(session.state.activeProposalId).toBeNull();
  });

  describe("polls, for groups that chose another rule", () => {
    function poll(
      rule: { kind: "majority" } | { kind: "threshold"; percent: number },
      votes: string[],
    ) {
      const [session, proposalId] = withProposal({ rule, participants: votes.length });
      const roundId = startProposalRound(session, proposalId, "poll");
      votes.forEach((vote, index) => {
        session.must(participant(`p-${index + 1}`), {
          type: "proposal.vote",
          payload: { roundId, vote: vote as "for" | "against" | "abstain" },
        });
      });
      endProposalRound(session, roundId);
      const round = session.state.proposalRounds[roundId];
      return {
        tally: round && pollTally(round),
        outcome: refusal(session, FACILITATOR, {
          type: "proposal.decide",
          payload: { proposalId },
        }),
        consentRound: refusal(session, FACILITATOR, {
          type: "proposal.start_round",
          payload: { proposalId, kind: "consent" },
        }),
      };
    }

    it("passes a majority with more for than against, abstentions aside", () => {
      expect(poll({ kind: "majority" }, ["for", "against", "abstain", "for"])).toMatchObject({
        tally: { for: 2, against: 1, abstain: 1 },
        outcome: "accepted",
      });
      expect(poll({ kind: "majority" }, ["for", "against"]).outcome).toBe("poll_not_passed");
    });

    it("passes a threshold when the share of votes for reaches it", () => {
      expect(poll({ kind: "threshold", percent: 67 }, ["for", "for", "against"]).outcome).toBe(
        "poll_not_passed",
      );
      expect(poll({ kind: "threshold", percent: 66 }, ["for", "for", "against"]).outcome).toBe(
        "accepted",
      );
    });

    it("never runs a consent round on a poll proposal", () => {
      expect(poll({ kind: "majority" }, ["for"]).consentRound).toBe("proposal_closed");
      const [session, proposalId] = withProposal({ rule: { kind: "majority" } });
      expect(
        refusal(session, FACILITATOR, {
          type: "proposal.start_round",
          payload: { proposalId, kind: "consent" },
        }),
      ).toBe("wrong_decision_rule");
    });
  });

  it("hides who gave which position from peers where the session is anonymous to them", () => {
    const [session, proposalId] = withProposal({ anonymity: "anonymous_to_peers" });
    const roundId = startProposalRound(session, proposalId);
    givePositions(session, roundId, { "p-1": "objection", "p-2": "consent" });
    const entries = (viewer: Parameters<typeof redactState>[1]) =>
      redactState(session.state, viewer).proposalRounds[roundId]?.entries.map(
        (e) => e.participantId,
      );
    expect(entries({ class: "facilitator" })).toEqual(["p-1", "p-2"]);
    expect(entries({ class: "participant", participantId: "p-2" })).toEqual([undefined, "p-2"]);
    expect(entries({ class: "observer" })).toEqual([undefined, undefined]);
    expect(
      redactState(session.state, { class: "observer" }).proposalRounds[roundId]?.entries[0],
    ).toMatchObject({
      position: "objection",
      reason: "Reason of p-1",
    });
  });
});

describe("facts", () => {
  it("carry a source link and a figure, and a facilitator marks one disputed and back", () => {
    const [session] = withProposal();
    const factSession = session;
    factSession.must(FACILITATOR, {
      type: "step.start",
      payload: { stepId: factSession.stepIds[0] ?? "" },
    });
    const fact = factSession.create(p1, {
      type: "contribution.add",
      payload: {
        kind: "fact",
        text: "Permits take 41 days at the median",
        source: { url: "https://example.org/report", figure: "41 days" },
      },
    });
    const question = factSession.create(p2, {
      type: "contribution.add",
      payload: { kind: "question", text: "Since when?", replyTo: fact },
    });
    factSession.must(FACILITATOR, {
      type: "contribution.dispute",
      payload: { contributionId: fact, note: "The 2025 report says 35" },
    });
    const view = redactState(factSession.state, { class: "observer" });
    const seen = view.contributions.flatMap((bucket) => Object.values(bucket));
    expect(seen.find((c) => c.id === fact)).toMatchObject({
      source: { url: "https://example.org/report", figure: "41 days" },
      disputed: { note: "The 2025 report says 35" },
    });
    expect(seen.find((c) => c.id === question)?.replyTo).toBe(fact);
    factSession.must(FACILITATOR, {
      type: "contribution.undispute",
      payload: { contributionId: fact },
    });
    expect(
      factSession.state.contributions.flatMap((b) => Object.values(b)).find((c) => c.id === fact)
        ?.disputed,
    ).toBeUndefined();
    expect(
      refusal(factSession, p1, { type: "contribution.dispute", payload: { contributionId: fact } }),
    ).toBe("not_allowed");
  });
});
