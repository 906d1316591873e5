import { describe, expect, it } from "vitest";
import { getById } from "../session/id-map.js";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";

const newcomer = participant("p-new");

describe("participants", () => {
  it("join in the lobby and while running, in order, with or without a name", () => {
    const session = buildSession({ until: "open", participants: 2 });
    session.must(FACILITATOR, { type: "session.start", payload: {} });
    session.must(newcomer, { type: "participant.join", payload: {} });
    expect(session.state.participantOrder).toEqual(["p-1", "p-2", "p-new"]);
    expect(getById(session.state.participants, "p-new")).toEqual({
      id: "p-new",
      displayName: null,
      joinedAt: expect.any(String),
      groundRulesAcknowledgedAt: null,
    });
    expect(getById(session.state.participants, "p-1")?.displayName).toBe("Name p-1");
  });

  it("acknowledge the ground rules once; a second time changes nothing", () => {
    const session = buildSession();
    session.must(newcomer, { type: "participant.join", payload: {} });
    const ack = { type: "participant.acknowledge_ground_rules", payload: {} } as const;
    session.must(newcomer, ack);
    expect(getById(session.state.participants, "p-new")?.groundRulesAcknowledgedAt).toEqual(
      expect.any(String),
    );
    expect(session.run(newcomer, ack)).toEqual({ ok: true, events: [] });
  });

  it("may only rename and acknowledge before acknowledging", () => {
    const session = buildSession();
    session.must(newcomer, { type: "participant.join", payload: {} });
    session.must(newcomer, { type: "participant.rename", payload: { displayName: "Ingrid" } });
    const write = { type: "contribution.add", payload: { kind: "fact", text: "x" } } as const;
    expect(session.run(newcomer, write)).toMatchObject({
      error: { code: "ground_rules_not_acknowledged" },
    });
    session.must(newcomer, { type: "participant.acknowledge_ground_rules", payload: {} });
    expect(session.run(newcomer, write).ok).toBe(true);
  });

  it("need no acknowledgement in a session without ground rules", () => {
    const session = buildSession({ groundRules: [] });
    session.must(newcomer, { type: "participant.join", payload: {} });
    expect(session.run(newcomer, { type: "hand.raise", payload: {} }).ok).toBe(true);
  });

  it("rename, clear their name, and a rename to the same name is no event", () => {
    const session = buildSession();
    const p1 = participant("p-1");
    session.must(p1, { type: "participant.rename", payload: { displayName: "Kari" } });
    expect(getById(session.state.participants, "p-1")?.displayName).toBe("Kari");
    session.must(p1, { type: "participant.rename", payload: { displayName: null } });
    expect(getById(session.state.participants, "p-1")?.displayName).toBeNull();
    expect(session.run(p1, { type: "participant.rename", payload: { displayName: null } })).toEqual(
      { ok: true, events: [] },
    );
  });

  it("are joined by the server on their own behalf, never by a facilitator", () => {
    const session = buildSession();
    expect(session.run(FACILITATOR, { type: "participant.join", payload: {} })).toMatchObject({
      error: { code: "not_allowed" },
    });
  });
});
