import { randomInt } from "node:crypto";
import { PARTNERSHIP_CODE_VALID_HOURS } from "@samspel/core";
import type { Kysely } from "kysely";
import { hashToken } from "../accounts/tokens.js";
import { AppError } from "../errors.js";
import type { Database } from "../storage/schema.js";

/** The same letters partnershipCodeSchema accepts: nothing that reads as another character. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Dashes and case are how people type codes, not part of them. */
function canonical(code: string): string {
  return code.replaceAll("-", "").toUpperCase();
}

/**
 * A new code naming `organisationId` to whoever receives it. Only its hash is stored, like
 * every other token: 31^8 codes, valid for days, with nothing listed to guess from.
 */
export async function createPartnershipCode(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const letters = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const expiresAt = new Date(now.getTime() + PARTNERSHIP_CODE_VALID_HOURS * 3_600_000);
  await db
    .insertInto("partnership_codes")
    .values({
      code: hashToken(letters),
      organisation_id: organisationId,
      created_by: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { code: `${letters.slice(0, 4)}-${letters.slice(4)}`, expiresAt: expiresAt.toISOString() };
}

/** The organisation a code names, while it is valid; unknown and expired codes read alike. */
export async function organisationForCode(
  db: Kysely<Database>,
  code: string,
  now: Date,
): Promise<string> {
  const row = await db
    .selectFrom("partnership_codes")
    .select("organisation_id")
    .where("code", "=", hashToken(canonical(code)))
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  if (!row) {
    throw new AppError(
      404,
      "partnership_code_invalid",
      "That partnership code is unknown or has expired.",
    );
  }
  return row.organisation_id;
}
