import { describe, expect, it } from "vitest";
import { redactEvent, redactState } from "../session/redact.js";
import { buildSession, participant } from "../session/testing/harness.js";
import { clientMessageSchema, PROTOCOL_VERSION, serverMessageSchema } from "./messages.js";

describe("server messages", () => {
  it("carry a redacted snapshot and redacted events, as the server sends them", () => {
    const session = buildSession({ anonymity: "anonymous_to_peers" });
    const viewer = { class: "participant", participantId: "p-1" } as const;
    session.must(participant("p-2"), {
      type: "contribution.add",
      payload: { kind: "fact", text: "41 days" },
    });
    const messages = [
      {
        t: "welcome",
        v: PROTOCOL_VERSION,
        sessionId: "session-1",
        viewer,
        seq: session.seq,
        snapshot: redactState(session.state, viewer),
      },
      { t: "events", events: session.log.map((e) => redactEvent(e, viewer, session.state)) },
      { t: "ack", commandId: "c-1", seq: session.seq },
      { t: "error", commandId: "c-2", code: "vote_budget_exhausted", message: "No dots left." },
      { t: "error", code: "rate_limited", message: "Slow down.", details: { retryAfterMs: 500 } },
      { t: "pong", id: "1" },
    ];
    for (const message of JSON.parse(JSON.stringify(messages))) {
      expect(serverMessageSchema.safeParse(message).error?.issues).toBeUndefined();
    }
  });

  it("refuse an error code nobody documented, and an empty events batch", () => {
    expect(serverMessageSchema.safeParse({ t: "error", code: "oops", message: "?" }).success).toBe(
      false,
    );
    expect(serverMessageSchema.safeParse({ t: "events", events: [] }).success).toBe(false);
  });
});

describe("client messages", () => {
  it("are hello, command and ping, strictly", () => {
    expect(clientMessageSchema.safeParse({ t: "hello", v: 1, sessionId: "s" }).success).toBe(true);
    expect(
      clientMessageSchema.safeParse({ t: "hello", v: 1, sessionId: "s", as: "facilitator" })
        .success,
    ).toBe(false);
    expect(clientMessageSchema.safeParse({ t: "ping", id: "x".repeat(65) }).success).toBe(false);
  });
});
