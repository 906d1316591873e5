import type {} from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { AppError } from "../../errors.js";

/**
 * Throttles on the routes that take guesses. Per address, to slow one machine trying many
 * accounts; per account, to slow many machines trying one account. With Redis configured the
 * counts are shared by every instance (see app.ts), otherwise they live in this process.
 */
export interface RateLimits {
  loginPerAddress: preHandlerAsyncHookHandler;
  loginPerAccount: preHandlerAsyncHookHandler;
  signupPerAddress: preHandlerAsyncHookHandler;
  invitationPerAddress: preHandlerAsyncHookHandler;
  joinPerAddress: preHandlerAsyncHookHandler;
}

export interface RateLimitSettings {
  loginPerAddress: number;
  loginPerAccount: number;
  signupPerAddress: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  loginPerAddress: 30,
  loginPerAccount: 10,
  signupPerAddress: 20,
  windowMs: 15 * 60_000,
};

const JOINS_PER_ADDRESS = 10_000;

export function createRateLimits(app: FastifyInstance, settings: RateLimitSettings): RateLimits {
  // createRateLimit, not rateLimit: the plugin's ready-made hook runs once per request, so a
  // second limit on the same route would silently never count.
  const limit = (name: string, max: number, key: (request: FastifyRequest) => string) => {
    const check = app.createRateLimit({
      max,
      timeWindow: settings.windowMs,
      keyGenerator: (request) => `${name}:${key(request)}`,
    });
    const handler: preHandlerAsyncHookHandler = async (request) => {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) {
        throw new AppError(429, "rate_limited", "Too many attempts. Wait a little and try again.", {
          retryAfterSeconds: Math.max(1, result.ttlInSeconds),
        });
      }
    };
    return handler;
  };

  return {
    loginPerAddress: limit("login-ip", settings.loginPerAddress, (request) => request.ip),
    loginPerAccount: limit("login-account", settings.loginPerAccount, (request) =>
      emailOf(request.body),
    ),
    signupPerAddress: limit("signup-ip", settings.signupPerAddress, (request) => request.ip),
    invitationPerAddress: limit("invitation-ip", settings.loginPerAddress, (request) => request.ip),
    // A town hall joins from behind one NAT: thousands of people may share an address. The limit
    // only slows someone scripting joins; codes themselves are not secrets worth guessing.
    joinPerAddress: limit("join-ip", JOINS_PER_ADDRESS, (request) => request.ip),
  };
}

function emailOf(body: unknown): string {
  // Runs after validation, so the address is already trimmed and lower-cased.
  if (typeof body === "object" && body !== null && "email" in body) return String(body.email);
  return "";
}
