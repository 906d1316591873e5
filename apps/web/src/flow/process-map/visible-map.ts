import type { FlowFacts } from "@samspel/core";

type Dfg = FlowFacts["dfg"];

export const START = "\u0000start";
export const END = "\u0000end";

export interface MapNode {
  id: string;
  label: string;
  count: number;
  kind: "activity" | "start" | "end";
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  count: number;
  medianDays: number | null;
}

export interface VisibleMap {
  nodes: MapNode[];
  edges: MapEdge[];
  hiddenActivities: number;
  hiddenEdges: number;
}

/**
 * The part of the directly-follows graph followed at least `minCount` times: edges below it are
 * hidden, and so are activities that no visible edge touches. Start and end
 * markers lead in and out, so where cases begin and finish reads at a glance (as in Disco).
 */
export function visibleMap(dfg: Dfg, minCount: number): VisibleMap {
  const edges: MapEdge[] = dfg.edges
    .filter((edge) => edge.count >= minCount)
    .map((edge) => ({
      id: `${edge.from}\u0001${edge.to}`,
      from: edge.from,
      to: edge.to,
      count: edge.count,
      medianDays: edge.medianDays,
    }));
  for (const activity of dfg.activities) {
    if (activity.starts >= minCount) {
      edges.push({
        id: `start\u0001${activity.activity}`,
        from: START,
        to: activity.activity,
        count: activity.starts,
        medianDays: null,
      });
    }
    if (activity.ends >= minCount) {
      edges.push({
        id: `${activity.activity}\u0001end`,
        from: activity.activity,
        to: END,
        count: activity.ends,
        medianDays: null,
      });
    }
  }
  const touched = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  // An activity whose every path is hidden would float unconnected: it goes with them.
  const activities = dfg.activities.filter((activity) => touched.has(activity.activity));
  const cases = dfg.activities.reduce((sum, activity) => sum + activity.starts, 0);
  const nodes: MapNode[] = [
    { id: START, label: "", count: cases, kind: "start" },
    ...activities.map((activity) => ({
      id: activity.activity,
      label: activity.activity,
      count: activity.count,
      kind: "activity" as const,
    })),
    {
      id: END,
      label: "",
      count: dfg.activities.reduce((sum, activity) => sum + activity.ends, 0),
      kind: "end",
    },
  ];
  return {
    nodes,
    edges,
    hiddenActivities: dfg.activities.length - activities.length,
    hiddenEdges: dfg.edges.filter((edge) => edge.count < minCount).length,
  };
}

/** The distinct edge frequencies, ascending: the slider's stops. */
export function frequencySteps(dfg: Dfg): number[] {
  return [...new Set([1, ...dfg.edges.map((edge) => edge.count)])].sort((a, b) => a - b);
}

/**
 * The first stop at which at most `maxEdges` edges remain: a 30-activity log with 200 edges is
 * a hairball at full detail, and a person starts from the main paths and adds detail.
 */
export function defaultStep(dfg: Dfg, maxEdges = 45): number {
  const steps = frequencySteps(dfg);
  const index = steps.findIndex(
    (step) => dfg.edges.filter((edge) => edge.count >= step).length <= maxEdges,
  );
  return index === -1 ? steps.length - 1 : index;
}
