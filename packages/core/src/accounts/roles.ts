/**
 * Organisation roles, from most to least authority. A user holds one role per organisation;
 * inter-municipal work means the same person is often admin in one and member in another.
 * A coordinator runs the organisation's training programmes and facilitator pool (docs/training.md)
 * and otherwise sees what a member sees.
 */
export const ROLES = ["admin", "facilitator", "leader", "coordinator", "member"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a role may do inside its organisation. Kept as one table so that every route asks the
 * same question the same way, and a reviewer sees the whole policy at a glance.
 */
const CAPABILITIES = {
  viewOrganisation: ["admin", "facilitator", "leader", "coordinator", "member"],
  viewMembers: ["admin", "facilitator", "leader", "coordinator", "member"],
  renameOrganisation: ["admin"],
  manageMembers: ["admin"],
  inviteMembers: ["admin"],
  viewProcesses: ["admin", "facilitator", "leader", "coordinator", "member"],
  // Leaders own processes (PRODUCT.md); facilitators prepare the facts a session shares.
  manageProcesses: ["admin", "facilitator", "leader"],
  viewSessions: ["admin", "facilitator", "leader", "coordinator", "member"],
  runSessions: ["admin", "facilitator"],
  viewDecisions: ["admin", "facilitator", "leader", "coordinator", "member"],
  // Putting a decision under review, superseding or revoking it: those who run the sessions that
  // take decisions, and the leaders who answer for them.
  manageDecisions: ["admin", "facilitator", "leader"],
  viewMethods: ["admin", "facilitator", "leader", "coordinator", "member"],
  // Those who design sessions write the organisation's own methods (issue 7).
  manageMethods: ["admin", "facilitator"],
  // Training programmes, cohorts, certification and the facilitator pool (docs/training.md).
  manageTraining: ["admin", "coordinator"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

/**
 * An organisation must always keep at least one admin, or nobody could invite or manage its
 * members again. Returns true when changing `currentRole` to `nextRole` (or removing the member,
 * `nextRole` null) would leave it without one.
 */
export function wouldLeaveNoAdmin(
  adminCount: number,
  currentRole: Role,
  nextRole: Role | null,
): boolean {
  return currentRole === "admin" && nextRole !== "admin" && adminCount <= 1;
}
