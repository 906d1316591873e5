import {
  INVITATION_LIFETIME_DAYS,
  type Invitation,
  invitationStatus,
  type Role,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { addDays } from "../clock.js";
import type { Database } from "../storage/schema.js";
import { hashToken, newId, newToken } from "./tokens.js";

export async function createInvitation(
  db: Kysely<Database>,
  invitation: { organisationId: string; email: string; role: Role; invitedBy: string },
  now: Date,
): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = newToken();
  await db
    .insertInto("invitations")
    .values({
      id,
      organisation_id: invitation.organisationId,
      email: invitation.email,
      role: invitation.role,
      token_hash: hashToken(token),
      invited_by: invitation.invitedBy,
      created_at: now.toISOString(),
      expires_at: addDays(now, INVITATION_LIFETIME_DAYS).toISOString(),
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}

function selectInvitations(db: Kysely<Database>) {
  return db
    .selectFrom("invitations")
    .innerJoin("users as inviter", "inviter.id", "invitations.invited_by")
    .innerJoin("organisations", "organisations.id", "invitations.organisation_id")
    .select([
      "invitations.id as id",
      "invitations.organisation_id as organisationId",
      "organisations.name as organisationName",
      "invitations.email as email",
      "invitations.role as role",
      "inviter.display_name as invitedByName",
      "invitations.created_at as createdAt",
      "invitations.expires_at as expiresAt",
      "invitations.accepted_at as acceptedAt",
      "invitations.revoked_at as revokedAt",
    ]);
}

export type InvitationRow = Awaited<ReturnType<typeof findInvitationByToken>>;

export function findInvitationByToken(db: Kysely<Database>, token: string) {
  return selectInvitations(db)
    .where("invitations.token_hash", "=", hashToken(token))
    .executeTakeFirst();
}

export async function listInvitations(
  db: Kysely<Database>,
  organisationId: string,
  now: Date,
): Promise<Invitation[]> {
  const rows = await selectInvitations(db)
    .where("invitations.organisation_id", "=", organisationId)
    .orderBy("invitations.created_at", "desc")
    .orderBy("invitations.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row, now),
    invitedByName: row.invitedByName,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  }));
}

/** Returns false when the invitation was not pending (already revoked or accepted). */
export async function revokeInvitation(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Claims the invitation for `userId`. The conditions in the UPDATE make it single-use even when
 * two browsers accept at the same instant: only one UPDATE matches a row, the other gets false.
 */
export async function claimInvitation(
  db: Kysely<Database>,
  id: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ accepted_at: now.toISOString(), accepted_by: userId })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
