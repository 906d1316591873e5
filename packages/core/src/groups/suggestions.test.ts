import { describe, expect, it } from "vitest";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";
import { ungroupedReflections } from "./suggestions.js";

const p1 = participant("p-1");

describe("ungroupedReflections", () => {
  it("offers the earlier steps' readable reflections in none of the step's groups", () => {
    const session = buildSession({ step: 1 });
    const [reflect, discover] = [session.stepIds[1] ?? "", session.stepIds[2] ?? ""];
    const write = (text: string) =>
      session.create(p1, { type: "contribution.add", payload: { kind: "reflection", text } });
    const kept = write("a");
    const withdrawn = write("b");
    const hidden = write("c");
    const grouped = write("d");
    session.must(p1, { type: "contribution.withdraw", payload: { contributionId: withdrawn } });
    session.must(FACILITATOR, {
      type: "contribution.hide",
      payload: { contributionId: hidden, reason: "Names a colleague" },
    });
    // Silent until revealed: nothing to group before the reveal.
    expect(ungroupedReflections(session.state, discover)).toEqual([]);
    session.must(FACILITATOR, { type: "step.reveal", payload: { stepId: reflect } });
    session.must(FACILITATOR, { type: "step.start", payload: { stepId: discover } });
    session.create(FACILITATOR, {
      type: "group.create",
      payload: { name: "Theme", contributionIds: [grouped] },
    });
    expect(ungroupedReflections(session.state, discover).map((c) => c.id)).toEqual([kept]);
    // The reflect step itself has no earlier reflections.
    expect(ungroupedReflections(session.state, reflect)).toEqual([]);
  });
});
