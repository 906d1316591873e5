import { describe, expect, it } from "vitest";
import {
  buildSession,
  FACILITATOR,
  participant,
  type TestSession,
} from "../session/testing/harness.js";
import { currentFloor } from "./floor.js";

function startRound(
  session: TestSession,
  payload: { participantIds?: string[]; turnSeconds?: number } = {},
) {
  return session.create(FACILITATOR, { type: "round.start", payload });
}

const seconds = (from: string | null, to: string | null) =>
  from === null || to === null ? null : (Date.parse(to) - Date.parse(from)) / 1_000;

describe("rounds", () => {
  it("go over the participants who may take part, in join order, the first with the floor", () => {
    const session = buildSession();
    session.must(participant("late"), { type: "participant.join", payload: {} });
    const roundId = startRound(session, { turnSeconds: 90 });
    const round = session.state.rounds[roundId];
    expect(round).toMatchObject({
      stepId: session.stepIds[0],
      turnSeconds: 90,
      currentTurn: 0,
      endedAt: null,
    });
    expect(round?.turns.map((t) => t.participantId)).toEqual(["p-1", "p-2", "p-3"]);
    expect(round?.turns[0]?.startedAt).toBe(round?.startedAt);
    expect(session.state.activeRoundId).toBe(roundId);
  });

  it("follow a given order", () => {
    const session = buildSession();
    const roundId = startRound(session, { participantIds: ["p-3", "p-1"] });
    expect(session.state.rounds[roundId]?.turns.map((t) => t.participantId)).toEqual([
      "p-3",
      "p-1",
    ]);
  });

  it("record talk time per turn from event times; a pass is a turn; the last turn ends the round", () => {
    const session = buildSession();
    const roundId = startRound(session);
    session.wait(44);
    session.must(participant("p-1"), { type: "round.end_turn", payload: { roundId, turn: 0 } });
    session.wait(2);
    session.must(participant("p-2"), { type: "round.pass", payload: { roundId, turn: 1 } });
    session.wait(29);
    const last = session.must(FACILITATOR, {
      type: "round.end_turn",
      payload: { roundId, turn: 2 },
    });
    expect(last.map((e) => e.type)).toEqual(["round.turn_ended", "round.ended"]);
    const round = session.state.rounds[roundId];
    expect(
      round?.turns.map((t) => [t.participantId, t.outcome, seconds(t.startedAt, t.endedAt)]),
    ).toEqual([
      ["p-1", "spoke", 45],
      ["p-2", "passed", 3],
      ["p-3", "spoke", 30],
    ]);
    expect(round).toMatchObject({ currentTurn: null, endReason: "completed" });
    expect(session.state.activeRoundId).toBeNull();
  });

  it("give the floor to one turn at a time, and to nobody once ended", () => {
    const session = buildSession();
    expect(currentFloor(session.state)).toBeUndefined();
    const roundId = startRound(session);
    expect(currentFloor(session.state)).toMatchObject({
      index: 0,
      turn: { participantId: "p-1" },
      next: { participantId: "p-2" },
    });
    session.must(participant("p-1"), { type: "round.end_turn", payload: { roundId, turn: 0 } });
    expect(currentFloor(session.state)?.turn.participantId).toBe("p-2");
    session.must(FACILITATOR, { type: "round.end", payload: { roundId } });
    expect(currentFloor(session.state)).toBeUndefined();
  });

  it("ended by a facilitator, cut the current turn short and leave the rest unspoken", () => {
    const session = buildSession();
    const roundId = startRound(session);
    session.must(participant("p-1"), { type: "round.end_turn", payload: { roundId, turn: 0 } });
    session.must(FACILITATOR, { type: "round.end", payload: { roundId } });
    const turns = session.state.rounds[roundId]?.turns;
    expect(turns?.map((t) => t.outcome)).toEqual(["spoke", "interrupted", null]);
    expect(turns?.[2]?.startedAt).toBeNull();
    expect(session.state.rounds[roundId]?.endReason).toBe("ended_by_facilitator");
  });

  it("answer a repeated end of the same turn with not_current_turn, not by ending the next", () => {
    const session = buildSession();
    const roundId = startRound(session);
    const end = { type: "round.end_turn", payload: { roundId, turn: 0 } } as const;
    session.must(FACILITATOR, end);
    expect(session.run(FACILITATOR, end)).toMatchObject({ error: { code: "not_current_turn" } });
    expect(session.state.rounds[roundId]?.currentTurn).toBe(1);
  });

  it("are started and ended by facilitators", () => {
    const session = buildSession();
    expect(session.run(participant("p-1"), { type: "round.start", payload: {} })).toMatchObject({
      error: { code: "not_allowed" },
    });
    const roundId = startRound(session);
    expect(
      session.run(participant("p-1"), { type: "round.end", payload: { roundId } }),
    ).toMatchObject({ error: { code: "not_allowed" } });
  });
});
