import { describe, expect, it } from "vitest";
import { effectOf, emptyEffect } from "./effect-row";

describe("the decide form's effect to follow up", () => {
  it("is no effect until a process is chosen", () => {
    expect(effectOf(emptyEffect())).toBeUndefined();
  });

  it("needs a target and a date once a process is chosen", () => {
    const chosen = { ...emptyEffect(), processId: "p-1" };
    expect(effectOf(chosen)).toBe("incomplete");
    expect(effectOf({ ...chosen, target: "30", targetDate: "" })).toBe("incomplete");
    expect(effectOf({ ...chosen, target: "-2", targetDate: "2027-03-01" })).toBe("incomplete");
  });

  it("reads a decimal comma as typed in nb, sv and nl", () => {
    expect(
      effectOf({ ...emptyEffect(), processId: "p-1", target: "12,5", targetDate: "2027-03-01" }),
    ).toEqual({
      processId: "p-1",
      metric: "lead_time_median",
      direction: "decrease",
      target: 12.5,
      targetDate: "2027-03-01",
    });
  });
});
