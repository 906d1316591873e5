import { describe, expect, it } from "vitest";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";
import { defineStep, PHASE_DEFAULTS } from "./definition.js";
import { PHASES } from "./schema.js";

const breakStep = { phase: "other", methodName: "Break", timeboxSeconds: 600 } as const;

describe("defining steps", () => {
  it.each(PHASES)("%s: settings default to the phase's, and what is given wins", (phase) => {
    expect(defineStep("s", { phase, methodName: "M" }).settings).toEqual(PHASE_DEFAULTS[phase]);
    const tuned = defineStep("s", { phase, methodName: "M", settings: { dotVoteBudget: 5 } });
    expect(tuned.settings).toEqual({ ...PHASE_DEFAULTS[phase], dotVoteBudget: 5 });
  });

  it("stores absent and empty fields explicitly", () => {
    expect(defineStep("s", { phase: "other", methodName: "Check-in", notes: "" })).toEqual({
      id: "s",
      phase: "other",
      methodId: null,
      methodName: "Check-in",
      prompt: "",
      timeboxSeconds: null,
      notes: null,
      settings: PHASE_DEFAULTS.other,
    });
  });
});

describe("step commands", () => {
  it("adds a step at the end, or where told", () => {
    const session = buildSession({ until: "draft" });
    const [first] = session.stepIds;
    session.must(FACILITATOR, { type: "step.add", payload: { step: breakStep } });
    session.must(FACILITATOR, { type: "step.add", payload: { step: breakStep, index: 0 } });
    session.must(FACILITATOR, { type: "step.add", payload: { step: breakStep, index: 40 } });
    expect(session.state.stepOrder).toHaveLength(7);
    expect(session.state.stepOrder[1]).toBe(first);
    const added = session.state.steps[session.state.stepOrder[6] ?? ""];
    expect(added).toMatchObject({ methodName: "Break", timeboxSeconds: 600, startedAt: null });
  });

  it("updates a step, merging settings and keeping them through a change of phase", () => {
    const session = buildSession({ until: "draft" });
    const stepId = session.stepIds[2] ?? "";
    session.must(FACILITATOR, {
      type: "step.update",
      payload: {
        stepId,
        changes: {
          phase: "other",
          prompt: "Which themes matter most?",
          settings: { dotVoteBudget: 5 },
        },
      },
    });
    expect(session.state.steps[stepId]).toMatchObject({
      phase: "other",
      prompt: "Which themes matter most?",
      methodName: "Affinity grouping and dots",
      settings: { dotVoteBudget: 5, grouping: "everyone", contributionKinds: ["insight"] },
    });
    session.must(FACILITATOR, {
      type: "step.update",
      payload: { stepId, changes: { timeboxSeconds: null } },
    });
    expect(session.state.steps[stepId]?.timeboxSeconds).toBeNull();
  });

  it("changes silence before a step starts, other settings at any time", () => {
    const session = buildSession();
    const [facts, reflect] = session.stepIds;
    session.must(FACILITATOR, {
      type: "step.update",
      payload: { stepId: reflect ?? "", changes: { settings: { silent: false } } },
    });
    const silence = {
      type: "step.update",
      payload: { stepId: facts ?? "", changes: { settings: { silent: true } } },
    } as const;
    expect(session.run(FACILITATOR, silence)).toMatchObject({
      error: { code: "step_already_started" },
    });
    session.must(FACILITATOR, {
      type: "step.update",
      payload: { stepId: facts ?? "", changes: { settings: { reactions: false } } },
    });
    expect(session.state.steps[facts ?? ""]?.settings.reactions).toBe(false);
  });

  it("removes a step that has not started, and moves one", () => {
    const session = buildSession({ until: "draft" });
    const [a, b, c, d] = session.stepIds;
    session.must(FACILITATOR, { type: "step.remove", payload: { stepId: b ?? "" } });
    expect(session.state.stepOrder).toEqual([a, c, d]);
    expect(session.state.steps[b ?? ""]).toBeUndefined();
    session.must(FACILITATOR, { type: "step.move", payload: { stepId: a ?? "", index: 9 } });
    expect(session.state.stepOrder).toEqual([c, d, a]);
    session.must(FACILITATOR, { type: "step.move", payload: { stepId: a ?? "", index: 0 } });
    expect(session.state.stepOrder).toEqual([a, c, d]);
  });

  it("starts a step: the current one, first start kept, timer stopped, going back allowed", () => {
    const session = buildSession();
    const [facts, reflect] = session.stepIds;
    const firstStart = session.state.steps[facts ?? ""]?.startedAt;
    session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 300 } });
    const events = session.must(FACILITATOR, {
      type: "step.start",
      payload: { stepId: reflect ?? "" },
    });
    expect(events.map((e) => e.type)).toEqual(["timer.stopped", "step.started"]);
    expect(session.state).toMatchObject({ currentStepId: reflect, timer: null });
    session.must(FACILITATOR, { type: "step.start", payload: { stepId: facts ?? "" } });
    expect(session.state.steps[facts ?? ""]?.startedAt).toBe(firstStart);
    // Starting the current step again changes nothing.
    expect(
      session.run(FACILITATOR, { type: "step.start", payload: { stepId: facts ?? "" } }),
    ).toEqual({ ok: true, events: [] });
  });

  it("does not leave a step while a round is in progress", () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "round.start", payload: {} });
    const next = { type: "step.start", payload: { stepId: session.stepIds[1] ?? "" } } as const;
    expect(session.run(FACILITATOR, next)).toMatchObject({ error: { code: "round_in_progress" } });
  });

  it("reveals a silent step once", () => {
    const session = buildSession();
    const reflect = session.stepIds[1] ?? "";
    session.must(FACILITATOR, { type: "step.reveal", payload: { stepId: reflect } });
    expect(session.state.steps[reflect]?.revealedAt).toEqual(expect.any(String));
  });

  it("is the facilitators' to design and drive", () => {
    const session = buildSession();
    for (const command of [
      { type: "step.add", payload: { step: breakStep } },
      { type: "step.start", payload: { stepId: session.stepIds[1] ?? "" } },
      { type: "step.reveal", payload: { stepId: session.stepIds[1] ?? "" } },
    ] as const) {
      expect(session.run(participant("p-1"), command)).toMatchObject({
        error: { code: "not_allowed" },
      });
    }
  });
});
