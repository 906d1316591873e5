import { randomBytes, timingSafeEqual } from "node:crypto";
import type { PublicLink } from "@samspel/core";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

/*
 * Public read-only links of decisions (see the migration for why the token is stored as it is).
 * 96 bits of selector find the row, 192 bits of verifier are the secret: nobody guesses either.
 */

const SELECTOR_BYTES = 12;
const VERIFIER_BYTES = 24;
const part = (bytes: number) => randomBytes(bytes).toString("base64url");
// base64url of n bytes (n divisible by 3) is 4n/3 characters, without padding.
const SELECTOR_LENGTH = (SELECTOR_BYTES / 3) * 4;
const TOKEN = new RegExp(`^[A-Za-z0-9_-]{${SELECTOR_LENGTH + (VERIFIER_BYTES / 3) * 4}}$`);

const OFF: PublicLink = { token: null, enabledAt: null };

export async function findPublicLink(
  db: Kysely<Database>,
  decisionId: string,
): Promise<PublicLink> {
  const row = await db
    .selectFrom("decision_public_links")
    .select(["selector", "verifier", "enabled_at"])
    .where("decision_id", "=", decisionId)
    .executeTakeFirst();
  return row ? { token: row.selector + row.verifier, enabledAt: row.enabled_at } : OFF;
}

/** Turns the link on; a link already on stays as it is, so a shared link keeps working. */
export async function enablePublicLink(
  db: Kysely<Database>,
  decisionId: string,
  userId: string,
  now: string,
): Promise<PublicLink> {
  await db
    .insertInto("decision_public_links")
    .values({
      decision_id: decisionId,
      selector: part(SELECTOR_BYTES),
      verifier: part(VERIFIER_BYTES),
      enabled_by: userId,
      enabled_at: now,
    })
    .onConflict((conflict) => conflict.column("decision_id").doNothing())
    .execute();
  return findPublicLink(db, decisionId);
}

/** Turns the link off and forgets its token: turned on again, the decision gets a new one. */
export async function disablePublicLink(db: Kysely<Database>, decisionId: string): Promise<void> {
  await db.deleteFrom("decision_public_links").where("decision_id", "=", decisionId).execute();
}

/** The decision a token opens while its link is on; undefined for any other token. */
export async function decisionOfToken(
  db: Kysely<Database>,
  token: string,
): Promise<string | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const row = await db
    .selectFrom("decision_public_links")
    .select(["decision_id", "verifier"])
    .where("selector", "=", token.slice(0, SELECTOR_LENGTH))
    .executeTakeFirst();
  if (!row) return undefined;
  const given = Buffer.from(token.slice(SELECTOR_LENGTH));
  const stored = Buffer.from(row.verifier);
  return given.length === stored.length && timingSafeEqual(given, stored)
    ? row.decision_id
    : undefined;
}
