import type { FlowFacts } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { defaultStep, END, frequencySteps, START, visibleMap } from "./visible-map";

const edge = (from: string, to: string, count: number) => ({
  from,
  to,
  count,
  totalDays: count,
  meanDays: 1,
  medianDays: 1,
  maxDays: 2,
});
const activity = (name: string, count: number, starts: number, ends: number) => ({
  activity: name,
  count,
  starts,
  ends,
  medianServiceDays: null,
});

const dfg: FlowFacts["dfg"] = {
  timeKind: "transition",
  activities: [activity("a", 10, 10, 0), activity("b", 9, 0, 8), activity("c", 2, 0, 2)],
  edges: [edge("a", "b", 8), edge("a", "c", 2), edge("b", "b", 1)],
};

describe("visible process map", () => {
  it("shows everything at frequency 1, with start and end markers", () => {
    const map = visibleMap(dfg, 1);
    expect(map.nodes.map((node) => node.id)).toEqual([START, "a", "b", "c", END]);
    expect(map.edges.map((e) => e.id).sort()).toHaveLength(6);
    expect(map.hiddenEdges).toBe(0);
  });

  it("hides rare paths and the activities only they reach", () => {
    const map = visibleMap(dfg, 3);
    expect(map.nodes.map((node) => node.id)).toEqual([START, "a", "b", END]);
    expect(map.edges.map((e) => [e.from, e.to])).toEqual([
      ["a", "b"],
      [START, "a"],
      ["b", END],
    ]);
    expect(map).toMatchObject({ hiddenActivities: 1, hiddenEdges: 2 });
  });

  it("offers each distinct frequency as a stop and starts at few enough edges", () => {
    expect(frequencySteps(dfg)).toEqual([1, 2, 8]);
    expect(defaultStep(dfg, 2)).toBe(1);
    expect(defaultStep(dfg, 10)).toBe(0);
  });
});
