import { can, type DecisionRecord, type Role } from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { findRole } from "../../accounts/organisations.js";
import { findDecision } from "../../decisions/read-model.js";
import { AppError } from "../../errors.js";
import type { AppContext } from "../context.js";
import { requireLogin } from "../plugins/session.js";

export const decisionNotFound = () => new AppError(404, "decision_not_found", "No such decision.");

/**
 * The decision, its organisation and the caller's role in it, for every route about one
 * decision. One answer for "no such decision" and "not yours", so that an id tells an outsider
 * nothing about whether it exists.
 */
export async function visibleDecision(
  request: FastifyRequest,
  ctx: AppContext,
  decisionId: string,
): Promise<{ record: DecisionRecord; organisationId: string; role: Role }> {
  const { userId } = requireLogin(request);
  const decision = await findDecision(ctx.storage.db, decisionId);
  const role = decision && (await findRole(ctx.storage.db, decision.organisationId, userId));
  if (!decision || !role || !can(role, "viewDecisions")) throw decisionNotFound();
  return { record: decision.record, organisationId: decision.organisationId, role };
}
