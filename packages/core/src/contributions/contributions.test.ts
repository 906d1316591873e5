import { describe, expect, it } from "vitest";
import { getById } from "../session/id-map.js";
import {
  buildSession,
  FACILITATOR,
  participant,
  type TestSession,
} from "../session/testing/harness.js";

const p1 = participant("p-1");

function add(session: TestSession, text: string, replyTo?: string): string {
  return session.create(p1, {
    type: "contribution.add",
    payload: { kind: "fact", text, ...(replyTo !== undefined && { replyTo }) },
  });
}

describe("contributions", () => {
  it("are written in the current step by their author, in order", () => {
    const session = buildSession();
    const first = add(session, "Median lead time is 41 days");
    const reply = add(session, "Measured since 2024", first);
    const stepId = session.stepIds[0] ?? "";
    expect(session.state.contributionOrder[stepId]).toEqual([first, reply]);
    expect(getById(session.state.contributions, reply)).toMatchObject({
      stepId,
      kind: "fact",
      text: "Measured since 2024",
      author: { kind: "participant", id: "p-1" },
      replyTo: first,
      withdrawnAt: null,
    });
  });

  it("may come from a facilitator (issue 4: facts)", () => {
    const session = buildSession();
    const [event] = session.must(FACILITATOR, {
      type: "contribution.add",
      payload: { kind: "fact", text: "412 permits last year" },
    });
    expect(event?.payload).toMatchObject({ author: { kind: "facilitator", id: "user-kari" } });
  });

  it("count characters as people do: 2,000 emoji fit, 2,001 do not", () => {
    const session = buildSession();
    expect(add(session, "🙂".repeat(2_000))).not.toBe("");
    const refused = session.run(p1, {
      type: "contribution.add",
      payload: { kind: "fact", text: "🙂".repeat(2_001) },
    });
    expect(refused).toMatchObject({ error: { code: "text_too_long" } });
  });

  it("are edited by their author; the same text again is no event", () => {
    const session = buildSession();
    const id = add(session, "41 days");
    session.must(p1, {
      type: "contribution.edit",
      payload: { contributionId: id, text: "42 days" },
    });
    expect(getById(session.state.contributions, id)).toMatchObject({
      text: "42 days",
      editedAt: expect.any(String),
    });
    expect(
      session.run(p1, {
        type: "contribution.edit",
        payload: { contributionId: id, text: "42 days" },
      }),
    ).toEqual({
      ok: true,
      events: [],
    });
  });

  it("are withdrawn by their author: the words leave the state, the log keeps them", () => {
    const session = buildSession();
    const id = add(session, "Something I regret");
    session.must(p1, { type: "contribution.withdraw", payload: { contributionId: id } });
    const withdrawn = getById(session.state.contributions, id);
    expect(withdrawn).toMatchObject({ withdrawnAt: expect.any(String) });
    expect(withdrawn).not.toHaveProperty("text");
    expect(
      session.log.some(
        (e) => e.type === "contribution.added" && e.payload.text === "Something I regret",
      ),
    ).toBe(true);
  });

  it("are hidden by a facilitator with a logged reason, and shown again", () => {
    const session = buildSession();
    const id = add(session, "Per is slow");
    session.must(FACILITATOR, {
      type: "contribution.hide",
      payload: { contributionId: id, reason: "Names a colleague" },
    });
    expect(getById(session.state.contributions, id)?.moderation).toEqual({
      at: expect.any(String),
      reason: "Names a colleague",
    });
    expect(
      session.run(p1, { type: "contribution.edit", payload: { contributionId: id, text: "Per!" } }),
    ).toMatchObject({
      error: { code: "contribution_not_visible" },
    });
    session.must(FACILITATOR, { type: "contribution.unhide", payload: { contributionId: id } });
    expect(getById(session.state.contributions, id)?.moderation).toBeNull();
  });

  it("hiding is the facilitators' to do", () => {
    const session = buildSession();
    const id = add(session, "x");
    expect(
      session.run(participant("p-2"), {
        type: "contribution.hide",
        payload: { contributionId: id, reason: "No" },
      }),
    ).toMatchObject({
      error: { code: "not_allowed" },
    });
  });
});
