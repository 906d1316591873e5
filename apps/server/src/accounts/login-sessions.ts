import type { Kysely } from "kysely";
import { addDays } from "../clock.js";
import type { Database } from "../storage/schema.js";
import { hashToken, newToken } from "./tokens.js";

/** A login lasts two weeks of inactivity; every use in its second week renews it. */
export const SESSION_LIFETIME_DAYS = 14;
const RENEW_WHEN_DAYS_LEFT = 7;

export interface IssuedSession {
  /** Goes into the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
  userId: string;
  csrfToken: string;
  activeOrganisationId: string | null;
}

export async function createLoginSession(
  db: Kysely<Database>,
  userId: string,
  activeOrganisationId: string | null,
  now: Date,
): Promise<IssuedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = addDays(now, SESSION_LIFETIME_DAYS);
  await db
    .insertInto("login_sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      active_organisation_id: activeOrganisationId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token, expiresAt, userId, csrfToken, activeOrganisationId };
}

export interface LoginSession {
  id: string;
  userId: string;
  csrfToken: string;
  activeOrganisationId: string | null;
  expiresAt: Date;
  /** Set when this request renewed the session: the cookie must be sent again. */
  renewed: boolean;
}

export async function findLoginSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<LoginSession | undefined> {
  const id = hashToken(token);
  const row = await db
    .selectFrom("login_sessions")
    .select(["id", "user_id", "csrf_token", "active_organisation_id", "expires_at"])
    .where("id", "=", id)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  if (!row) return undefined;
  let expiresAt = new Date(row.expires_at);
  let renewed = false;
  if (expiresAt.getTime() - now.getTime() < RENEW_WHEN_DAYS_LEFT * 86_400_000) {
    expiresAt = addDays(now, SESSION_LIFETIME_DAYS);
    renewed = true;
    await db
      .updateTable("login_sessions")
      .set({ expires_at: expiresAt.toISOString() })
      .where("id", "=", id)
      .execute();
  }
  return {
    id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    activeOrganisationId: row.active_organisation_id,
    expiresAt,
    renewed,
  };
}

export async function deleteLoginSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("login_sessions").where("id", "=", id).execute();
}

/** Expired rows are never honoured; this only keeps the table small. */
export async function deleteExpiredLoginSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom("login_sessions").where("expires_at", "<=", now.toISOString()).execute();
}

export async function setActiveOrganisation(
  db: Kysely<Database>,
  sessionId: string,
  organisationId: string | null,
): Promise<void> {
  await db
    .updateTable("login_sessions")
    .set({ active_organisation_id: organisationId })
    .where("id", "=", sessionId)
    .execute();
}
