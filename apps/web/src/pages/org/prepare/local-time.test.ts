import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./local-time";

describe("datetime-local values", () => {
  it("round-trip an instant through the reader's clock", () => {
    const instant = "2026-12-03T12:00:00.000Z";
    expect(fromLocalInput(toLocalInput(instant))).toBe(instant);
  });

  it("read empty and broken values as no time", () => {
    expect(toLocalInput(null)).toBe("");
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("tomorrow")).toBeNull();
  });
});
