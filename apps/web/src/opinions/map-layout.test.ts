import type { OpinionMapView } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { groupCentres, groupName, MAP_SIZE, placeDots } from "./map-layout";

const MAP: OpinionMapView = {
  stepId: "s",
  seq: 1,
  computedAt: "",
  votes: 4,
  dots: [
    { id: "a", x: 2, y: 1, group: 0 },
    { id: "b", x: -2, y: -1, group: 1, name: "Kari" },
  ],
  groups: [
    { size: 1, representative: [] },
    { size: 1, representative: [] },
  ],
  commonGround: [],
  divisive: [],
};

describe("placeDots", () => {
  it("fits the map into the square, same scale on both axes, y pointing up", () => {
    const [a, b] = placeDots(MAP);
    for (const dot of [a, b]) {
      expect(dot?.x).toBeGreaterThan(0);
      expect(dot?.x).toBeLessThan(MAP_SIZE);
    }
    expect(a?.x).toBeGreaterThan(b?.x ?? 0);
    expect(a?.y).toBeLessThan(b?.y ?? 0);
    expect(b?.name).toBe("Kari");
  });

  it("places a dot in the same spot every time", () => {
    expect(placeDots(MAP)).toEqual(placeDots(MAP));
  });
});

describe("groups", () => {
  it("are named by letter and labelled at the middle of their dots", () => {
    expect([0, 1, 4].map(groupName)).toEqual(["A", "B", "E"]);
    const dots = placeDots(MAP);
    expect(groupCentres(dots, 2)[1]).toEqual({ x: dots[1]?.x, y: dots[1]?.y });
  });
});
