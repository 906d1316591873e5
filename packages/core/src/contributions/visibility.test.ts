import { describe, expect, it } from "vitest";
import type { Viewer } from "../session/actor.js";
import { evolveAll } from "../session/evolve.js";
import { getById } from "../session/id-map.js";
import { redactEvent, redactState } from "../session/redact.js";
import type { AnonymityMode } from "../session/schema.js";
import { buildSession, FACILITATOR, participant } from "../session/testing/harness.js";

const facilitator: Viewer = { class: "facilitator" };
const peers: Viewer = { class: "participant" };
const wall: Viewer = { class: "observer" };
const author: Viewer = { class: "participant", participantId: "p-1" };

/** A running session in its silent reflect step, where p-1 has written one reflection. */
function silentStep(anonymity: AnonymityMode = "named") {
  const session = buildSession({ anonymity });
  const reflect = session.stepIds[1] ?? "";
  session.must(FACILITATOR, { type: "step.start", payload: { stepId: reflect } });
  const id = session.create(participant("p-1"), {
    type: "contribution.add",
    payload: { kind: "reflection", text: "The form asks for the same thing three times" },
  });
  return { session, reflect, id, added: session.log.at(-1) };
}

describe("silent writing", () => {
  it("shows peers and the wall only that something was written, until the reveal", () => {
    const { session, id } = silentStep();
    for (const viewer of [peers, wall]) {
      const seen = getById(redactState(session.state, viewer).contributions, id);
      expect(seen).toMatchObject({
        id,
        stepId: session.stepIds[1],
        kind: "reflection",
        hidden: true,
      });
      expect(seen).not.toHaveProperty("text");
      expect(seen).not.toHaveProperty("author");
    }
  });

  it("lets the author read their own, marked as theirs, and facilitators read all", () => {
    const { session, id } = silentStep();
    const own = getById(redactState(session.state, author).contributions, id);
    expect(own).toMatchObject({ text: expect.any(String), mine: true });
    expect(own).not.toHaveProperty("hidden");
    const seen = getById(redactState(session.state, facilitator).contributions, id);
    expect(seen).toMatchObject({
      text: expect.any(String),
      author: { kind: "participant", id: "p-1" },
    });
  });

  it("withholds the text of the event too, and of an edit", () => {
    const { session, id, added } = silentStep();
    if (!added) throw new Error("no event");
    expect(redactEvent(added, peers, session.state).payload).toEqual({
      contributionId: id,
      stepId: session.stepIds[1],
      kind: "reflection",
      replyTo: null,
      hidden: true,
    });
    const [edited] = session.must(participant("p-1"), {
      type: "contribution.edit",
      payload: { contributionId: id, text: "Three times, on three pages" },
    });
    if (!edited) throw new Error("no event");
    expect(redactEvent(edited, peers, session.state).payload).toEqual({ contributionId: id });
    expect(redactEvent(edited, author, session.state).payload).toHaveProperty("text");
  });

  it("refuses reactions, dots and grouping on what not everyone can see", () => {
    const { session, id } = silentStep();
    const decision = session.run(participant("p-2"), {
      type: "reaction.toggle",
      payload: { contributionId: id, reaction: "heart" },
    });
    expect(decision).toMatchObject({ ok: false, error: { code: "contribution_not_visible" } });
  });

  it("reveals with an event that carries what becomes visible to each viewer", () => {
    const { session, reflect, id } = silentStep("anonymous_to_peers");
    const before = redactState(session.state, peers);
    const [revealed] = session.must(FACILITATOR, {
      type: "step.reveal",
      payload: { stepId: reflect },
    });
    if (!revealed) throw new Error("no event");
    const forPeers = redactEvent(revealed, peers, session.state);
    expect(forPeers.payload).toEqual({
      stepId: reflect,
      disclosures: [{ id, text: "The form asks for the same thing three times", moderation: null }],
    });
    const after = evolveAll(before, [forPeers]);
    expect(getById(after.contributions, id)).toMatchObject({ text: expect.any(String) });
    expect(getById(after.contributions, id)).not.toHaveProperty("hidden");
    expect(getById(after.contributions, id)).not.toHaveProperty("author");
    // Facilitators could read it all along: their event carries nothing more.
    expect(redactEvent(revealed, facilitator, session.state).payload).toEqual({ stepId: reflect });
  });
});

describe("hiding by a facilitator", () => {
  function hidden() {
    const session = buildSession();
    const id = session.create(participant("p-1"), {
      type: "contribution.add",
      payload: { kind: "fact", text: "Per in the permit office is the bottleneck" },
    });
    const [hide] = session.must(FACILITATOR, {
      type: "contribution.hide",
      payload: { contributionId: id, reason: "Names a colleague" },
    });
    if (!hide) throw new Error("no event");
    return { session, id, hide };
  }

  it("keeps the text and the reason for facilitators and the author, the fact of it for others", () => {
    const { session, id } = hidden();
    expect(getById(redactState(session.state, facilitator).contributions, id)).toMatchObject({
      text: expect.any(String),
      moderation: { reason: "Names a colleague" },
    });
    expect(getById(redactState(session.state, author).contributions, id)).toMatchObject({
      text: expect.any(String),
      mine: true,
      moderation: { reason: "Names a colleague" },
    });
    const forPeers = getById(redactState(session.state, peers).contributions, id);
    expect(forPeers).not.toHaveProperty("text");
    expect(forPeers).not.toHaveProperty("author");
    expect(forPeers?.moderation).toEqual({ at: expect.any(String) });
  });

  it("logs the reason in the stored event, and sends it only to those who may read it", () => {
    const { session, hide } = hidden();
    expect(hide.payload).toMatchObject({ reason: "Names a colleague" });
    expect(redactEvent(hide, peers, session.state).payload).not.toHaveProperty("reason");
    expect(redactEvent(hide, author, session.state).payload).toHaveProperty("reason");
  });

  it("gives the text back to everyone when shown again", () => {
    const { session, id } = hidden();
    const peerState = redactState(session.state, peers);
    const [unhide] = session.must(FACILITATOR, {
      type: "contribution.unhide",
      payload: { contributionId: id },
    });
    if (!unhide) throw new Error("no event");
    const after = evolveAll(peerState, [redactEvent(unhide, peers, session.state)]);
    expect(getById(after.contributions, id)).toMatchObject({
      text: "Per in the permit office is the bottleneck",
      moderation: null,
    });
  });
});

describe("authorship by anonymity mode", () => {
  it.each([
    ["named", peers, true],
    ["named", facilitator, true],
    ["anonymous_to_peers", peers, false],
    ["anonymous_to_peers", wall, false],
    ["anonymous_to_peers", facilitator, true],
    ["anonymous", facilitator, false],
    ["anonymous", peers, false],
  ] as const)("%s: %o sees the author: %s", (anonymity, viewer, named) => {
    const session = buildSession({ anonymity });
    const [added] = session.must(participant("p-1"), {
      type: "contribution.add",
      payload: { kind: "fact", text: "41 days median" },
    });
    if (!added) throw new Error("no event");
    expect("author" in redactEvent(added, viewer, session.state).payload).toBe(named);
    expect(redactEvent(added, viewer, session.state).actor.id !== undefined).toBe(named);
  });

  it("names a facilitator's own contributions in every mode", () => {
    const session = buildSession({ anonymity: "anonymous" });
    const [added] = session.must(FACILITATOR, {
      type: "contribution.add",
      payload: { kind: "fact", text: "The register shows 412 permits last year" },
    });
    if (!added) throw new Error("no event");
    expect(redactEvent(added, peers, session.state).payload).toMatchObject({
      author: { kind: "facilitator", id: "user-kari" },
    });
  });
});
