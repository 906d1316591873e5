import { describe, expect, it } from "vitest";
import { getById } from "../session/id-map.js";
import {
  buildSession,
  FACILITATOR,
  participant,
  type TestSession,
} from "../session/testing/harness.js";

const p1 = participant("p-1");
const p2 = participant("p-2");

/** The discover step, with two insights written. */
function discovering() {
  const session = buildSession({ step: 2 });
  const write = (text: string) =>
    session.create(p1, { type: "contribution.add", payload: { kind: "insight", text } });
  return { session, a: write("Too many handoffs"), b: write("Forms ask twice") };
}

function createGroup(session: TestSession, name: string, actor = p1): string {
  return session.create(actor, { type: "group.create", payload: { name } });
}

describe("groups", () => {
  it("are created, renamed and filled by participants and facilitators alike", () => {
    const { session, a, b } = discovering();
    const flow = createGroup(session, "Flow");
    const forms = createGroup(session, "Forms", FACILITATOR);
    session.must(p2, { type: "group.rename", payload: { groupId: flow, name: "Handoffs" } });
    session.must(p2, {
      type: "group.move_contribution",
      payload: { contributionId: a, groupId: flow },
    });
    session.must(FACILITATOR, {
      type: "group.move_contribution",
      payload: { contributionId: b, groupId: flow },
    });
    expect(session.state.groupOrder).toEqual([flow, forms]);
    expect(session.state.groups[flow]).toMatchObject({
      name: "Handoffs",
      stepId: session.stepIds[2],
      contributionIds: [a, b],
    });
    session.must(p1, {
      type: "group.move_contribution",
      payload: { contributionId: b, groupId: forms },
    });
    expect(session.state.groups[flow]?.contributionIds).toEqual([a]);
    expect(session.state.groups[forms]?.contributionIds).toEqual([b]);
    expect(getById(session.state.contributions, b)?.groupId).toBe(forms);
    session.must(p1, {
      type: "group.move_contribution",
      payload: { contributionId: b, groupId: null },
    });
    expect(session.state.groups[forms]?.contributionIds).toEqual([]);
    expect(getById(session.state.contributions, b)?.groupId).toBeNull();
  });

  it("are deleted by participants when empty, by facilitators when not (ungrouping what they held)", () => {
    const { session, a } = discovering();
    const empty = createGroup(session, "Empty");
    session.must(p2, { type: "group.delete", payload: { groupId: empty } });
    expect(session.state.groups[empty]).toBeUndefined();
    const full = createGroup(session, "Full");
    session.must(p1, {
      type: "group.move_contribution",
      payload: { contributionId: a, groupId: full },
    });
    session.must(FACILITATOR, { type: "group.delete", payload: { groupId: full } });
    expect(session.state.groupOrder).toEqual([]);
    expect(getById(session.state.contributions, a)?.groupId).toBeNull();
  });

  it("stay with their step: a later step may not change them", () => {
    const { session, a } = discovering();
    const flow = createGroup(session, "Flow");
    session.must(FACILITATOR, {
      type: "step.update",
      payload: {
        stepId: session.stepIds[3] ?? "",
        changes: { settings: { grouping: "everyone" } },
      },
    });
    session.must(FACILITATOR, {
      type: "step.start",
      payload: { stepId: session.stepIds[3] ?? "" },
    });
    expect(
      session.run(p1, {
        type: "group.move_contribution",
        payload: { contributionId: a, groupId: flow },
      }),
    ).toMatchObject({
      error: { code: "phase_closed" },
    });
  });

  it("in a step open to facilitators only, refuse participants", () => {
    const { session } = discovering();
    session.must(FACILITATOR, {
      type: "step.update",
      payload: {
        stepId: session.stepIds[2] ?? "",
        changes: { settings: { grouping: "facilitator" } },
      },
    });
    expect(session.run(p1, { type: "group.create", payload: { name: "Mine" } })).toMatchObject({
      error: { code: "grouping_off" },
    });
    expect(createGroup(session, "Theirs", FACILITATOR)).not.toBe("");
  });

  it("are made with contributions in them in one command, all or nothing (an accepted suggestion)", () => {
    const { session, a, b } = discovering();
    const old = createGroup(session, "Old");
    session.must(p1, {
      type: "group.move_contribution",
      payload: { contributionId: b, groupId: old },
    });
    const made = session.create(FACILITATOR, {
      type: "group.create",
      payload: { name: "Suggested", contributionIds: [a, b, a] },
    });
    expect(session.state.groups[made]?.contributionIds).toEqual([a, b]);
    expect(session.state.groups[old]?.contributionIds).toEqual([]);
    const before = session.state.groupOrder.length;
    expect(
      session.run(FACILITATOR, {
        type: "group.create",
        payload: { name: "Broken", contributionIds: [a, "00000000-0000-4000-8000-000000000000"] },
      }),
    ).toMatchObject({ error: { code: "unknown_contribution" } });
    expect(session.state.groupOrder).toHaveLength(before);
    expect(getById(session.state.contributions, a)?.groupId).toBe(made);
  });
});
