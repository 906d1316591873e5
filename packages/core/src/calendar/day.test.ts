import { describe, expect, it } from "vitest";
import { calendarDay } from "./day.js";

describe("calendarDay", () => {
  it("is the UTC day of the instant, whatever the local time zone", () => {
    expect(calendarDay(new Date("2026-03-01T23:59:59.999Z"))).toBe("2026-03-01");
    expect(calendarDay(new Date("2026-03-02T00:30:00+02:00"))).toBe("2026-03-01");
  });
});
