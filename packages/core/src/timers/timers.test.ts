import { describe, expect, it } from "vitest";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";

describe("step timers", () => {
  it("run to an absolute end time, pause with what remains, resume to a new end time", () => {
    const session = buildSession();
    const [started] = session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 300 } });
    const at = Date.parse(started?.at ?? "");
    expect(session.state.timer).toEqual({
      stepId: session.stepIds[0],
      durationSeconds: 300,
      startedAt: started?.at,
      status: "running",
      endsAt: new Date(at + 300_000).toISOString(),
      remainingMs: null,
    });
    session.wait(99);
    session.must(FACILITATOR, { type: "timer.pause", payload: {} });
    expect(session.state.timer).toMatchObject({
      status: "paused",
      endsAt: null,
      remainingMs: 200_000,
    });
    session.wait(59);
    const [resumed] = session.must(FACILITATOR, { type: "timer.resume", payload: {} });
    expect(session.state.timer).toMatchObject({
      status: "running",
      endsAt: new Date(Date.parse(resumed?.at ?? "") + 200_000).toISOString(),
      remainingMs: null,
    });
    session.must(FACILITATOR, { type: "timer.stop", payload: {} });
    expect(session.state.timer).toBeNull();
  });

  it("pause at zero once run out, and restart when started again", () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 10 } });
    session.wait(60);
    session.must(FACILITATOR, { type: "timer.pause", payload: {} });
    expect(session.state.timer?.remainingMs).toBe(0);
    session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 120 } });
    expect(session.state.timer).toMatchObject({ status: "running", durationSeconds: 120 });
  });

  it("are the facilitators' and belong to a step", () => {
    const session = buildSession();
    expect(
      session.run(participant("p-1"), { type: "timer.start", payload: { seconds: 60 } }),
    ).toMatchObject({
      error: { code: "not_allowed" },
    });
    const lobby = buildSession({ until: "open" });
    lobby.must(FACILITATOR, { type: "session.start", payload: {} });
    expect(lobby.run(FACILITATOR, { type: "timer.start", payload: { seconds: 60 } })).toMatchObject(
      {
        error: { code: "no_current_step" },
      },
    );
  });
});
