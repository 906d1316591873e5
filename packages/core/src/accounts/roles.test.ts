import { describe, expect, it } from "vitest";
import { type Capability, can, ROLES, type Role, wouldLeaveNoAdmin } from "./roles.js";

describe("can", () => {
  // The whole policy, written out by hand: a change to roles.ts must change this table too.
  const policy: Record<Capability, readonly Role[]> = {
    viewOrganisation: ["admin", "facilitator", "leader", "coordinator", "member"],
    viewMembers: ["admin", "facilitator", "leader", "coordinator", "member"],
    renameOrganisation: ["admin"],
    manageMembers: ["admin"],
    inviteMembers: ["admin"],
    viewProcesses: ["admin", "facilitator", "leader", "coordinator", "member"],
    manageProcesses: ["admin", "facilitator", "leader"],
    viewSessions: ["admin", "facilitator", "leader", "coordinator", "member"],
    runSessions: ["admin", "facilitator"],
    viewDecisions: ["admin", "facilitator", "leader", "coordinator", "member"],
    manageDecisions: ["admin", "facilitator", "leader"],
    viewMethods: ["admin", "facilitator", "leader", "coordinator", "member"],
    manageMethods: ["admin", "facilitator"],
    manageTraining: ["admin", "coordinator"],
  };
  const cases = Object.entries(policy).flatMap(([capability, allowed]) =>
    ROLES.map((role) => ({
      role,
      capability: capability as Capability,
      expected: allowed.includes(role),
    })),
  );

  it.each(cases)("$role may $capability: $expected", ({ role, capability, expected }) => {
    expect(can(role, capability)).toBe(expected);
  });

  it("lists the roles from most to least authority", () => {
    expect(ROLES).toEqual(["admin", "facilitator", "leader", "coordinator", "member"]);
  });
});

describe("wouldLeaveNoAdmin", () => {
  it.each([
    { adminCount: 1, currentRole: "admin", nextRole: "member", expected: true },
    { adminCount: 1, currentRole: "admin", nextRole: "facilitator", expected: true },
    { adminCount: 1, currentRole: "admin", nextRole: null, expected: true },
    { adminCount: 1, currentRole: "admin", nextRole: "admin", expected: false },
    { adminCount: 2, currentRole: "admin", nextRole: "member", expected: false },
    { adminCount: 2, currentRole: "admin", nextRole: null, expected: false },
    { adminCount: 1, currentRole: "member", nextRole: null, expected: false },
    { adminCount: 1, currentRole: "leader", nextRole: "member", expected: false },
    { adminCount: 1, currentRole: "member", nextRole: "admin", expected: false },
  ] as const)(
    "$adminCount admin(s), $currentRole -> $nextRole: $expected",
    ({ adminCount, currentRole, nextRole, expected }) => {
      expect(wouldLeaveNoAdmin(adminCount, currentRole, nextRole)).toBe(expected);
    },
  );
});
