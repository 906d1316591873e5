import { timingSafeEqual } from "node:crypto";
import type {} from "@fastify/cookie";
import type { Role } from "@samspel/core";
import { type Capability, can } from "@samspel/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  findLoginSession,
  type IssuedSession,
  type LoginSession,
} from "../../accounts/login-sessions.js";
import { findRole } from "../../accounts/organisations.js";
import { AppError, unauthenticated } from "../../errors.js";
import { sessionRole } from "../../sessions/facilitators.js";
import type { AppContext } from "../context.js";

export const SESSION_COOKIE = "samspel_session";
const CSRF_HEADER = "x-csrf-token";
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyRequest {
    /** The login behind this request's cookie, if it is valid and unexpired. */
    loginSession: LoginSession | null;
  }
  interface FastifyContextConfig {
    /**
     * Routes that create a login (sign-up, log-in) run before the client can know a CSRF token.
     * They are guarded by the Origin check and SameSite cookies instead.
     */
    csrfExempt?: boolean;
  }
}

/**
 * Loads the login session from its cookie and guards cookie-authenticated writes against
 * cross-site request forgery twice over: the browser's Origin must be ours, and the request must
 * echo the session's CSRF token in a header, which a page on another site cannot read.
 */
export function registerSessions(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("loginSession", null);

  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    const unsafe = UNSAFE_METHODS.has(request.method);
    if (unsafe) assertSameOrigin(request, ctx);

    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findLoginSession(ctx.storage.db, token, ctx.clock.now());
    if (!session) {
      // A stale cookie is harmless but confusing in the browser's storage: clear it.
      clearSessionCookie(reply, ctx);
      return;
    }
    request.loginSession = session;
    if (session.renewed) setSessionCookie(reply, ctx, { token, expiresAt: session.expiresAt });

    if (unsafe && !request.routeOptions.config.csrfExempt) assertCsrfToken(request, session);
  });
}

function assertSameOrigin(request: FastifyRequest, ctx: AppContext): void {
  if (!isSameOrigin(request.headers.origin, request.headers.host, ctx.config.publicUrl)) {
    throw new AppError(
      403,
      "origin_mismatch",
      "This request came from another site and was refused.",
    );
  }
}

/**
 * Non-browser clients send no Origin; browsers always send it on cross-site writes and on
 * WebSocket handshakes. Ours is PUBLIC_URL's origin or the Host the request was sent to.
 */
export function isSameOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string | undefined,
): boolean {
  if (origin === undefined) return true;
  if (publicUrl && new URL(publicUrl).origin === origin) return true;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

function assertCsrfToken(request: FastifyRequest, session: LoginSession): void {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== "string" || sent.length === 0) {
    throw new AppError(
      403,
      "csrf_token_missing",
      `Send the CSRF token in the ${CSRF_HEADER} header.`,
    );
  }
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(sent);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new AppError(403, "csrf_token_invalid", "The CSRF token does not match this session.");
  }
}

function cookieOptions(ctx: AppContext) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: ctx.config.publicUrl?.startsWith("https://") ?? false,
  };
}

export function setSessionCookie(
  reply: FastifyReply,
  ctx: AppContext,
  session: Pick<IssuedSession, "token" | "expiresAt">,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    ...cookieOptions(ctx),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
}

export function requireLogin(request: FastifyRequest): LoginSession {
  if (!request.loginSession) throw unauthenticated();
  return request.loginSession;
}

/**
 * The gate of every organisation route: a login, a membership, and a role that has the
 * capability. Returns the caller's role for handlers that show more to some roles.
 */
export async function requireCapability(
  request: FastifyRequest,
  ctx: AppContext,
  organisationId: string,
  capability: Capability,
): Promise<{ session: LoginSession; role: Role }> {
  const session = requireLogin(request);
  return checked(
    session,
    await findRole(ctx.storage.db, organisationId, session.userId),
    capability,
  );
}

/**
 * As requireCapability, for one session: a grant for that session (a booking linked to it)
 * counts beside the role in its organisation.
 */
export async function requireSessionCapability(
  request: FastifyRequest,
  ctx: AppContext,
  sessionRow: { id: string; organisation_id: string },
  capability: Capability,
): Promise<{ session: LoginSession; role: Role }> {
  const session = requireLogin(request);
  return checked(
    session,
    await sessionRole(ctx.storage.db, sessionRow, session.userId),
    capability,
  );
}

function checked(session: LoginSession, role: Role | undefined, capability: Capability) {
  if (!role) {
    throw new AppError(403, "not_a_member", "You are not a member of this organisation.");
  }
  if (!can(role, capability)) {
    throw new AppError(403, "forbidden", "Your role in this organisation does not allow this.");
  }
  return { session, role };
}
