import { describe, expect, it } from "vitest";
import { sessionCommandSchema } from "../session/commands.js";

const effect = {
  processId: "process-1",
  metric: "lead_time_p85",
  direction: "decrease",
  target: 20,
  targetDate: "2027-03-01",
};

function decideWith(value: unknown) {
  return sessionCommandSchema.safeParse({
    type: "proposal.decide",
    payload: { proposalId: "proposal-1", effect: value },
  });
}

describe("the effect a decision names", () => {
  it("is accepted with a process, a metric, a direction, a target and a date", () => {
    expect(decideWith(effect).success).toBe(true);
  });

  it.each([
    ["an unknown metric", { ...effect, metric: "happiness" }],
    ["an unknown direction", { ...effect, direction: "sideways" }],
    ["a negative target", { ...effect, target: -1 }],
    ["a date that is not a calendar date", { ...effect, targetDate: "next spring" }],
    ["a missing process", { ...effect, processId: undefined }],
    ["an unknown field", { ...effect, baseline: 41 }],
  ])("is refused with %s", (_, value) => {
    expect(decideWith(value).success).toBe(false);
  });
});
