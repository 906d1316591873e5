import { describe, expect, it } from "vitest";
import {
  isDecisionLive,
  type LifecycleDecision,
  nextStatuses,
  refuseStatusChange,
} from "./lifecycle.js";

const decision = (overrides: Partial<LifecycleDecision> = {}): LifecycleDecision => ({
  id: "old",
  outcome: "decided",
  status: "in_effect",
  decidedAt: "2026-01-01T10:00:00.000Z",
  supersedes: null,
  ...overrides,
});
const later = (overrides: Partial<LifecycleDecision> = {}) =>
  decision({ id: "new", decidedAt: "2026-06-01T10:00:00.000Z", ...overrides });

describe("refuseStatusChange", () => {
  it("lets a decision go under review, back in effect, and end revoked", () => {
    expect(refuseStatusChange(decision(), { status: "under_review" })).toBeUndefined();
    expect(
      refuseStatusChange(decision({ status: "under_review" }), { status: "in_effect" }),
    ).toBeUndefined();
    expect(
      refuseStatusChange(decision({ status: "under_review" }), { status: "revoked", reason: "x" }),
    ).toBeUndefined();
  });

  it("offers the page exactly the moves the rules allow", () => {
    expect(nextStatuses("in_effect")).toEqual(["under_review", "superseded", "revoked"]);
    expect(nextStatuses("revoked")).toEqual([]);
    for (const status of nextStatuses("under_review")) {
      const change =
        status === "superseded"
          ? { status, supersededBy: "new" }
          : status === "revoked"
            ? { status, reason: "x" }
            : { status };
      expect(
        refuseStatusChange(decision({ status: "under_review" }), change, later()),
      ).toBeUndefined();
    }
  });

  it("keeps superseded and revoked final, and postponed proposals out", () => {
    for (const status of ["superseded", "revoked"] as const) {
      expect(refuseStatusChange(decision({ status }), { status: "in_effect" })).toBe(
        "invalid_status_transition",
      );
    }
    expect(refuseStatusChange(decision(), { status: "in_effect" })).toBe(
      "invalid_status_transition",
    );
    expect(refuseStatusChange(decision({ outcome: "postponed" }), { status: "under_review" })).toBe(
      "invalid_status_transition",
    );
  });

  it("supersedes only by another, later decision that is in effect and replaces nothing yet", () => {
    const supersede = (by: LifecycleDecision | undefined, id = by?.id ?? "gone") =>
      refuseStatusChange(decision(), { status: "superseded", supersededBy: id }, by);
    expect(supersede(later())).toBeUndefined();
    expect(supersede(decision(), "old")).toBe("supersede_self");
    expect(supersede(undefined)).toBe("superseding_decision_not_found");
    expect(supersede(later({ outcome: "postponed" }))).toBe("superseding_decision_not_found");
    expect(supersede(later({ decidedAt: "2026-01-01T10:00:00.000Z" }))).toBe(
      "superseding_decision_not_later",
    );
    expect(supersede(later({ status: "revoked" }))).toBe("superseding_decision_not_in_effect");
    expect(supersede(later({ supersedes: "another" }))).toBe("superseding_decision_taken");
  });
});

describe("isDecisionLive", () => {
  it("holds while a decision is in effect or under review, and not once it has ended", () => {
    expect(isDecisionLive("in_effect")).toBe(true);
    expect(isDecisionLive("under_review")).toBe(true);
    expect(isDecisionLive("superseded")).toBe(false);
    expect(isDecisionLive("revoked")).toBe(false);
  });
});
