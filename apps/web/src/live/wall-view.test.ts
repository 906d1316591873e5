import { redactState, type SessionState, type Step } from "@samspel/core";
import { describe, expect, it } from "vitest";
import {
  buildSession,
  endProposalRound,
  FACILITATOR,
  givePositions,
  participant,
  startProposalRound,
  type TestSession,
  withProposal,
} from "../../../../packages/core/src/session/testing/harness";
import {
  insightsOf,
  isWritingInSilence,
  notesOf,
  proposalOnWall,
  roundOnWall,
  testedObjections,
  themesOf,
  writtenCount,
} from "./wall-view";

/** The session as the wall receives it: an observer's view, redacted by the server. */
function onWall(session: TestSession): { state: SessionState; step: Step } {
  const state = redactState(session.state, { class: "observer" });
  const step = state.currentStepId ? state.steps[state.currentStepId] : undefined;
  if (!step) throw new Error("no current step");
  return { state, step };
}

const write = (
  session: TestSession,
  who: string,
  kind: "fact" | "reflection" | "insight",
  text: string,
) => session.create(participant(who), { type: "contribution.add", payload: { kind, text } });

describe("the wall in share facts", () => {
  it("shows each fact with the questions asked about it beneath", () => {
    const session = buildSession({ step: 0 });
    const fact = write(session, "p-1", "fact", "Median 41 days");
    write(session, "p-2", "fact", "Four handoffs");
    session.must(participant("p-3"), {
      type: "contribution.add",
      payload: { kind: "question", text: "Measured how?", replyTo: fact },
    });
    const { state, step } = onWall(session);
    expect(
      notesOf(state, step).map((n) => [n.contribution.text, n.replies.map((r) => r.text)]),
    ).toEqual([
      ["Median 41 days", ["Measured how?"]],
      ["Four handoffs", []],
    ]);
  });
});

describe("the wall in silent reflection", () => {
  it("counts what was written and shows none of it until the reveal", () => {
    const session = buildSession({ step: 1 });
    for (const who of ["p-1", "p-2", "p-3"]) write(session, who, "reflection", `Thought of ${who}`);
    const before = onWall(session);
    expect(isWritingInSilence(before.step)).toBe(true);
    expect(writtenCount(before.state, before.step)).toBe(3);
    expect(notesOf(before.state, before.step)).toEqual([]);

    session.must(FACILITATOR, { type: "step.reveal", payload: { stepId: before.step.id } });
    const after = onWall(session);
    expect(isWritingInSilence(after.step)).toBe(false);
    expect(notesOf(after.state, after.step).map((n) => n.contribution.text)).toEqual([
      "Thought of p-1",
      "Thought of p-2",
      "Thought of p-3",
    ]);
  });
});

describe("the wall in discover", () => {
  it("orders themes by dots, with bars relative to the most", () => {
    const session = buildSession({ step: 2 });
    const flow = session.create(FACILITATOR, { type: "group.create", payload: { name: "Flow" } });
    const trust = session.create(FACILITATOR, { type: "group.create", payload: { name: "Trust" } });
    const cast = (who: string, id: string) =>
      session.must(participant(who), {
        type: "vote.cast",
        payload: { target: { kind: "group", id } },
      });
    cast("p-1", trust);
    cast("p-2", trust);
    cast("p-3", flow);
    write(session, "p-1", "insight", "Handoffs cost most");
    const { state, step } = onWall(session);
    expect(themesOf(state, step).map((t) => [t.group.name, t.dots, t.share])).toEqual([
      ["Trust", 2, 1],
      ["Flow", 1, 0.5],
    ]);
    expect(insightsOf(state, step).map((i) => i.text)).toEqual(["Handoffs cost most"]);
  });
});

describe("the wall in decide", () => {
  it("keeps the last round and the tested objection up after the round has ended", () => {
    const [session, proposalId] = withProposal({ anonymity: "anonymous_to_peers" });
    const roundId = startProposalRound(session, proposalId);
    const entries = givePositions(session, roundId, { "p-1": "objection", "p-2": "consent" });
    endProposalRound(session, roundId);
    session.must(FACILITATOR, {
      type: "proposal.test_objection",
      payload: {
        roundId,
        entryId: entries["p-1"] ?? "",
        outcome: "not_paramount",
        rationale: "Kept",
      },
    });
    const { state } = onWall(session);
    const proposal = proposalOnWall(state);
    if (!proposal) throw new Error("no proposal on the wall");
    const round = roundOnWall(state, proposal);
    expect(round?.id).toBe(roundId);
    // Anonymous to peers: the wall learns positions and reasons, never who gave them.
    expect(round?.entries.map((e) => [e.position, e.participantId])).toEqual([
      ["objection", undefined],
      ["consent", undefined],
    ]);
    expect(testedObjections(state, proposal).map(({ entry }) => entry.test?.outcome)).toEqual([
      "not_paramount",
    ]);
  });

  it("still shows a proposal once it is decided", () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    givePositions(session, roundId, { "p-1": "consent", "p-2": "consent", "p-3": "consent" });
    endProposalRound(session, roundId);
    session.must(FACILITATOR, { type: "proposal.decide", payload: { proposalId } });
    const { state } = onWall(session);
    expect(state.activeProposalId).toBeNull();
    expect(proposalOnWall(state)?.outcome?.kind).toBe("decided");
  });
});
