import { describe, expect, it } from "vitest";
import { evaluateCompletion } from "./completion.js";

const rule = { minAttendancePercent: 80, minPracticeCount: 2 };

describe("evaluateCompletion", () => {
  it("completes with enough attendance and practice", () => {
    const progress = evaluateCompletion({ gatherings: 5, attended: 4, practiceCount: 2 }, rule);
    expect(progress).toMatchObject({ attendancePercent: 80, complete: true });
  });

  it("rounds attendance down, so just under the rule does not pass", () => {
    const progress = evaluateCompletion(
      { gatherings: 6, attended: 4, practiceCount: 3 },
      {
        minAttendancePercent: 67,
        minPracticeCount: 0,
      },
    );
    expect(progress).toMatchObject({
      attendancePercent: 66,
      attendanceMet: false,
      complete: false,
    });
  });

  it("names which part is missing", () => {
    expect(
      evaluateCompletion({ gatherings: 5, attended: 5, practiceCount: 1 }, rule),
    ).toMatchObject({
      attendanceMet: true,
      practiceMet: false,
      complete: false,
    });
  });

  it("does not complete anyone on attendance before any gathering was held", () => {
    expect(
      evaluateCompletion({ gatherings: 0, attended: 0, practiceCount: 5 }, rule).complete,
    ).toBe(false);
    expect(
      evaluateCompletion(
        { gatherings: 0, attended: 0, practiceCount: 0 },
        { minAttendancePercent: 0, minPracticeCount: 0 },
      ).complete,
    ).toBe(true);
  });
});
