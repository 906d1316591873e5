import { describe, expect, it } from "vitest";
import type { AnonymityMode } from "../session/schema.js";
import { buildChartSnapshot } from "../session/testing/chart-snapshot.js";
import {
  endProposalRound,
  FACILITATOR,
  givePositions,
  participant,
  startProposalRound,
  type TestSession,
  withProposal,
} from "../session/testing/harness.js";
import { publicDecisionRecord } from "./public-record.js";
import { buildDecisionRecord, decisionRecordSchema } from "./record.js";

const effect = {
  processId: "process-1",
  metric: "lead_time_median",
  direction: "decrease",
  target: 30,
  targetDate: "2027-03-01",
} as const;

/** Facts with a question, a theme with dots, an objection upheld and met, then consent. */
function decided(anonymity: AnonymityMode): [TestSession, string] {
  const [session, proposalId] = withProposal({ anonymity, participants: 3 });
  const [facts, , discover, decide] = session.stepIds;
  session.must(FACILITATOR, { type: "step.start", payload: { stepId: facts ?? "" } });
  const fact = session.create(FACILITATOR, {
    type: "contribution.add",
    payload: {
      kind: "fact",
      text: "Median 41 days",
      source: { figure: "41 days", chart: buildChartSnapshot() },
    },
  });
  session.must(participant("p-1"), {
    type: "contribution.add",
    payload: { kind: "question", text: "Measured how?", replyTo: fact },
  });
  session.must(FACILITATOR, { type: "step.start", payload: { stepId: discover ?? "" } });
  const insight = session.create(participant("p-2"), {
    type: "contribution.add",
    payload: { kind: "insight", text: "Handoffs cost most" },
  });
  const theme = session.create(participant("p-2"), {
    type: "group.create",
    payload: { name: "Flow" },
  });
  for (const who of ["p-1", "p-2", "p-3"]) {
    session.must(participant(who), {
      type: "vote.cast",
      payload: { target: { kind: "group", id: theme } },
    });
    session.must(participant(who), {
      type: "reaction.toggle",
      payload: { contributionId: insight, reaction: "thumbs_up" },
    });
  }
  session.must(FACILITATOR, { type: "step.start", payload: { stepId: decide ?? "" } });
  const first = startProposalRound(session, proposalId);
  const entries = givePositions(session, first, { "p-1": "objection", "p-2": "consent" });
  endProposalRound(session, first);
  session.must(FACILITATOR, {
    type: "proposal.test_objection",
    payload: {
      roundId: first,
      entryId: entries["p-1"] ?? "",
      outcome: "upheld",
      rationale: "Real harm",
    },
  });
  session.must(FACILITATOR, {
    type: "proposal.amend",
    payload: { proposalId, text: "One team, weekly check", integrates: [entries["p-1"] ?? ""] },
  });
  const second = startProposalRound(session, proposalId);
  givePositions(session, second, { "p-1": "consent", "p-2": "concern", "p-3": "consent" });
  endProposalRound(session, second);
  session.must(FACILITATOR, {
    type: "proposal.decide",
    payload: {
      proposalId,
      rationale: "No paramount objection",
      actions: [{ what: "Form the team", owner: "Kari", dueDate: "2026-12-15" }],
      reviewDate: "2027-03-01",
      effect,
    },
  });
  return [session, proposalId];
}

describe("the decision record", () => {
  it("holds the whole trail, and names people in a named session", () => {
    const [session, proposalId] = decided("named");
    const record = buildDecisionRecord(session.state, proposalId);
    expect(decisionRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      outcome: "decided",
      text: "One team, weekly check",
      version: 2,
      rationale: "No paramount objection",
      language: "nb",
      reviewDate: "2027-03-01",
      effect,
      actions: [{ what: "Form the team", owner: "Kari" }],
      facilitators: [{ displayName: "Kari", lead: true }],
      facts: [{ text: "Median 41 days", author: "Kari", questions: ["Measured how?"] }],
      themes: [{ name: "Flow", votes: 3 }],
      insights: [{ text: "Handoffs cost most", agreedByAll: true }],
      objections: [
        {
          version: 1,
          participant: "Name p-1",
          reason: "Reason of p-1",
          test: { outcome: "upheld", rationale: "Real harm" },
          integratedIn: 2,
        },
      ],
      concerns: [{ participant: "Name p-2", reason: "Reason of p-2", from: "concern" }],
    });
    expect(record?.facts[0]?.source?.chart).toEqual(buildChartSnapshot());
    expect(record?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(record?.rounds.map((r) => [r.kind, r.version, r.entries.length])).toEqual([
      ["consent", 1, 2],
      ["consent", 2, 3],
    ]);
  });

  it("names nobody's position where the session was anonymous", () => {
    const [session, proposalId] = decided("anonymous_to_peers");
    const record = buildDecisionRecord(session.state, proposalId);
    expect(record?.objections[0]?.participant).toBeNull();
    expect(record?.concerns[0]?.participant).toBeNull();
    expect(JSON.stringify(record)).not.toMatch(/"p-\d"/);
    expect(record?.participants).toHaveLength(3);
  });

  it("is not there for a proposal still open", () => {
    const [session, proposalId] = withProposal();
    expect(buildDecisionRecord(session.state, proposalId)).toBeUndefined();
  });
});

describe("the public view of a record", () => {
  it("names nobody, whatever the session promised, and keeps what was decided and why", () => {
    const [session, proposalId] = decided("named");
    const record = buildDecisionRecord(session.state, proposalId);
    if (!record) throw new Error("decided");
    const open = publicDecisionRecord(record);
    expect(decisionRecordSchema.parse(open)).toEqual(open);
    const names = ["Kari", "Name p-1", "Name p-2", "Name p-3"];
    const { actions, ...rest } = open;
    for (const name of names) expect(JSON.stringify(rest)).not.toContain(name);
    expect(actions).toEqual(record.actions);
    expect(open).toMatchObject({
      anonymity: "anonymous",
      text: record.text,
      rationale: record.rationale,
      facilitators: [],
      participants: record.participants.map(() => ({ displayName: null })),
      objections: [{ participant: null, reason: "Reason of p-1", integratedIn: 2 }],
    });
    expect(open.rounds.map((round) => round.entries.length)).toEqual(
      record.rounds.map((round) => round.entries.length),
    );
  });
});
