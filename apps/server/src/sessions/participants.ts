import type { Kysely } from "kysely";
import { hashToken, newId, newToken } from "../accounts/tokens.js";
import type { Database } from "../storage/schema.js";

/**
 * A participant's identity is a secret token their browser keeps: a reload, a new network or a
 * new tab with the same storage is the same person, with no account. Only its hash is stored.
 */
export async function createParticipant(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<{ participantId: string; token: string }> {
  const participantId = newId();
  const token = newToken();
  await db
    .insertInto("session_participants")
    .values({
      id: participantId,
      session_id: sessionId,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
    })
    .execute();
  return { participantId, token };
}

export async function findParticipantByToken(
  db: Kysely<Database>,
  sessionId: string,
  token: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("session_participants")
    .select("id")
    .where("session_id", "=", sessionId)
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return row?.id;
}
