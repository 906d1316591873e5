import { describe, expect, it } from "vitest";
import { participant, withOpinionMap } from "../session/testing/harness.js";
import {
  alignOpinionMap,
  type ComputedOpinionMap,
  type OpinionMapView,
  presentOpinionMap,
  redactOpinionMap,
} from "./map.js";

const COMPUTED: ComputedOpinionMap = {
  stepId: "step",
  seq: 9,
  computedAt: "2026-11-24T09:00:00.000Z",
  votes: 6,
  participants: ["p-1", "p-2", "p-3"],
  statements: ["s-1", "s-2"],
  projection: [1, 2, 3, 4, -5, -6],
  groupOf: [0, 0, 1],
  k: 2,
  representative: [[{ statement: 1, repfulFor: "agree", probability: 0.8 }], []],
  commonGround: [{ statement: 0, agreeByGroup: [0.9, 0.7] }],
  divisive: [{ statement: 1, agreeByGroup: [0.8, 0.1], disagreeByGroup: [0.1, 0.8] }],
};

describe("presentOpinionMap", () => {
  it("keys dots by the opaque id, names statements, and counts groups", () => {
    const [session] = withOpinionMap({ anonymity: "named" });
    const view = presentOpinionMap(COMPUTED, session.state, (id) => `dot-${id.length}${id}`);
    expect(view.dots[0]).toEqual({ id: "dot-3p-1", x: 1, y: 2, group: 0 });
    expect(view.groups.map((g) => g.size)).toEqual([2, 1]);
    expect(view.groups[0]?.representative).toEqual([
      { statementId: "s-2", side: "agree", probability: 0.8 },
    ]);
    expect(view.commonGround).toEqual([{ statementId: "s-1", agreeByGroup: [0.9, 0.7] }]);
  });

  it("names a dot only in a named session, and only for who chose it", () => {
    for (const anonymity of ["named", "anonymous_to_peers"] as const) {
      const [session] = withOpinionMap({ anonymity });
      if (anonymity === "named") {
        session.must(participant("p-2"), { type: "opinion.show_name", payload: { shown: true } });
      }
      const view = presentOpinionMap(COMPUTED, session.state, (id) => id.toUpperCase());
      const names = view.dots.map((dot) => dot.name);
      expect(names).toEqual(
        anonymity === "named"
          ? [undefined, "Name p-2", undefined]
          : [undefined, undefined, undefined],
      );
    }
  });
});

describe("redactOpinionMap", () => {
  it("gives phones the groups and statements without the dots, the room's screens all of it", () => {
    const [session] = withOpinionMap();
    const view = presentOpinionMap(COMPUTED, session.state, (id) => id.toUpperCase());
    const phone = redactOpinionMap(view, { class: "participant", participantId: "p-1" });
    expect(phone.dots).toEqual([]);
    expect(phone.groups).toEqual(view.groups);
    expect(redactOpinionMap(view, { class: "observer" })).toBe(view);
    expect(redactOpinionMap(view, { class: "facilitator" })).toBe(view);
  });
});

describe("alignOpinionMap", () => {
  const view = (dots: [string, number, number, number][], k: number): OpinionMapView => ({
    stepId: "step",
    seq: 1,
    computedAt: "",
    votes: 0,
    dots: dots.map(([id, x, y, group]) => ({ id, x, y, group })),
    groups: Array.from({ length: k }, (_, i) => ({ size: i, representative: [] })),
    commonGround: [{ statementId: "s", agreeByGroup: Array.from({ length: k }, (_, i) => i / 10) }],
    divisive: [],
  });

  it("flips an axis that flipped, and keeps each group's number with its dots", () => {
    const before = view(
      [
        ["a", 1, 1, 0],
        ["b", 2, 1, 0],
        ["c", -1, -1, 1],
      ],
      2,
    );
    const after = view(
      [
        ["a", -1, 1, 1],
        ["b", -2, 1, 1],
        ["c", 1, -1, 0],
      ],
      2,
    );
    const aligned = alignOpinionMap(before, after);
    expect(aligned.dots).toEqual([
      { id: "a", x: 1, y: 1, group: 0 },
      { id: "b", x: 2, y: 1, group: 0 },
      { id: "c", x: -1, y: -1, group: 1 },
    ]);
    expect(aligned.groups.map((g) => g.size)).toEqual([1, 0]);
    expect(aligned.commonGround[0]?.agreeByGroup).toEqual([0.1, 0]);
  });

  it("leaves a first map, or another step's, as it is", () => {
    const next = view([["a", -1, 1, 1]], 2);
    expect(alignOpinionMap(undefined, next)).toBe(next);
    expect(alignOpinionMap({ ...next, stepId: "other" }, next)).toBe(next);
  });

  it("finds each dot's previous place when participants joined in between", () => {
    const before = view(
      [
        ["b", 2, 1, 0],
        ["c", -1, -1, 1],
      ],
      2,
    );
    // "a" sorts first, so every dot after it sits one place later than before.
    const after = view(
      [
        ["a", 0, 0, 0],
        ["b", -2, 1, 1],
        ["c", 1, -1, 0],
      ],
      2,
    );
    expect(alignOpinionMap(before, after).dots).toEqual([
      { id: "a", x: -0, y: 0, group: 1 },
      { id: "b", x: 2, y: 1, group: 0 },
      { id: "c", x: -1, y: -1, group: 1 },
    ]);
  });

  it("returns a map that kept its axes and group numbers unchanged", () => {
    const before = view(
      [
        ["a", 1, 1, 0],
        ["b", -1, -1, 1],
      ],
      2,
    );
    const after = view(
      [
        ["a", 2, 1, 0],
        ["b", -2, -1, 1],
      ],
      2,
    );
    expect(alignOpinionMap(before, after)).toBe(after);
  });
});
