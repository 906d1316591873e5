import { describe, expect, it } from "vitest";
import { getById } from "../session/id-map.js";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";
import { dotsLeft, dotsPlaced } from "./dots.js";

const p1 = participant("p-1");
const p2 = participant("p-2");

function discovering() {
  const session = buildSession({ step: 2 });
  const insight = session.create(p1, {
    type: "contribution.add",
    payload: { kind: "insight", text: "Handoffs" },
  });
  const theme = session.create(p1, { type: "group.create", payload: { name: "Flow" } });
  return {
    session,
    discover: session.stepIds[2] ?? "",
    insight: { kind: "contribution" as const, id: insight },
    theme: { kind: "group" as const, id: theme },
  };
}

describe("dot votes", () => {
  it("stack up to the step's budget, totalled on the target and counted per participant", () => {
    const { session, discover, insight, theme } = discovering();
    session.must(p1, { type: "vote.cast", payload: { target: theme } });
    session.must(p1, { type: "vote.cast", payload: { target: theme } });
    session.must(p1, { type: "vote.cast", payload: { target: insight } });
    session.must(p2, { type: "vote.cast", payload: { target: theme } });
    expect(session.run(p1, { type: "vote.cast", payload: { target: insight } })).toMatchObject({
      error: { code: "vote_budget_exhausted" },
    });
    expect(session.state.groups[theme.id]?.votes).toEqual({ [discover]: 3 });
    expect(getById(session.state.contributions, insight.id)?.votes).toEqual({ [discover]: 1 });
    const dots = session.state.dots[discover];
    expect(dots && getById(dots, "p-1")).toEqual({ [theme.id]: 2, [insight.id]: 1 });
    // What the ballot shows comes from the same rule the engine enforces.
    expect(dotsPlaced(session.state, discover, "p-1")).toEqual({ [theme.id]: 2, [insight.id]: 1 });
    expect(dotsLeft(session.state, discover, "p-1")).toBe(0);
    expect(dotsLeft(session.state, discover, "p-2")).toBe(2);
    expect(dotsLeft(session.state, discover, "nobody")).toBe(3);
  });

  it("are taken back one at a time, freeing the budget", () => {
    const { session, discover, theme } = discovering();
    for (let i = 0; i < 3; i += 1)
      session.must(p1, { type: "vote.cast", payload: { target: theme } });
    session.must(p1, { type: "vote.retract", payload: { target: theme } });
    expect(session.state.groups[theme.id]?.votes).toEqual({ [discover]: 2 });
    expect(session.run(p1, { type: "vote.cast", payload: { target: theme } }).ok).toBe(true);
  });

  it("have a budget per step", () => {
    const { session, theme } = discovering();
    for (let i = 0; i < 3; i += 1)
      session.must(p1, { type: "vote.cast", payload: { target: theme } });
    const decideStep = session.stepIds[3] ?? "";
    session.must(FACILITATOR, {
      type: "step.update",
      payload: { stepId: decideStep, changes: { settings: { dotVoteBudget: 1 } } },
    });
    session.must(FACILITATOR, { type: "step.start", payload: { stepId: decideStep } });
    session.must(p1, { type: "vote.cast", payload: { target: theme } });
    expect(session.state.groups[theme.id]?.votes).toEqual({
      [session.stepIds[2] ?? ""]: 3,
      [decideStep]: 1,
    });
  });

  it("are the participants': a facilitator holds the process, not a view", () => {
    const { session, theme } = discovering();
    expect(
      session.run(FACILITATOR, { type: "vote.cast", payload: { target: theme } }),
    ).toMatchObject({
      error: { code: "not_allowed" },
    });
  });
});
