import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the CSPRNG, URL-safe: session cookies, CSRF tokens, invitation links. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Tokens are stored only as their SHA-256. A fast hash is enough here: unlike passwords, the
 * tokens carry 256 bits of entropy, so there is nothing to guess.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newId(): string {
  return crypto.randomUUID();
}
