import { describe, expect, it } from "vitest";
import type { Viewer } from "../session/actor.js";
import type { SessionEvent } from "../session/events.js";
import { redactEvent, redactState } from "../session/redact.js";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";
import { applyServerMessage, type ClientSession } from "./client-sync.js";
import { PROTOCOL_VERSION, type ServerMessage } from "./messages.js";

const viewer: Viewer = { class: "participant", participantId: "p-1" };

/** A session at some seq, the browser's copy of it, and the events that follow. */
function scenario() {
  const session = buildSession();
  const local: ClientSession = { seq: session.seq, state: redactState(session.state, viewer) };
  session.must(participant("p-2"), { type: "hand.raise", payload: {} });
  session.must(participant("p-3"), { type: "hand.raise", payload: {} });
  session.must(FACILITATOR, { type: "hand.give_floor", payload: {} });
  const next = session.log.slice(local.seq).map((e) => redactEvent(e, viewer, session.state));
  return { session, local, next };
}

const eventsMessage = (events: SessionEvent[]): ServerMessage => ({ t: "events", events });

describe("applyServerMessage", () => {
  it("takes the welcome's snapshot as the state at its seq", () => {
    const { session } = scenario();
    const snapshot = redactState(session.state, viewer);
    const welcome: ServerMessage = {
      t: "welcome",
      v: PROTOCOL_VERSION,
      sessionId: "session-1",
      viewer,
      seq: session.seq,
      snapshot,
    };
    expect(applyServerMessage(null, welcome)).toEqual({
      session: { seq: session.seq, state: snapshot },
      gap: null,
    });
  });

  it("keeps its state on a welcome without snapshot that resumes where it is, else reports a gap", () => {
    const { local } = scenario();
    const welcome: ServerMessage = {
      t: "welcome",
      v: 1,
      sessionId: "session-1",
      viewer,
      seq: local.seq,
    };
    expect(applyServerMessage(local, welcome)).toEqual({ session: local, gap: null });
    expect(applyServerMessage(null, welcome).gap).toEqual({ received: local.seq });
    for (const other of [
      { sessionId: "session-2" },
      { seq: local.seq + 1 },
      { seq: local.seq - 1 },
    ]) {
      expect(applyServerMessage(local, { ...welcome, ...other }).gap).not.toBeNull();
    }
  });

  it("applies events in order and reaches the server's view", () => {
    const { local, next, session } = scenario();
    const result = applyServerMessage(local, eventsMessage(next));
    expect(result.gap).toBeNull();
    expect(result.session).toEqual({ seq: session.seq, state: redactState(session.state, viewer) });
  });

  it("skips events it already holds, returning the very same session when nothing is new", () => {
    const { local, next, session } = scenario();
    const once = applyServerMessage(local, eventsMessage(next)).session;
    const again = applyServerMessage(once, eventsMessage(next));
    expect(again).toEqual({ session: once, gap: null });
    expect(again.session).toBe(once);
    const overlapping = applyServerMessage(local, eventsMessage([...next.slice(0, 1), ...next]));
    expect(overlapping.session?.seq).toBe(session.seq);
  });

  it("stops at a gap, keeping what came before it, and says where to resume", () => {
    const { local, next } = scenario();
    const [first, , third] = next;
    if (!first || !third) throw new Error("too few events");
    const result = applyServerMessage(local, eventsMessage([first, third]));
    expect(result.session?.seq).toBe(first.seq);
    expect(result.gap).toEqual({ resumeFrom: first.seq, received: third.seq });
  });

  it("leaves the session alone on ack, error and pong", () => {
    const { local } = scenario();
    for (const message of [
      { t: "ack", commandId: "c", seq: 3 },
      { t: "error", code: "not_your_turn", message: "Wait" },
      { t: "pong", id: "1" },
    ] as ServerMessage[]) {
      expect(applyServerMessage(local, message)).toEqual({ session: local, gap: null });
    }
  });
});
