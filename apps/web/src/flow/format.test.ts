import { describe, expect, it } from "vitest";
import { formatDays, formatDuration } from "./format";

describe("durations", () => {
  it("keeps lead-time figures in days at a precision that shows the reference figures", () => {
    expect(formatDays(0.0333, "en")).toBe("0.033");
    expect(formatDays(5.408, "en")).toBe("5.41");
    expect(formatDays(11.101, "en")).toBe("11.1");
    expect(formatDays(null, "en")).toBe("–");
  });

  it("reads short waits in minutes and hours, long ones in days", () => {
    expect(formatDuration(0.0003, "en")).toBe("< 1 min");
    expect(formatDuration(0.0333, "en")).toBe("48 min");
    expect(formatDuration(0.25, "en")).toBe("6 hr");
    expect(formatDuration(3.456, "en")).toBe("3.5 days");
    expect(formatDuration(42.4, "nb")).toBe("42 d");
  });
});
