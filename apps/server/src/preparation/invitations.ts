import { type RsvpAnswer, type SessionInvitation, sessionInvitationStatus } from "@samspel/core";
import type { Kysely } from "kysely";
import { hashToken, newId, newToken } from "../accounts/tokens.js";
import type { Database } from "../storage/schema.js";

type Db = Kysely<Database>;

export interface NewSessionInvitation {
  sessionId: string;
  userId: string | null;
  name: string;
  email: string | null;
  covers: readonly string[];
  invitedBy: string;
  expiresAt: Date;
}

/** Writes the invitation and what it covers; the token is returned once and never stored. */
export async function createSessionInvitation(
  db: Db,
  invitation: NewSessionInvitation,
  now: Date,
): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = newToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("session_invitations")
      .values({
        id,
        session_id: invitation.sessionId,
        user_id: invitation.userId,
        name: invitation.name,
        email: invitation.email,
        token_hash: hashToken(token),
        rsvp: null,
        note: "",
        responded_at: null,
        invited_by: invitation.invitedBy,
        created_at: now.toISOString(),
        expires_at: invitation.expiresAt.toISOString(),
        revoked_at: null,
        emailed_at: null,
      })
      .execute();
    await writeCovers(trx, id, invitation.covers);
  });
  return { id, token };
}

export async function writeCovers(db: Db, invitationId: string, covers: readonly string[]) {
  await db
    .deleteFrom("session_invitation_perspectives")
    .where("invitation_id", "=", invitationId)
    .execute();
  if (covers.length === 0) return;
  await db
    .insertInto("session_invitation_perspectives")
    .values(
      covers.map((perspectiveId) => ({
        invitation_id: invitationId,
        perspective_id: perspectiveId,
      })),
    )
    .execute();
}

export async function listSessionInvitations(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<SessionInvitation[]> {
  const rows = await db
    .selectFrom("session_invitations")
    .selectAll()
    .where("session_id", "=", sessionId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const covers = await db
    .selectFrom("session_invitation_perspectives")
    .innerJoin(
      "session_invitations",
      "session_invitations.id",
      "session_invitation_perspectives.invitation_id",
    )
    .select(["invitation_id", "perspective_id"])
    .where("session_invitations.session_id", "=", sessionId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    covers: covers
      .filter((cover) => cover.invitation_id === row.id)
      .map((cover) => cover.perspective_id)
      .sort(),
    rsvp: row.rsvp,
    note: row.note,
    respondedAt: row.responded_at,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    emailedAt: row.emailed_at,
    status: sessionInvitationStatus(
      { expiresAt: row.expires_at, revokedAt: row.revoked_at, respondedAt: row.responded_at },
      now,
    ),
  }));
}

export async function countSessionInvitations(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom("session_invitations")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("session_id", "=", sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function findSessionInvitation(db: Db, sessionId: string, id: string) {
  return db
    .selectFrom("session_invitations")
    .selectAll()
    .where("id", "=", id)
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
}

export function findSessionInvitationByToken(db: Db, token: string) {
  return db
    .selectFrom("session_invitations")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
}

/** A member's own invitation by id: invited by account, not withdrawn or not. */
export function findMemberInvitation(db: Db, userId: string, id: string) {
  return db
    .selectFrom("session_invitations")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export type SessionInvitationRow = NonNullable<
  Awaited<ReturnType<typeof findSessionInvitationByToken>>
>;

/** Whether a member already holds a live invitation to the session. */
export async function memberInvited(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("session_invitations")
    .select("id")
    .where("session_id", "=", sessionId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A new link for the same invitee: the old link stops working, the reply-by time moves on. */
export async function renewLink(db: Db, id: string, expiresAt: Date): Promise<string> {
  const token = newToken();
  await db
    .updateTable("session_invitations")
    .set({ token_hash: hashToken(token), expires_at: expiresAt.toISOString() })
    .where("id", "=", id)
    .execute();
  return token;
}

export async function revokeSessionInvitation(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable("session_invitations")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
}

export async function recordAnswer(
  db: Db,
  id: string,
  answer: { rsvp: RsvpAnswer; note: string },
  now: Date,
): Promise<boolean> {
  // The conditions make a withdrawal or expiry that lands first win over a late answer.
  const result = await db
    .updateTable("session_invitations")
    .set({ rsvp: answer.rsvp, note: answer.note, responded_at: now.toISOString() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markEmailed(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable("session_invitations")
    .set({ emailed_at: now.toISOString() })
    .where("id", "=", id)
    .execute();
}

/** A member's invitations in every organisation, soonest meeting first. */
export function listMemberInvitations(db: Db, userId: string) {
  return db
    .selectFrom("session_invitations")
    .innerJoin("sessions", "sessions.id", "session_invitations.session_id")
    .innerJoin("organisations", "organisations.id", "sessions.organisation_id")
    .leftJoin("session_preparations", "session_preparations.session_id", "sessions.id")
    .select([
      "session_invitations.id as id",
      "sessions.id as sessionId",
      "sessions.title as sessionTitle",
      "organisations.name as organisationName",
      "session_preparations.starts_at as startsAt",
      "session_invitations.rsvp as rsvp",
      "session_invitations.expires_at as expiresAt",
      "session_invitations.revoked_at as revokedAt",
      "session_invitations.responded_at as respondedAt",
    ])
    .where("session_invitations.user_id", "=", userId)
    .where("session_invitations.revoked_at", "is", null)
    .orderBy("session_preparations.starts_at")
    .orderBy("session_invitations.created_at", "desc")
    .execute();
}
