import { describe, expect, it } from "vitest";
import {
  createMaterialBodySchema,
  createSessionInvitationBodySchema,
  updatePreparationBodySchema,
} from "./schemas.js";

describe("preparation wire shapes", () => {
  it("takes a member by account or an outsider by name, not both", () => {
    expect(createSessionInvitationBodySchema.safeParse({ userId: "u1" }).success).toBe(true);
    expect(
      createSessionInvitationBodySchema.parse({ name: " Kari ", email: " Kari@Example.no " }),
    ).toEqual({ name: "Kari", email: "kari@example.no", covers: [] });
    expect(
      createSessionInvitationBodySchema.safeParse({ userId: "u1", name: "Kari" }).success,
    ).toBe(false);
  });

  it("refuses a perspective named twice", () => {
    expect(
      createSessionInvitationBodySchema.safeParse({ name: "Kari", covers: ["p", "p"] }).success,
    ).toBe(false);
  });

  it("accepts only web links as link material", () => {
    const link = (url: string) =>
      createMaterialBodySchema.safeParse({ kind: "link", title: "Report", url }).success;
    expect(link("https://example.org/report.pdf")).toBe(true);
    expect(link("javascript:alert(1)")).toBe(false);
    expect(link("file:///etc/passwd")).toBe(false);
  });

  it("bounds the meeting to a working day", () => {
    const body = { purpose: "", desiredOutcome: "", startsAt: null, place: "" };
    expect(updatePreparationBodySchema.safeParse({ ...body, durationMinutes: 90 }).success).toBe(
      true,
    );
    expect(
      updatePreparationBodySchema.safeParse({ ...body, durationMinutes: 24 * 60 }).success,
    ).toBe(false);
  });
});
