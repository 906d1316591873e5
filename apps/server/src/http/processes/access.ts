import type { Capability } from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { findRole } from "../../accounts/organisations.js";
import { findProcessRow, type ProcessRow, processNotFound } from "../../processes/register.js";
import type { AppContext } from "../context.js";
import { requireCapability, requireLogin } from "../plugins/session.js";

/**
 * The gate of every route under /api/processes/:processId. Someone outside the organisation is
 * told the process does not exist, never that it does and is closed to them.
 */
export async function processOr404(
  request: FastifyRequest,
  ctx: AppContext,
  processId: string,
  capability: Capability,
): Promise<ProcessRow> {
  const session = requireLogin(request);
  const row = await findProcessRow(ctx.storage.db, processId);
  if (!row || !(await findRole(ctx.storage.db, row.organisation_id, session.userId))) {
    throw processNotFound();
  }
  await requireCapability(request, ctx, row.organisation_id, capability);
  return row;
}
