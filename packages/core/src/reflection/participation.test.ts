import { describe, expect, it } from "vitest";
import {
  buildSession,
  FACILITATOR,
  givePositions,
  participant,
  startProposalRound,
  withProposal,
} from "../session/testing/harness.js";
import { feedbackOpen, gini, participationFigures } from "./participation.js";

describe("gini", () => {
  it("is 0 for equal amounts, for nothing and for one person", () => {
    expect(gini([3, 3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([7])).toBe(0);
    expect(gini([])).toBe(0);
  });

  it("reaches (n-1)/n when one person does everything", () => {
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 10);
  });

  it("matches a worked example and ignores the order given", () => {
    // Sorted 1, 2, 3, 4: 2·(1+4+9+16)/(4·10) − 5/4 = 1.5 − 1.25 = 0.25.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 10);
  });
});

describe("participation figures", () => {
  it("count contributors per step, contributions and talk time per person, in join order", () => {
    const session = buildSession({ participants: 3 });
    const [facts] = session.stepIds;
    for (const [who, text] of [
      ["p-1", "41 days"],
      ["p-1", "Half come back"],
      ["p-2", "Three offices"],
    ] as const) {
      session.must(participant(who), {
        type: "contribution.add",
        payload: { kind: "fact", text },
      });
    }
    const roundId = session.create(FACILITATOR, { type: "round.start", payload: {} });
    session.wait(60);
    session.must(participant("p-1"), { type: "round.end_turn", payload: { roundId, turn: 0 } });
    session.wait(5);
    session.must(participant("p-2"), { type: "round.pass", payload: { roundId, turn: 1 } });
    session.wait(30);
    session.must(participant("p-3"), { type: "round.end_turn", payload: { roundId, turn: 2 } });

    const figures = participationFigures(session.state);
    expect(figures.participants).toBe(3);
    expect(figures.steps.find((s) => s.stepId === facts)).toMatchObject({
      contributors: 2,
      share: 2 / 3,
    });
    expect(figures.perParticipant).toEqual([
      { participantId: "p-1", displayName: "Name p-1", contributions: 2, talkSeconds: 61 },
      { participantId: "p-2", displayName: "Name p-2", contributions: 1, talkSeconds: 0 },
      { participantId: "p-3", displayName: "Name p-3", contributions: 0, talkSeconds: 31 },
    ]);
    expect(figures.gini.contributions).toBeCloseTo(gini([2, 1, 0]), 10);
    expect(figures.gini.talkTime).toBeCloseTo(gini([61, 0, 31]), 10);
  });

  it("count positions in a consent round as taking part in the decide step", () => {
    const [session, proposalId] = withProposal({ participants: 3 });
    const roundId = startProposalRound(session, proposalId);
    givePositions(session, roundId, { "p-1": "consent", "p-3": "objection" });
    const decide = session.stepIds[3];
    const figures = participationFigures(session.state);
    expect(figures.steps.find((s) => s.stepId === decide)?.contributors).toBe(2);
  });

  it("count placing dots as taking part in a step, not as a contribution", () => {
    const session = buildSession({ step: 2 });
    const insight = session.create(participant("p-1"), {
      type: "contribution.add",
      payload: { kind: "insight", text: "Handoffs" },
    });
    session.must(participant("p-2"), {
      type: "vote.cast",
      payload: { target: { kind: "contribution", id: insight } },
    });
    const figures = participationFigures(session.state);
    expect(figures.steps[2]?.contributors).toBe(2);
    expect(figures.perParticipant.map((p) => p.contributions)).toEqual([1, 0, 0]);
  });

  it("keep per-person figures for facilitators: a member reads the distribution only", () => {
    const session = buildSession();
    session.must(participant("p-1"), {
      type: "contribution.add",
      payload: { kind: "fact", text: "41 days" },
    });
    const asMember = participationFigures(session.state, "member");
    expect(asMember.perParticipant).toEqual([]);
    expect(asMember.gini).toEqual(participationFigures(session.state).gini);
  });

  it("open feedback once the session runs, and keep it open after it closes", () => {
    expect(feedbackOpen({ status: "draft" })).toBe(false);
    expect(feedbackOpen({ status: "open" })).toBe(false);
    expect(feedbackOpen({ status: "running" })).toBe(true);
    expect(feedbackOpen({ status: "closed" })).toBe(true);
  });

  it("name nobody where the session hides identities from the facilitator too", () => {
    const session = buildSession({ anonymity: "anonymous" });
    session.must(participant("p-1"), {
      type: "contribution.add",
      payload: { kind: "fact", text: "41 days" },
    });
    const figures = participationFigures(session.state);
    expect(figures.perParticipant).toEqual([]);
    expect(figures.gini.contributions).toBeGreaterThan(0);
  });
});
