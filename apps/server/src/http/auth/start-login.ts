import type { Locale } from "@samspel/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { createLoginSession, type IssuedSession } from "../../accounts/login-sessions.js";
import type { Database } from "../../storage/schema.js";
import { acceptedLocale } from "../accept-language.js";
import type { AppContext } from "../context.js";
import { setSessionCookie } from "../plugins/session.js";

/**
 * Issues a fresh login session inside the caller's transaction (a new token on every login, so a
 * token planted before login is worthless after it) and sets its cookie. The caller builds the
 * Me answer after commit, from what this returns.
 */
export async function startLogin(
  ctx: AppContext,
  db: Kysely<Database>,
  reply: FastifyReply,
  userId: string,
  activeOrganisationId: string | null,
): Promise<IssuedSession> {
  const issued = await createLoginSession(db, userId, activeOrganisationId, ctx.clock.now());
  setSessionCookie(reply, ctx, issued);
  return issued;
}

/** The language a new account starts in: what the client says, else what the browser asks for. */
export function initialLocale(request: FastifyRequest, chosen: Locale | undefined): Locale {
  return chosen ?? acceptedLocale(request) ?? "en";
}
