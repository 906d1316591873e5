import type {
  DecisionLifecycle,
  DecisionStatusChange,
  LifecycleDecision,
  LifecycleRefusal,
} from "@samspel/core";
import { refuseStatusChange } from "@samspel/core";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

/** A decision's place in its life, as the decision page shows it. */
export async function findLifecycle(
  db: Kysely<Database>,
  decisionId: string,
): Promise<DecisionLifecycle | undefined> {
  const row = await db
    .selectFrom("decisions")
    .select(["status", "status_reason", "status_changed_at", "superseded_by", "supersedes"])
    .where("id", "=", decisionId)
    .executeTakeFirst();
  return (
    row && {
      status: row.status,
      reason: row.status_reason,
      changedAt: row.status_changed_at,
      supersededBy: row.superseded_by,
      supersedes: row.supersedes,
    }
  );
}

async function lifecycleDecision(
  db: Kysely<Database>,
  organisationId: string,
  decisionId: string,
): Promise<LifecycleDecision | undefined> {
  const row = await db
    .selectFrom("decisions")
    .select(["id", "outcome", "status", "decided_at", "supersedes"])
    .where("id", "=", decisionId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      outcome: row.outcome,
      status: row.status,
      decidedAt: row.decided_at,
      supersedes: row.supersedes,
    }
  );
}

/**
 * Moves a decision to its next status, after core's rules allow it. No row locks: each update
 * names the state it was checked against (`where status = ...`, `where supersedes is null`), so
 * a concurrent change makes it touch no row, and the whole change is refused and rolled back.
 */
export async function changeDecisionStatus(
  db: Kysely<Database>,
  organisationId: string,
  decisionId: string,
  change: DecisionStatusChange,
  at: string,
): Promise<LifecycleRefusal | undefined> {
  return db
    .transaction()
    .execute(async (trx) => {
      const decision = await lifecycleDecision(trx, organisationId, decisionId);
      if (decision === undefined) throw new Error(`decision ${decisionId} vanished`);
      const superseding =
        change.status === "superseded"
          ? await lifecycleDecision(trx, organisationId, change.supersededBy)
          : undefined;
      const refusal = refuseStatusChange(decision, change, superseding);
      if (refusal !== undefined) return refusal;

      const updated = await trx
        .updateTable("decisions")
        .set({
          status: change.status,
          status_reason: "reason" in change ? (change.reason ?? null) : null,
          status_changed_at: at,
          superseded_by: change.status === "superseded" ? change.supersededBy : null,
        })
        .where("id", "=", decisionId)
        .where("status", "=", decision.status)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) throw new ConcurrentChange();
      if (change.status === "superseded") {
        const linked = await trx
          .updateTable("decisions")
          .set({ supersedes: decisionId })
          .where("id", "=", change.supersededBy)
          .where("supersedes", "is", null)
          .executeTakeFirst();
        if (linked.numUpdatedRows !== 1n) throw new ConcurrentChange();
      }
      return undefined;
    })
    .catch((error: unknown) => {
      if (error instanceof ConcurrentChange) return "invalid_status_transition" as const;
      throw error;
    });
}

/** Thrown inside the transaction to roll it back when another change came first. */
class ConcurrentChange extends Error {}
