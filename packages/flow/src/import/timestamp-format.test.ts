import { describe, expect, it } from "vitest";
import { detectTimestampFormat } from "./timestamp-format.js";

describe("detectTimestampFormat", () => {
  it("reads ISO timestamps with their own offsets (receipt.csv's form)", () => {
    const format = detectTimestampFormat([
      "2011-10-11 13:45:40.276000+02:00",
      "2011-12-06 13:41:31.788000+01:00",
    ]);
    expect(format?.formats).toEqual(["%Y-%m-%d %H:%M:%S.%f%z"]);
  });

  it("keeps every form seen, most frequent first", () => {
    const format = detectTimestampFormat([
      "2015-01-05 09:02:50+00:00",
      "2015-01-05 09:02:50.5+00:00",
      "2015-01-05 10:02:50+00:00",
    ]);
    expect(format?.formats).toEqual(["%Y-%m-%d %H:%M:%S%z", "%Y-%m-%d %H:%M:%S.%f%z"]);
  });

  it("reads sepsis.csv's slashes and milliseconds", () => {
    expect(detectTimestampFormat(["2014/10/22 11:15:41.000"])?.formats).toEqual([
      "%Y/%m/%d %H:%M:%S.%f",
    ]);
  });

  it("tells day-first from month-first by a value above 12", () => {
    expect(detectTimestampFormat(["03/04/2024 10:00", "25/04/2024 10:00"])?.formats).toEqual([
      "%d/%m/%Y %H:%M",
    ]);
    expect(detectTimestampFormat(["04/25/2024 10:00"])?.formats).toEqual(["%m/%d/%Y %H:%M"]);
    const ambiguous = detectTimestampFormat(["03/04/2024 10:00"]);
    expect(ambiguous?.ambiguousDayMonth).toBe(true);
    expect(ambiguous?.formats).toEqual(["%d/%m/%Y %H:%M"]);
  });

  it("reads T, Z and compact offsets", () => {
    expect(detectTimestampFormat(["2024-03-01T14:05:00Z"])?.formats).toEqual([
      "%Y-%m-%dT%H:%M:%SZ",
    ]);
    expect(detectTimestampFormat(["2024-03-01T14:05:00+0100"])?.formats).toEqual([
      "%Y-%m-%dT%H:%M:%S%z",
    ]);
  });

  it("says no to columns that are not timestamps", () => {
    expect(detectTimestampFormat(["case-1", "case-2"])).toBeNull();
    expect(detectTimestampFormat(["2024-03-01 10:00", "soon"])).toBeNull();
    expect(detectTimestampFormat(["", ""])).toBeNull();
  });
});
