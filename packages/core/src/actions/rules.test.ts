import { describe, expect, it } from "vitest";
import {
  actionsCarriedOut,
  compareMyActions,
  countOpenActions,
  isOverdue,
  mayChangeActionStatus,
  mayManageActions,
  nextActionStatuses,
  pendingDueDate,
  refuseActionStatusChange,
} from "./rules.js";

describe("refuseActionStatusChange", () => {
  it("ticks an open action done, drops it with a reason, and reopens either", () => {
    expect(refuseActionStatusChange("open", { status: "done" })).toBeUndefined();
    expect(
      refuseActionStatusChange("open", { status: "dropped", reason: "Budget cut" }),
    ).toBeUndefined();
    expect(refuseActionStatusChange("done", { status: "open" })).toBeUndefined();
    expect(refuseActionStatusChange("dropped", { status: "open" })).toBeUndefined();
  });

  it("wants a reason for dropping, not just blanks", () => {
    expect(refuseActionStatusChange("open", { status: "dropped" })).toBe(
      "action_drop_needs_reason",
    );
    expect(refuseActionStatusChange("open", { status: "dropped", reason: "  " })).toBe(
      "action_drop_needs_reason",
    );
  });

  it("refuses moves that skip a reopening or change nothing", () => {
    expect(refuseActionStatusChange("open", { status: "open" })).toBe("invalid_action_transition");
    expect(refuseActionStatusChange("done", { status: "done" })).toBe("invalid_action_transition");
    expect(refuseActionStatusChange("done", { status: "dropped", reason: "x" })).toBe(
      "invalid_action_transition",
    );
    expect(refuseActionStatusChange("dropped", { status: "done" })).toBe(
      "invalid_action_transition",
    );
  });

  it("offers exactly the moves it allows", () => {
    expect(nextActionStatuses("open")).toEqual(["done", "dropped"]);
    expect(nextActionStatuses("done")).toEqual(["open"]);
  });
});

describe("who may do what with an action", () => {
  it("lets the owner and decision managers change its status, no other member", () => {
    expect(mayChangeActionStatus({ userId: "u1", role: "member" }, "u1")).toBe(true);
    expect(mayChangeActionStatus({ userId: "u2", role: "member" }, "u1")).toBe(false);
    expect(mayChangeActionStatus({ userId: "u2", role: "member" }, null)).toBe(false);
    expect(mayChangeActionStatus({ userId: "u2", role: "leader" }, "u1")).toBe(true);
    expect(mayChangeActionStatus({ userId: "u2", role: "facilitator" }, null)).toBe(true);
  });

  it("keeps assigning, adding and rescheduling for managers", () => {
    expect(mayManageActions("admin")).toBe(true);
    expect(mayManageActions("leader")).toBe(true);
    expect(mayManageActions("member")).toBe(false);
  });
});

describe("isOverdue", () => {
  const live = { decisionStatus: "in_effect" } as const;
  it("is an open action due before today", () => {
    expect(isOverdue({ ...live, status: "open", dueDate: "2026-11-01" }, "2026-11-02")).toBe(true);
    expect(isOverdue({ ...live, status: "open", dueDate: "2026-11-02" }, "2026-11-02")).toBe(false);
    expect(isOverdue({ ...live, status: "done", dueDate: "2026-11-01" }, "2026-11-02")).toBe(false);
    expect(isOverdue({ ...live, status: "open", dueDate: null }, "2026-11-02")).toBe(false);
  });

  it("counts only while the decision is in effect or under review", () => {
    const late = { status: "open", dueDate: "2026-11-01" } as const;
    expect(isOverdue({ ...late, decisionStatus: "under_review" }, "2026-11-02")).toBe(true);
    expect(isOverdue({ ...late, decisionStatus: "superseded" }, "2026-11-02")).toBe(false);
    expect(isOverdue({ ...late, decisionStatus: "revoked" }, "2026-11-02")).toBe(false);
  });
});

describe("pendingDueDate", () => {
  it("is the due day of an open, dated action of a live decision, and null otherwise", () => {
    const due = "2026-12-01";
    expect(pendingDueDate({ status: "open", dueDate: due, decisionStatus: "in_effect" })).toBe(due);
    expect(pendingDueDate({ status: "open", dueDate: null, decisionStatus: "in_effect" })).toBe(
      null,
    );
    expect(pendingDueDate({ status: "done", dueDate: due, decisionStatus: "in_effect" })).toBe(
      null,
    );
    expect(pendingDueDate({ status: "open", dueDate: due, decisionStatus: "revoked" })).toBe(null);
  });
});

describe("countOpenActions", () => {
  it("counts the open ones only", () => {
    expect(countOpenActions([])).toBe(0);
    expect(countOpenActions(["open", "done", "dropped", "open"])).toBe(2);
  });
});

describe("compareMyActions", () => {
  it("lists open actions first, soonest due first, undated last", () => {
    const actions = [
      { id: "done", status: "done" as const, dueDate: "2026-01-01" },
      { id: "undated", status: "open" as const, dueDate: null },
      { id: "later", status: "open" as const, dueDate: "2026-12-01" },
      { id: "sooner", status: "open" as const, dueDate: "2026-11-01" },
    ];
    expect([...actions].sort(compareMyActions).map((a) => a.id)).toEqual([
      "sooner",
      "later",
      "undated",
      "done",
    ]);
  });
});

describe("actionsCarriedOut", () => {
  it("needs one done action and none open; dropped ones do not hold it back", () => {
    expect(actionsCarriedOut([])).toBe(false);
    expect(actionsCarriedOut(["done", "dropped"])).toBe(true);
    expect(actionsCarriedOut(["done", "open"])).toBe(false);
    expect(actionsCarriedOut(["dropped"])).toBe(false);
  });
});
