import { type Capability, can } from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { AppError, forbidden, unauthenticated } from "../../errors.js";
import { sessionRole } from "../../sessions/facilitators.js";
import { findSession } from "../../sessions/read-model.js";
import type { AppContext } from "../context.js";

/**
 * The session behind a preparation route, for someone of its organisation who may `capability`.
 * Outsiders learn nothing from an id (404, as GET /api/sessions/:id answers); members who may
 * see sessions but not run them are told so (403).
 */
export async function sessionFor(
  request: Pick<FastifyRequest, "loginSession">,
  ctx: AppContext,
  sessionId: string,
  capability: Capability,
) {
  if (!request.loginSession) throw unauthenticated();
  const { userId } = request.loginSession;
  const row = await findSession(ctx.storage.db, sessionId);
  const role = row ? await sessionRole(ctx.storage.db, row, userId) : undefined;
  if (!row || !role || !can(role, "viewSessions")) {
    throw new AppError(404, "session_not_found", "No such session.");
  }
  if (!can(role, capability)) throw forbidden();
  return { row, userId };
}

/** The session of a route under /api/sessions/:sessionId, for one of its facilitators. */
export const asFacilitator = (
  request: Pick<FastifyRequest, "loginSession"> & { params: { sessionId: string } },
  ctx: AppContext,
) => sessionFor(request, ctx, request.params.sessionId, "runSessions");

export const limitReached = (what: string, limit: number) =>
  new AppError(409, "preparation_limit_reached", `A session can have at most ${limit} ${what}.`, {
    limit,
  });
