import ELK, { type ElkExtendedEdge, type ElkNode } from "elkjs/lib/elk-api";
import workerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { MapEdge, MapNode, VisibleMap } from "./visible-map";

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends MapEdge {
  points: { x: number; y: number }[];
  label: { x: number; y: number; text: string } | null;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

// Text is measured by estimate, not by the DOM: the layout runs in a worker, where there is no
// DOM. 7.8 px a character at 13 px bold system-ui errs on the wide side: a little more air.
const CHAR_WIDTH = 7.8;
const NODE_HEIGHT = 60;
const MARKER_SIZE = 22;
/** Activity names wrap onto two lines of this many characters; the rest ends in an ellipsis. */
export const LINE_CHARS = 22;

let elk: InstanceType<typeof ELK> | null = null;

/**
 * Lays the map out with ELK's layered algorithm (Sugiyama: layers, few crossings, orthogonal
 * edges) in elkjs's own web worker, so a large map never blocks the page while it is placed.
 */
export async function layoutMap(
  map: VisibleMap,
  edgeText: (edge: MapEdge) => string,
): Promise<MapLayout> {
  elk ??= new ELK({ workerUrl });
  const graph: ElkNode = {
    id: "map",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.spacing.nodeNodeBetweenLayers": "48",
      "elk.spacing.nodeNode": "28",
      "elk.spacing.edgeNode": "16",
      "elk.spacing.edgeEdge": "10",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      // A long mostly-linear process (35 steps) was one column 4,000 px tall; wrapped into
      // columns it is 1,450 x 870 (measured). Wide maps are left as they are.
      "elk.layered.wrapping.strategy": "MULTI_EDGE",
      "elk.aspectRatio": "1.6",
    },
    children: map.nodes.map((node) => ({ id: node.id, ...nodeSize(node) })),
    // Edge labels are placed by us on each routed edge, not by ELK: as label nodes they made
    // the receipt map a third wider and half again as tall (measured).
    edges: map.edges.map(
      (edge): ElkExtendedEdge => ({ id: edge.id, sources: [edge.from], targets: [edge.to] }),
    ),
  };
  const placed = await elk.layout(graph);
  const byId = new Map((placed.children ?? []).map((child) => [child.id, child]));
  const edgesById = new Map((placed.edges ?? []).map((edge) => [edge.id, edge]));
  return {
    width: placed.width ?? 0,
    height: placed.height ?? 0,
    nodes: map.nodes.map((node) => {
      const box = byId.get(node.id);
      return {
        ...node,
        x: box?.x ?? 0,
        y: box?.y ?? 0,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
      };
    }),
    edges: map.edges.map((edge) => {
      const laid = edgesById.get(edge.id);
      const section = laid?.sections?.[0];
      const points = section
        ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]
        : [];
      const text = edgeText(edge);
      return { ...edge, points, label: text ? labelOn(points, text) : null };
    }),
  };
}

function nodeSize(node: MapNode): { width: number; height: number } {
  if (node.kind !== "activity") return { width: MARKER_SIZE, height: MARKER_SIZE };
  return {
    width: Math.max(
      90,
      Math.max(...nameLines(node.label).map((line) => line.length)) * CHAR_WIDTH + 20,
    ),
    height: NODE_HEIGHT,
  };
}

/** An activity name in at most two lines, broken at spaces where it can be. */
export function nameLines(name: string): string[] {
  if (name.length <= LINE_CHARS) return [name];
  const cut = name.lastIndexOf(" ", LINE_CHARS);
  const at = cut > 3 ? cut : LINE_CHARS;
  const rest = name.slice(at).trim();
  const second = rest.length > LINE_CHARS ? `${rest.slice(0, LINE_CHARS - 1)}…` : rest;
  return [name.slice(0, at).trim(), second];
}

/**
 * A label beside the longest vertical stretch of the edge (the map runs downwards, so edges
 * stacked side by side are rarer there than along the horizontal runs between columns), or the
 * longest stretch at all when the edge has no vertical one.
 */
function labelOn(points: { x: number; y: number }[], text: string) {
  let best: { x: number; y: number; score: number } | null = null;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const horizontal = Math.abs(b.y - a.y) < Math.abs(b.x - a.x);
    // Vertical stretches win over horizontal ones of up to four times their length.
    const score = Math.hypot(b.x - a.x, b.y - a.y) * (horizontal ? 0.25 : 1);
    if (!best || score > best.score) {
      // Beside the stroke, not on it: above a horizontal stretch, right of a vertical one.
      best = horizontal
        ? { x: (a.x + b.x) / 2, y: a.y - 5, score }
        : { x: a.x + 6, y: (a.y + b.y) / 2 + 4, score };
    }
  }
  return best ? { x: best.x, y: best.y, text } : null;
}
