import { describe, expect, it } from "vitest";
import { COMMAND_TYPES, type SessionCommand } from "./commands.js";
import { decide } from "./decide.js";
import { stampEvents } from "./events.js";
import {
  buildSession,
  CO_FACILITATOR,
  FACILITATOR,
  OBSERVER,
  participant,
  TestSession,
} from "./testing/harness.js";

/** A command of each type; its payload never matters where the refusal comes first. */
const anyCommandOf = (type: SessionCommand["type"]) => ({ type, payload: {} }) as SessionCommand;

describe("session.create", () => {
  it("creates a draft with the design, normalised, and its creator as facilitator", () => {
    const session = buildSession({ until: "draft", anonymity: "anonymous_to_peers" });
    const [created] = session.log;
    expect(created).toMatchObject({
      seq: 1,
      type: "session.created",
      actor: { kind: "facilitator", id: "user-kari" },
      payload: {
        organisationId: "org-1",
        language: "nb",
        anonymity: "anonymous_to_peers",
        groundRules: ["One voice at a time", "Phones on silent"],
        createdBy: { userId: "user-kari", displayName: "Kari" },
      },
    });
    const { state } = session;
    expect(state).toMatchObject({
      status: "draft",
      title: "Shorter building permits",
      createdBy: "user-kari",
      facilitators: { "user-kari": { userId: "user-kari", displayName: "Kari" } },
      currentStepId: null,
    });
    expect(state.stepOrder).toHaveLength(4);
    const [facts, reflect] = state.stepOrder.map((id) => state.steps[id]);
    expect(facts).toMatchObject({
      phase: "share_facts",
      methodId: null,
      notes: "Ask Ola",
      timeboxSeconds: null,
      settings: { contributionKinds: ["fact", "question"], silent: false, dotVoteBudget: 0 },
      startedAt: null,
    });
    expect(reflect?.settings).toMatchObject({ contributionKinds: ["reflection"], silent: true });
  });

  it("takes named, no ground rules and the four Decisions-by-Design steps when not told", () => {
    const session = new TestSession();
    session.must(FACILITATOR, {
      type: "session.create",
      payload: { organisationId: "o", title: "Check-in", question: "", language: "nl" },
    });
    expect(session.state).toMatchObject({ anonymity: "named", groundRules: [] });
    const steps = session.state.stepOrder.map((id) => session.state.steps[id]);
    expect(steps.map((step) => [step?.phase, step?.methodName])).toEqual([
      ["share_facts", "Feiten delen"],
      ["reflect", "Reflecteren"],
      ["discover", "Nieuwe inzichten ontdekken"],
      ["decide", "Besluiten"],
    ]);
    expect(steps[1]?.settings.silent).toBe(true);
  });

  it("takes an empty agenda when given one", () => {
    const session = new TestSession();
    session.must(FACILITATOR, {
      type: "session.create",
      payload: { organisationId: "o", title: "Check-in", question: "", language: "en", steps: [] },
    });
    expect(session.state.stepOrder).toEqual([]);
  });

  it("is a facilitator's to create", () => {
    const decision = new TestSession().run(participant("p-1"), {
      type: "session.create",
      payload: { organisationId: "o", title: "T", question: "", language: "en" },
    });
    expect(decision).toMatchObject({ ok: false, error: { code: "not_allowed" } });
  });
});

describe("session.update", () => {
  it("changes what it is given and nothing else", () => {
    const session = buildSession({ until: "draft" });
    session.must(FACILITATOR, {
      type: "session.update",
      payload: { title: "Faster permits", groundRules: ["Listen"], language: "sv" },
    });
    expect(session.state).toMatchObject({
      title: "Faster permits",
      question: "How do we halve the lead time of a building permit?",
      groundRules: ["Listen"],
      language: "sv",
    });
  });

  it("changes the anonymity mode in draft and in the lobby, not once running", () => {
    const session = buildSession({ until: "open" });
    session.must(FACILITATOR, { type: "session.update", payload: { anonymity: "anonymous" } });
    expect(session.state.anonymity).toBe("anonymous");
    session.must(FACILITATOR, { type: "session.start", payload: {} });
    const refused = session.run(FACILITATOR, {
      type: "session.update",
      payload: { anonymity: "named" },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: "anonymity_locked" } });
    // Restating the mode it has is no change.
    expect(
      session.run(FACILITATOR, { type: "session.update", payload: { anonymity: "anonymous" } }).ok,
    ).toBe(true);
  });

  it("produces no event when given nothing", () => {
    const session = buildSession({ until: "draft" });
    expect(session.run(FACILITATOR, { type: "session.update", payload: {} })).toEqual({
      ok: true,
      events: [],
    });
  });
});

describe("status: draft -> open -> running -> closed", () => {
  it("moves forward one status at a time, stamping each", () => {
    const session = buildSession({ until: "draft" });
    const open = { type: "session.open", payload: {} } as const;
    const start = { type: "session.start", payload: {} } as const;
    expect(session.run(FACILITATOR, start)).toMatchObject({
      error: { code: "invalid_transition" },
    });
    session.must(FACILITATOR, open);
    expect(session.state).toMatchObject({ status: "open", openedAt: expect.any(String) });
    expect(session.run(FACILITATOR, open)).toMatchObject({ error: { code: "invalid_transition" } });
    session.must(FACILITATOR, start);
    expect(session.state).toMatchObject({ status: "running", startedAt: expect.any(String) });
    expect(session.run(FACILITATOR, start)).toMatchObject({
      error: { code: "invalid_transition" },
    });
    session.must(FACILITATOR, { type: "session.close", payload: {} });
    expect(session.state).toMatchObject({ status: "closed", closedAt: expect.any(String) });
  });

  it("closes from draft or the lobby too (a session that will not happen)", () => {
    for (const until of ["draft", "open"] as const) {
      const session = buildSession({ until });
      session.must(FACILITATOR, { type: "session.close", payload: {} });
      expect(session.state.status).toBe("closed");
    }
  });

  it("ends a round in progress and the timer when closing, so the log shows when", () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "round.start", payload: {} });
    session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 600 } });
    const events = session.must(FACILITATOR, { type: "session.close", payload: {} });
    expect(events.map((e) => e.type)).toEqual(["round.ended", "timer.stopped", "session.closed"]);
    expect(events[0]?.payload).toMatchObject({ reason: "session_closed" });
    expect(session.state).toMatchObject({ activeRoundId: null, timer: null });
  });

  it("a closed session accepts no command at all", () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "session.close", payload: {} });
    for (const type of COMMAND_TYPES) {
      const expected = type === "session.create" ? "session_exists" : "session_closed";
      for (const actor of [FACILITATOR, participant("p-1")]) {
        expect(session.run(actor, anyCommandOf(type))).toMatchObject({ error: { code: expected } });
      }
    }
  });

  it("nothing but creation before the session exists", () => {
    const session = new TestSession();
    for (const type of COMMAND_TYPES.filter((t) => t !== "session.create")) {
      expect(session.run(FACILITATOR, anyCommandOf(type))).toMatchObject({
        error: { code: "session_not_created" },
      });
    }
  });
});

describe("actors", () => {
  it("refuses every command from an observer", () => {
    const session = buildSession();
    for (const type of COMMAND_TYPES) {
      expect(session.run(OBSERVER, anyCommandOf(type))).toMatchObject({
        error: { code: "not_allowed" },
      });
    }
  });

  it("names a co-facilitator in the log by their first command, once", () => {
    const session = buildSession();
    const first = session.must(CO_FACILITATOR, { type: "timer.start", payload: { seconds: 60 } });
    expect(first.map((e) => e.type)).toEqual(["facilitator.joined", "timer.started"]);
    expect(first[0]).toMatchObject({ payload: { userId: "user-ola", displayName: "Ola" } });
    const second = session.must(CO_FACILITATOR, { type: "timer.stop", payload: {} });
    expect(second.map((e) => e.type)).toEqual(["timer.stopped"]);
    expect(Object.keys(session.state.facilitators)).toEqual(["user-kari", "user-ola"]);
  });

  it("names a facilitator again under a new display name", () => {
    const session = buildSession();
    const renamed = { ...FACILITATOR, displayName: "Kari N." };
    const events = session.must(renamed, { type: "timer.start", payload: { seconds: 60 } });
    expect(events[0]?.type).toBe("facilitator.joined");
    expect(session.state.facilitators["user-kari"]?.displayName).toBe("Kari N.");
  });

  it("decides from the context only: the same state, command and context give the same events", () => {
    const session = buildSession();
    const ctx = () => ({ now: new Date("2026-11-24T10:00:00.000Z"), newId: () => "fixed" });
    const command: SessionCommand = {
      type: "contribution.add",
      payload: { kind: "fact", text: "x" },
    };
    const actor = participant("p-1");
    expect(decide(session.state, command, actor, ctx())).toEqual(
      decide(session.state, command, actor, ctx()),
    );
  });
});

describe("stampEvents", () => {
  it("numbers on from the log, stamps time and actor, and puts the command id on the first event only", () => {
    const events = stampEvents(
      [
        { type: "timer.stopped", payload: {} },
        { type: "step.started", payload: { stepId: "s" } },
      ],
      {
        lastSeq: 41,
        now: new Date("2026-11-24T10:00:00.000Z"),
        actor: FACILITATOR,
        commandId: "c-1",
      },
    );
    expect(events).toEqual([
      {
        type: "timer.stopped",
        payload: {},
        seq: 42,
        at: "2026-11-24T10:00:00.000Z",
        actor: { kind: "facilitator", id: "user-kari" },
        commandId: "c-1",
      },
      {
        type: "step.started",
        payload: { stepId: "s" },
        seq: 43,
        at: "2026-11-24T10:00:00.000Z",
        actor: { kind: "facilitator", id: "user-kari" },
      },
    ]);
  });
});
