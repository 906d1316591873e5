import type { Kysely } from "kysely";
import { hashToken, newToken } from "../accounts/tokens.js";
import type { Database } from "../storage/schema.js";

/*
 * One calendar feed per person. A calendar app cannot log in, so the URL carries a secret token;
 * only its SHA-256 is stored. Making a new one replaces the row, which revokes the old URL.
 */

/** A new feed token for `userId`, replacing any earlier one; the token is returned this once. */
export async function issueCalendarFeed(
  db: Kysely<Database>,
  userId: string,
  at: string,
): Promise<string> {
  const token = newToken();
  await db
    .insertInto("calendar_feeds")
    .values({ user_id: userId, token_hash: hashToken(token), created_at: at })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({ token_hash: hashToken(token), created_at: at }),
    )
    .execute();
  return token;
}

/** Whether the person has a feed: true when one was removed. */
export async function revokeCalendarFeed(db: Kysely<Database>, userId: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom("calendar_feeds")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

export async function calendarFeedCreatedAt(
  db: Kysely<Database>,
  userId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

/** The feed's owner with their language, or undefined for an unknown or revoked token. */
export async function findCalendarFeedOwner(
  db: Kysely<Database>,
  token: string,
): Promise<{ userId: string; locale: Database["users"]["locale"] } | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .innerJoin("users", "users.id", "calendar_feeds.user_id")
    .select(["users.id", "users.locale"])
    .where("calendar_feeds.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return row && { userId: row.id, locale: row.locale };
}
