import { z } from "zod";
import { DECISION_STATUSES, type DecisionStatus } from "../api/decisions.js";
import type { ApiErrorCode } from "../api/errors.js";

/*
 * A decision's life after the session: in effect when taken; under review when someone asks
 * whether it still serves (and back in effect when the review keeps it); in the end superseded
 * by a later decision, linked both ways, or revoked with a reason. Superseded and revoked are
 * final: a decision that returns is a new decision, taken in a session.
 */

const reasonSchema = z.string().trim().min(1).max(2000);

/** POST /api/decisions/:id/status */
export const decisionStatusChangeSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("in_effect"), reason: reasonSchema.optional() }),
  z.strictObject({ status: z.literal("under_review"), reason: reasonSchema.optional() }),
  z.strictObject({ status: z.literal("superseded"), supersededBy: z.string().min(1).max(64) }),
  z.strictObject({ status: z.literal("revoked"), reason: reasonSchema }),
]);
export type DecisionStatusChange = z.infer<typeof decisionStatusChangeSchema>;

/**
 * Where a decision is still carried out: its review is held, its open actions are work to do
 * (overdue when late, in their owners' calendars) and its carried-out actions are a result. A
 * superseded or revoked decision's open actions are loose ends for their owners to close or
 * drop, not late work; actions/rules.ts builds on this, and the server's SQL restates it.
 */
export const LIVE_DECISION_STATUSES = [
  "in_effect",
  "under_review",
] as const satisfies readonly DecisionStatus[];

export function isDecisionLive(status: DecisionStatus): boolean {
  return (LIVE_DECISION_STATUSES as readonly DecisionStatus[]).includes(status);
}

const NEXT: Record<DecisionStatus, readonly DecisionStatus[]> = {
  in_effect: ["under_review", "superseded", "revoked"],
  under_review: ["in_effect", "superseded", "revoked"],
  superseded: [],
  revoked: [],
};

/** What the lifecycle needs to know of a decision. */
export interface LifecycleDecision {
  id: string;
  outcome: "decided" | "postponed";
  status: DecisionStatus;
  decidedAt: string;
  /** The decision this one replaced, if any. */
  supersedes: string | null;
}

export type LifecycleRefusal = Extract<
  ApiErrorCode,
  | "invalid_status_transition"
  | "supersede_self"
  | "superseding_decision_not_found"
  | "superseding_decision_not_later"
  | "superseding_decision_not_in_effect"
  | "superseding_decision_taken"
>;

/**
 * Whether `change` may happen to `decision`; for a supersession, `superseding` is the later
 * decision as found in the same organisation (undefined when there is none). Undefined: allowed.
 */
/** Where a decision may go from `status`: the one rule the server applies and the page offers. */
export function nextStatuses(status: DecisionStatus): readonly DecisionStatus[] {
  return NEXT[status];
}

export function refuseStatusChange(
  decision: LifecycleDecision,
  change: DecisionStatusChange,
  superseding?: LifecycleDecision,
): LifecycleRefusal | undefined {
  // A postponed proposal was never in effect, so it has no life to change.
  if (decision.outcome !== "decided") return "invalid_status_transition";
  if (!NEXT[decision.status].includes(change.status)) return "invalid_status_transition";
  if (change.status !== "superseded") return undefined;
  if (change.supersededBy === decision.id) return "supersede_self";
  if (superseding === undefined || superseding.outcome !== "decided") {
    return "superseding_decision_not_found";
  }
  // Equal times cannot order the two decisions, so "later" is strict.
  if (superseding.decidedAt <= decision.decidedAt) return "superseding_decision_not_later";
  if (!isDecisionLive(superseding.status)) {
    return "superseding_decision_not_in_effect";
  }
  // One link each way: a decision that replaced another names that one alone.
  if (superseding.supersedes !== null) return "superseding_decision_taken";
  return undefined;
}

export const decisionLifecycleSchema = z.object({
  status: z.enum(DECISION_STATUSES),
  /** Why it was revoked, put under review or kept. */
  reason: z.string().nullable(),
  changedAt: z.string().nullable(),
  supersededBy: z.string().nullable(),
  supersedes: z.string().nullable(),
});
export type DecisionLifecycle = z.infer<typeof decisionLifecycleSchema>;
