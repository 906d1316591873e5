import { describe, expect, it } from "vitest";
import { redactEvent, redactState } from "../session/redact.js";
import {
  FACILITATOR,
  participant,
  submitStatement,
  withOpinionMap,
} from "../session/testing/harness.js";
import { moderationQueue, nextStatementFor, opinionVotesOf, votingProgress } from "./selectors.js";

const p1 = participant("p-1");
const p2 = participant("p-2");
const p3 = participant("p-3");

describe("statements", () => {
  it("wait for a facilitator's approval under facilitator moderation; a facilitator's do not", () => {
    const [session, stepId] = withOpinionMap({ moderation: "facilitator" });
    const waiting = submitStatement(session, p1, "Meetings are too long");
    const own = submitStatement(session, FACILITATOR, "We trust each other");
    expect(session.state.statements[waiting]).toMatchObject({
      text: "Meetings are too long",
      status: "pending",
      author: { kind: "participant", id: "p-1" },
    });
    expect(session.state.statements[own]?.status).toBe("approved");
    expect(moderationQueue(session.state, stepId).map((s) => s.id)).toEqual([waiting]);
    session.must(FACILITATOR, {
      type: "opinion.moderate",
      payload: { statementId: waiting, approve: false },
    });
    expect(session.state.statements[waiting]?.status).toBe("rejected");
    expect(moderationQueue(session.state, stepId)).toEqual([]);
  });

  it("are approved at once under auto moderation", () => {
    const [session] = withOpinionMap({ moderation: "auto" });
    const id = submitStatement(session, p1, "Meetings are too long");
    expect(session.state.statements[id]?.status).toBe("approved");
  });

  it("are moderated by facilitators only", () => {
    const [session] = withOpinionMap({ moderation: "facilitator" });
    const statementId = submitStatement(session, p1, "Meetings are too long");
    expect(
      session.run(p2, { type: "opinion.moderate", payload: { statementId, approve: true } }),
    ).toMatchObject({ error: { code: "not_allowed" } });
  });
});

describe("votes", () => {
  it("are one per participant per statement, changeable, totalled on the statement", () => {
    const [session, stepId] = withOpinionMap();
    const statementId = submitStatement(session, p1, "Meetings are too long");
    session.must(p2, { type: "opinion.vote", payload: { statementId, vote: "agree" } });
    session.must(p3, { type: "opinion.vote", payload: { statementId, vote: "agree" } });
    session.must(p2, { type: "opinion.vote", payload: { statementId, vote: "disagree" } });
    // The same vote again changes nothing.
    expect(
      session.must(p2, { type: "opinion.vote", payload: { statementId, vote: "disagree" } }),
    ).toEqual([]);
    expect(session.state.statements[statementId]?.votes).toEqual({
      agree: 1,
      disagree: 1,
      pass: 0,
    });
    expect(opinionVotesOf(session.state, stepId, "p-2")).toEqual({ [statementId]: "disagree" });
  });

  it("are the participants', on approved statements of the current step", () => {
    const [session, stepId] = withOpinionMap({ moderation: "facilitator" });
    const approved = submitStatement(session, FACILITATOR, "We trust each other");
    const vote = {
      type: "opinion.vote" as const,
      payload: { statementId: approved, vote: "agree" as const },
    };
    expect(session.run(FACILITATOR, vote)).toMatchObject({ error: { code: "not_allowed" } });
    const first = session.stepIds[0] ?? "";
    expect(first).not.toBe(stepId);
    session.must(FACILITATOR, { type: "step.start", payload: { stepId: first } });
    expect(session.run(p1, vote)).toMatchObject({ error: { code: "phase_closed" } });
  });
});

describe("routing: nextStatementFor", () => {
  it("never offers one's own nor one voted on; fewest votes first, then the newest", () => {
    const [session, stepId] = withOpinionMap();
    const a = submitStatement(session, p1, "A");
    const b = submitStatement(session, p2, "B");
    const c = submitStatement(session, FACILITATOR, "C");
    // p-3 sees the newest of the unseen first.
    expect(nextStatementFor(session.state, stepId, "p-3")?.id).toBe(c);
    session.must(p1, { type: "opinion.vote", payload: { statementId: c, vote: "agree" } });
    // c has a vote now: b (no votes, newer than a) comes first.
    expect(nextStatementFor(session.state, stepId, "p-3")?.id).toBe(b);
    // p-1 never gets a (their own) nor c (voted): b.
    expect(nextStatementFor(session.state, stepId, "p-1")?.id).toBe(b);
    session.must(p1, { type: "opinion.vote", payload: { statementId: b, vote: "pass" } });
    expect(nextStatementFor(session.state, stepId, "p-1")).toBeUndefined();
    expect(votingProgress(session.state, stepId, "p-1")).toEqual({ voted: 2, total: 2 });
    expect(votingProgress(session.state, stepId, "p-3")).toEqual({ voted: 0, total: 3 });
    expect(a).toBeDefined();
  });

  it("leaves out statements that wait for moderation", () => {
    const [session, stepId] = withOpinionMap({ moderation: "facilitator" });
    submitStatement(session, p1, "Pending");
    expect(nextStatementFor(session.state, stepId, "p-2")).toBeUndefined();
  });

  it("gives the phone the same answer as the server, from the phone's own view", () => {
    const [session, stepId] = withOpinionMap({ anonymity: "anonymous" });
    for (const text of ["A", "B", "C", "D"]) submitStatement(session, p1, text);
    const ids = session.state.statementOrder[stepId] ?? [];
    session.must(p2, {
      type: "opinion.vote",
      payload: { statementId: ids[3] ?? "", vote: "agree" },
    });
    session.must(p3, {
      type: "opinion.vote",
      payload: { statementId: ids[1] ?? "", vote: "agree" },
    });
    const phone = redactState(session.state, { class: "participant", participantId: "p-2" });
    expect(nextStatementFor(phone, stepId, "p-2")?.id).toBe(
      nextStatementFor(session.state, stepId, "p-2")?.id,
    );
  });
});

describe("redaction", () => {
  it("hides a pending statement's text from peers and the wall, and discloses it on approval", () => {
    const [session] = withOpinionMap({
      moderation: "facilitator",
      anonymity: "anonymous_to_peers",
    });
    const statementId = submitStatement(session, p1, "Meetings are too long");
    const wall = { class: "observer" } as const;
    expect(redactState(session.state, wall).statements[statementId]).not.toHaveProperty("text");
    expect(
      redactState(session.state, { class: "participant", participantId: "p-1" }).statements[
        statementId
      ],
    ).toMatchObject({ text: "Meetings are too long", mine: true });
    const [approval] = session.must(FACILITATOR, {
      type: "opinion.moderate",
      payload: { statementId, approve: true },
    });
    if (approval === undefined) throw new Error("no event");
    const seen = redactEvent(approval, wall, session.state);
    expect(seen.payload).toEqual({
      statementId,
      status: "approved",
      text: "Meetings are too long",
    });
    // Facilitators see the author in anonymous_to_peers; the wall never does.
    expect(
      redactState(session.state, { class: "facilitator" }).statements[statementId]?.author,
    ).toEqual({ kind: "participant", id: "p-1" });
    expect(redactState(session.state, wall).statements[statementId]).not.toHaveProperty("author");
  });

  it("keeps votes secret even in a named session: a vote reaches others without its voter", () => {
    const [session] = withOpinionMap({ anonymity: "named" });
    const statementId = submitStatement(session, p1, "Meetings are too long");
    const [vote] = session.must(p2, {
      type: "opinion.vote",
      payload: { statementId, vote: "agree" },
    });
    if (vote === undefined) throw new Error("no event");
    for (const viewer of [{ class: "facilitator" }, { class: "participant" }] as const) {
      const seen = redactEvent(vote, viewer, session.state);
      expect(seen.actor).toEqual({ kind: "participant" });
      expect(seen.payload).not.toHaveProperty("participantId");
      expect(redactState(session.state, viewer).opinionVotes).toEqual({});
    }
    const own = redactEvent(vote, { class: "participant", participantId: "p-2" }, session.state);
    expect(own.payload).toMatchObject({ participantId: "p-2" });
  });
});

describe("names on the map", () => {
  it("are shown by the participant's own choice, in named sessions only", () => {
    const [session] = withOpinionMap({ anonymity: "named" });
    session.must(p1, { type: "opinion.show_name", payload: { shown: true } });
    expect(session.state.namesOnMap).toEqual(["p-1"]);
    expect(session.must(p1, { type: "opinion.show_name", payload: { shown: true } })).toEqual([]);
    session.must(p1, { type: "opinion.show_name", payload: { shown: false } });
    expect(session.state.namesOnMap).toEqual([]);
  });
});

describe("carrying a statement into the session", () => {
  it("makes an insight and drafts a proposal resting on it, one command each", () => {
    const [session, stepId] = withOpinionMap();
    const statementId = submitStatement(session, p1, "Keep meetings to 30 minutes");
    const insight = session.must(FACILITATOR, {
      type: "opinion.make_insight",
      payload: { statementId },
    });
    expect(insight.map((e) => e.type)).toEqual(["contribution.added", "opinion.converted"]);
    const insightId = session.state.statements[statementId]?.insightId ?? "";
    expect(session.state.contributionOrder[stepId]).toContain(insightId);
    const drafted = session.must(FACILITATOR, {
      type: "opinion.draft_proposal",
      payload: { statementId },
    });
    expect(drafted.map((e) => e.type)).toEqual(["proposal.drafted", "opinion.converted"]);
    const proposalId = session.state.statements[statementId]?.proposalId ?? "";
    expect(session.state.proposals[proposalId]).toMatchObject({
      insightIds: [insightId],
      versions: [{ text: "Keep meetings to 30 minutes" }],
    });
    expect(session.state.activeProposalId).toBe(proposalId);
  });

  it("follows the proposal's own rules: a decide step, one open proposal", () => {
    const [session] = withOpinionMap({ step: 2 });
    const statementId = submitStatement(session, p1, "Keep meetings short");
    expect(
      session.run(FACILITATOR, { type: "opinion.draft_proposal", payload: { statementId } }),
    ).toMatchObject({ error: { code: "not_a_decide_step" } });
    expect(
      session.run(p2, { type: "opinion.make_insight", payload: { statementId } }),
    ).toMatchObject({ error: { code: "not_allowed" } });
  });
});
