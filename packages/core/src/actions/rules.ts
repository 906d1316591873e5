import { can, type Role } from "../accounts/roles.js";
import type { DecisionStatus } from "../api/decisions.js";
import type { ApiErrorCode } from "../api/errors.js";
import { isDecisionLive } from "../consent/lifecycle.js";

/*
 * An action a decision gave someone: open until it is done, or dropped with a reason the group
 * can read later. Done and dropped are not final: an action ticked off too early, or dropped and
 * then needed after all, is reopened rather than added again, so its comments stay with it.
 */

export const ACTION_STATUSES = ["open", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type ActionStatusChange =
  | { status: "open" }
  | { status: "done" }
  | { status: "dropped"; reason?: string | undefined };

export type ActionRefusal = Extract<
  ApiErrorCode,
  "invalid_action_transition" | "action_drop_needs_reason"
>;

const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  open: ["done", "dropped"],
  done: ["open"],
  dropped: ["open"],
};

/** Where an action may go from `status`: the rule the server applies and the page offers. */
export function nextActionStatuses(status: ActionStatus): readonly ActionStatus[] {
  return NEXT[status];
}

/** Why `change` may not happen to an action in `status`; undefined when it may. */
export function refuseActionStatusChange(
  status: ActionStatus,
  change: ActionStatusChange,
): ActionRefusal | undefined {
  if (!NEXT[status].includes(change.status)) return "invalid_action_transition";
  // Whoever reads the decision later must learn why a promised action did not happen.
  if (change.status === "dropped" && !change.reason?.trim()) return "action_drop_needs_reason";
  return undefined;
}

/** Who the action is linked to and who asks: the owner answers for it, managers for all. */
export interface ActionActor {
  userId: string;
  role: Role;
}

/** The owner ticks off or drops their own action; decision managers any action. */
export function mayChangeActionStatus(actor: ActionActor, ownerUserId: string | null): boolean {
  return ownerUserId === actor.userId || can(actor.role, "manageDecisions");
}

/**
 * Linking an owner to a member, adding an action after the meeting and moving its due date
 * change what the group agreed, so they are for those who answer for decisions.
 */
export function mayManageActions(role: Role): boolean {
  return can(role, "manageDecisions");
}

/*
 * The server's lists restate the rules below in SQL, to filter and bound in the database
 * (apps/server/src/actions/lists.ts and calendar.ts, decisions/celebrations.ts and search.ts);
 * a change here fails apps/server/src/actions/core-rules-in-sql.test.ts until the SQL follows.
 */

/** An action with what the follow-up rules need of its decision. */
export interface FollowedUpAction {
  status: ActionStatus;
  dueDate: string | null;
  decisionStatus: DecisionStatus;
}

/**
 * The day an action falls due while it is still work to do: open, dated, and its decision in
 * effect or under review. Null otherwise: an undated or closed action has no due day, and one
 * whose decision was superseded or revoked is a loose end to close or drop, not late work. This
 * is the day in its owner's calendar, and what makes it overdue.
 */
export function pendingDueDate(action: FollowedUpAction): string | null {
  if (action.status !== "open" || !isDecisionLive(action.decisionStatus)) return null;
  return action.dueDate;
}

/** A pending action whose due day has passed; `today` is a calendar day, YYYY-MM-DD. */
export function isOverdue(action: FollowedUpAction, today: string): boolean {
  const due = pendingDueDate(action);
  return due !== null && due < today;
}

/**
 * How many of a decision's actions are open, whatever the decision's life: the register shows
 * and filters by it beside its own status filter, so the loose ends of a revoked decision can
 * be found to close or drop.
 */
export function countOpenActions(statuses: readonly ActionStatus[]): number {
  return statuses.filter((status) => status === "open").length;
}

/**
 * The order of a person's list: open ones first, soonest due first, undated last; then the
 * closed ones, the same way. Ties keep the decision's own order.
 */
export function compareMyActions(
  a: { status: ActionStatus; dueDate: string | null },
  b: { status: ActionStatus; dueDate: string | null },
): number {
  const openFirst = Number(a.status !== "open") - Number(b.status !== "open");
  if (openFirst !== 0) return openFirst;
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/**
 * Whether a decision's actions are carried out: at least one, none still open. A dropped action
 * does not hold the result back: the group decided it was no longer needed.
 */
export function actionsCarriedOut(statuses: readonly ActionStatus[]): boolean {
  return countOpenActions(statuses) === 0 && statuses.includes("done");
}
