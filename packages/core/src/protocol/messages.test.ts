import { describe, expect, it } from "vitest";
import { redactEvent, redactState } from "../session/redact.js";
import { buildSession, participant } from "../session/testing/harness.js";
import { applyServerMessage } from "./client-sync.js";
import {
  clientMessageSchema,
  OPINION_MAP_MESSAGE_VERSION,
  PROTOCOL_VERSION,
  serverMessageSchema,
} from "./messages.js";

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

describe("the opinion_map message", () => {
  const map = {
    stepId: "step-1",
    seq: 12,
    computedAt: "2026-11-24T09:00:00.000Z",
    votes: 40,
    dots: [{ id: "k3J9", x: 0.5, y: -1, group: 0 }],
    groups: [{ size: 1, representative: [] }],
    commonGround: [{ statementId: "s-1", agreeByGroup: [0.9] }],
    divisive: [],
  };

  it("parses at its own version, and changes no client state", () => {
    const message = serverMessageSchema.parse({
      t: "opinion_map",
      v: OPINION_MAP_MESSAGE_VERSION,
      map,
    });
    const held = { seq: 3, state: buildSession().state };
    expect(applyServerMessage(held, message)).toEqual({ session: held, gap: null });
  });

  it("is refused at another version, or with a dot out of shape", () => {
    expect(serverMessageSchema.safeParse({ t: "opinion_map", v: 2, map }).success).toBe(false);
    const bad = { ...map, dots: [{ id: "x", x: 0, y: 0, group: -1 }] };
    expect(serverMessageSchema.safeParse({ t: "opinion_map", v: 1, map: bad }).success).toBe(false);
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
