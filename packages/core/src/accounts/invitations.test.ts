import { describe, expect, it } from "vitest";
import { type InvitationDates, invitationStatus } from "./invitations.js";

const expiresAt = "2026-11-30T09:00:00.000Z";
const before = new Date("2026-11-30T08:59:59.999Z");
const atExpiry = new Date(expiresAt);
const after = new Date("2026-12-01T00:00:00.000Z");

function dates(overrides: Partial<InvitationDates> = {}): InvitationDates {
  return { acceptedAt: null, revokedAt: null, expiresAt, ...overrides };
}

describe("invitationStatus", () => {
  it("is pending until the last millisecond before expiry", () => {
    expect(invitationStatus(dates(), before)).toBe("pending");
  });

  it("is expired at the exact expiry instant, not a millisecond later", () => {
    expect(invitationStatus(dates(), atExpiry)).toBe("expired");
    expect(invitationStatus(dates(), after)).toBe("expired");
  });

  it("is accepted after expiry: what happened beats what could have", () => {
    const accepted = dates({ acceptedAt: "2026-11-24T10:00:00.000Z" });
    expect(invitationStatus(accepted, before)).toBe("accepted");
    expect(invitationStatus(accepted, after)).toBe("accepted");
  });

  it("is revoked, before and after expiry", () => {
    const revoked = dates({ revokedAt: "2026-11-24T10:00:00.000Z" });
    expect(invitationStatus(revoked, before)).toBe("revoked");
    expect(invitationStatus(revoked, after)).toBe("revoked");
  });

  it("ranks accepted above revoked", () => {
    const both = dates({
      acceptedAt: "2026-11-24T10:00:00.000Z",
      revokedAt: "2026-11-25T10:00:00.000Z",
    });
    expect(invitationStatus(both, before)).toBe("accepted");
  });
});
