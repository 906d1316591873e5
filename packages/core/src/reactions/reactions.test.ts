import { describe, expect, it } from "vitest";
import { getById } from "../session/id-map.js";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";

function withFact() {
  const session = buildSession();
  const contributionId = session.create(participant("p-1"), {
    type: "contribution.add",
    payload: { kind: "fact", text: "41 days" },
  });
  return { session, contributionId };
}

describe("reactions", () => {
  it("toggle: one per kind per participant, counted, with who reacted", () => {
    const { session, contributionId } = withFact();
    const toggle = (who: string, reaction: "heart" | "light_bulb") =>
      session.must(participant(who), {
        type: "reaction.toggle",
        payload: { contributionId, reaction },
      });
    expect(toggle("p-2", "heart").map((e) => e.type)).toEqual(["reaction.added"]);
    toggle("p-3", "heart");
    toggle("p-2", "light_bulb");
    expect(getById(session.state.contributions, contributionId)?.reactions).toEqual({
      heart: { count: 2, by: ["p-2", "p-3"] },
      light_bulb: { count: 1, by: ["p-2"] },
    });
    expect(toggle("p-2", "heart").map((e) => e.type)).toEqual(["reaction.removed"]);
    toggle("p-2", "light_bulb");
    expect(getById(session.state.contributions, contributionId)?.reactions).toEqual({
      heart: { count: 1, by: ["p-3"] },
    });
  });

  it("are the participants'", () => {
    const { session, contributionId } = withFact();
    expect(
      session.run(FACILITATOR, {
        type: "reaction.toggle",
        payload: { contributionId, reaction: "heart" },
      }),
    ).toMatchObject({
      error: { code: "not_allowed" },
    });
  });
});
