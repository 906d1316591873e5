import { describe, expect, it } from "vitest";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";

const raise = { type: "hand.raise", payload: {} } as const;

describe("hand raising", () => {
  it("queues raised hands first come, first served; each lowers their own", () => {
    const session = buildSession();
    session.must(participant("p-2"), raise);
    session.must(participant("p-1"), raise);
    session.must(participant("p-3"), raise);
    expect(session.state.hands.queue).toEqual(["p-2", "p-1", "p-3"]);
    session.must(participant("p-1"), { type: "hand.lower", payload: {} });
    expect(session.state.hands.queue).toEqual(["p-2", "p-3"]);
    expect(
      session.run(participant("p-1"), { type: "hand.lower", payload: { participantId: "p-2" } }),
    ).toMatchObject({
      error: { code: "not_allowed" },
    });
    session.must(FACILITATOR, { type: "hand.lower", payload: { participantId: "p-2" } });
    expect(session.state.hands.queue).toEqual(["p-3"]);
  });

  it("gives the floor to the first hand, or to whoever the facilitator calls on", () => {
    const session = buildSession();
    session.must(participant("p-2"), raise);
    session.must(participant("p-3"), raise);
    session.must(FACILITATOR, { type: "hand.give_floor", payload: {} });
    expect(session.state.hands).toEqual({
      queue: ["p-3"],
      floor: { participantId: "p-2", since: expect.any(String) },
    });
    session.must(FACILITATOR, { type: "hand.give_floor", payload: { participantId: "p-1" } });
    expect(session.state.hands).toMatchObject({ queue: ["p-3"], floor: { participantId: "p-1" } });
  });

  it("ends the floor by its holder or a facilitator, and clears the queue", () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "hand.give_floor", payload: { participantId: "p-1" } });
    expect(session.run(participant("p-2"), { type: "hand.end_floor", payload: {} })).toMatchObject({
      error: { code: "not_allowed" },
    });
    session.must(participant("p-1"), { type: "hand.end_floor", payload: {} });
    expect(session.state.hands.floor).toBeNull();
    session.must(participant("p-2"), raise);
    session.must(FACILITATOR, { type: "hand.clear", payload: {} });
    expect(session.state.hands.queue).toEqual([]);
    expect(session.run(FACILITATOR, { type: "hand.clear", payload: {} })).toEqual({
      ok: true,
      events: [],
    });
  });
});
