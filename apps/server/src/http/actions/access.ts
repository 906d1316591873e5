import { type Action, calendarDay, type Role } from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { findRole } from "../../accounts/organisations.js";
import { findAction } from "../../actions/store.js";
import { AppError } from "../../errors.js";
import type { AppContext } from "../context.js";
import { requireLogin } from "../plugins/session.js";

export const actionNotFound = () => new AppError(404, "action_not_found", "No such action.");

/**
 * The action, its organisation and the caller's role there. One answer for "no such action" and
 * "not yours", as for decisions: an id tells an outsider nothing.
 */
export async function visibleAction(
  request: FastifyRequest,
  ctx: AppContext,
  actionId: string,
): Promise<{ action: Action; organisationId: string; role: Role; userId: string }> {
  const { userId } = requireLogin(request);
  const found = await findAction(ctx.storage.db, actionId);
  const role = found && (await findRole(ctx.storage.db, found.organisationId, userId));
  if (!found || !role) throw actionNotFound();
  const { organisationId, ...action } = found;
  return { action, organisationId, role, userId };
}

/** The one answer for an action whose row vanished between the check and the read. */
export async function reread(ctx: AppContext, actionId: string): Promise<Action> {
  const found = await findAction(ctx.storage.db, actionId);
  if (!found) throw actionNotFound();
  const { organisationId: _, ...action } = found;
  return action;
}

/** The owner a manager links must belong to the decision's organisation. */
export async function assertOwnerIsMember(
  ctx: AppContext,
  organisationId: string,
  ownerUserId: string,
): Promise<void> {
  if ((await findRole(ctx.storage.db, organisationId, ownerUserId)) === undefined) {
    throw new AppError(
      422,
      "owner_not_a_member",
      "The owner must be a member of the decision's organisation.",
    );
  }
}

/** Today as a calendar day in UTC: what "overdue" is measured against. */
export function today(ctx: AppContext): string {
  return calendarDay(ctx.clock.now());
}
