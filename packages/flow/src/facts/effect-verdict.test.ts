import { describe, expect, it } from "vitest";
import { effectFollowUp, type WeeklyValue } from "./effect-verdict.js";

// Ten weeks alternating 40 and 44 days: centre 42, average moving range 4, natural process
// limits 42 ± 10.64 = [31.36, 52.64], midpoints 42 ± 5.32 = [36.68, 47.32].
const BEFORE = [40, 44, 40, 44, 40, 44, 40, 44, 40, 44];
const DECIDED_ON = "2026-03-18"; // a Wednesday in the eleventh week

function weeks(after: readonly number[]): WeeklyValue[] {
  // The decision's own week (2026-03-16) sits between, at the centre line: it is not judged.
  return [...BEFORE, 42, ...after].map((value, index) => ({
    weekStart: new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10),
    value,
  }));
}

const follow = (after: readonly number[], direction: "decrease" | "increase", target = 35) =>
  effectFollowUp({ series: weeks(after), decidedOn: DECIDED_ON, direction, target });

describe("effectFollowUp (did the decision move its metric?)", () => {
  it("takes the limits from the weeks before the decision only", () => {
    const result = follow([30, 30, 30], "decrease");
    expect(result.baselineWeeks).toBe(10);
    expect(result.afterWeeks).toBe(3);
    expect(result.centre).toBe(42);
    expect(result.upperLimit).toBeCloseTo(52.64, 10);
    expect(result.lowerLimit).toBeCloseTo(31.36, 10);
  });

  it("confirms the effect on a signal in the intended direction", () => {
    const result = follow([30, 44, 40], "decrease");
    expect(result.verdict).toBe("effect_confirmed");
    expect(result.signals).toEqual([{ rule: "beyond_limits", side: "lower", from: 11, to: 11 }]);
  });

  it("confirms a shift that no single week shows: eight weeks below the centre", () => {
    expect(follow([39, 40, 41, 39, 40, 41, 39, 40], "decrease").verdict).toBe("effect_confirmed");
    expect(follow([39, 40, 41, 39, 40, 41, 39], "decrease").verdict).toBe("no_signal_yet");
  });

  it("says worse on a signal the other way", () => {
    expect(follow([55, 44], "decrease").verdict).toBe("worse");
    expect(follow([30], "increase").verdict).toBe("worse");
  });

  it("waits for a signal even when the target is met by routine variation", () => {
    const result = follow([36, 40, 36], "decrease", 38);
    expect(result.targetReached).toBe(true);
    expect(result.verdict).toBe("no_signal_yet");
  });

  it("lets the latest signal decide when the process improved and slid back", () => {
    expect(follow([30, 42, 55], "decrease").verdict).toBe("worse");
    expect(follow([55, 42, 30], "decrease").verdict).toBe("effect_confirmed");
  });

  it("judges nothing without two weeks before the decision or any week after", () => {
    const early = effectFollowUp({
      series: weeks([20, 20]).slice(9),
      decidedOn: DECIDED_ON,
      direction: "decrease",
      target: 35,
    });
    expect(early.baselineWeeks).toBe(1);
    expect(early.verdict).toBe("no_signal_yet");
    expect(early.centre).toBeNull();
    expect(follow([], "decrease")).toMatchObject({ afterWeeks: 0, verdict: "no_signal_yet" });
  });
});
