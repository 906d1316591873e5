import { describe, expect, it } from "vitest";
import {
  addMonths,
  certificateStatus,
  certificateValidity,
  validThroughout,
} from "./certification.js";

describe("addMonths", () => {
  it("keeps the day, or the month's last day when it is shorter", () => {
    expect(addMonths("2026-03-15", 24)).toBe("2028-03-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-12-31", 2)).toBe("2028-02-29");
  });
});

describe("certificateValidity", () => {
  it("runs for the months given, ending the day before the anniversary", () => {
    expect(certificateValidity(24, "2026-11-23")).toEqual({
      certifiedOn: "2026-11-23",
      expiresOn: "2028-11-22",
    });
  });

  it("continues from the old expiry when renewed in time, and from the day when renewed late", () => {
    const old = { certifiedOn: "2024-12-01", expiresOn: "2026-11-30" };
    expect(certificateValidity(24, "2026-11-23", old).expiresOn).toBe("2028-11-30");
    expect(certificateValidity(24, "2026-12-10", old).expiresOn).toBe("2028-12-09");
  });
});

describe("certificateStatus", () => {
  const certificate = { certifiedOn: "2026-01-01", expiresOn: "2026-12-31" };

  it("is valid, expiring within 60 days, expired after its last day", () => {
    expect(certificateStatus(certificate, "2026-06-01")).toBe("valid");
    expect(certificateStatus(certificate, "2026-11-15")).toBe("expiring");
    expect(certificateStatus(certificate, "2026-12-31")).toBe("expiring");
    expect(certificateStatus(certificate, "2027-01-01")).toBe("expired");
    expect(certificateStatus(certificate, "2025-12-31")).toBe("not_yet_valid");
  });

  it("covers a period only when valid on all of its days", () => {
    expect(validThroughout(certificate, "2026-12-30", "2026-12-31")).toBe(true);
    expect(validThroughout(certificate, "2026-12-30", "2027-01-02")).toBe(false);
  });
});
