import type { OpinionMapView } from "@samspel/core";

/** The SVG's own coordinates: a square, dots kept clear of the edge. */
export const MAP_SIZE = 100;
const MARGIN = 8;

export interface PlacedDot {
  id: string;
  x: number;
  y: number;
  group: number;
  name?: string;
}

/** Letters, not numbers: "group A" reads as a name, "group 0" as a rank. */
export function groupName(group: number): string {
  return String.fromCharCode(65 + group);
}

/**
 * Dots in SVG coordinates, the map fitted to the square with the same scale on both axes (so
 * distances keep their meaning). People who voted alike share a point; a small offset taken
 * from each dot's id shows them as many dots, the same offset every time so nothing jumps.
 */
export function placeDots(map: OpinionMapView): PlacedDot[] {
  const reach = Math.max(1e-9, ...map.dots.flatMap((dot) => [Math.abs(dot.x), Math.abs(dot.y)]));
  const scale = (MAP_SIZE / 2 - MARGIN) / reach;
  return map.dots.map((dot) => {
    const [dx, dy] = offsetOf(dot.id);
    return {
      id: dot.id,
      x: MAP_SIZE / 2 + dot.x * scale + dx,
      // SVG's y grows downwards; the map's upwards.
      y: MAP_SIZE / 2 - dot.y * scale + dy,
      group: dot.group,
      ...(dot.name !== undefined && { name: dot.name }),
    };
  });
}

/** Where to write each group's letter: the middle of its dots. */
export function groupCentres(
  dots: readonly PlacedDot[],
  groups: number,
): { x: number; y: number }[] {
  return Array.from({ length: groups }, (_, group) => {
    const members = dots.filter((dot) => dot.group === group);
    const n = Math.max(1, members.length);
    return {
      x: members.reduce((sum, dot) => sum + dot.x, 0) / n,
      y: members.reduce((sum, dot) => sum + dot.y, 0) / n,
    };
  });
}

/** Up to ±2.5 units on each axis, from a hash of the id. */
function offsetOf(id: string): [number, number] {
  let hash = 2_166_136_261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16_777_619);
  const a = ((hash >>> 0) % 1000) / 1000;
  const b = ((hash >>> 10) % 1000) / 1000;
  return [(a - 0.5) * 5, (b - 0.5) * 5];
}

export function percent(probability: number): number {
  return Math.round(probability * 100);
}
