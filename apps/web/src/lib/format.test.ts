import { describe, expect, it } from "vitest";
import { formatDay } from "./format";

describe("a calendar day", () => {
  it("stays the same day in every time zone", () => {
    // Telling only where the machine's zone is west of UTC (try TZ=America/Los_Angeles): there,
    // a day read as local midnight would come out as the day before.
    expect(formatDay("2026-12-15", "en-GB")).toBe("15 Dec 2026");
    expect(formatDay("2027-01-01", "nb")).toBe("1. jan. 2027");
  });

  it("falls back to the text it was given when that is not a day", () => {
    expect(formatDay("soon", "en")).toBe("soon");
  });
});
