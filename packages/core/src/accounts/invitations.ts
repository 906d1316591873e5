/** How long an invitation link stays valid. A week covers holidays without living forever. */
export const INVITATION_LIFETIME_DAYS = 7;

export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

export interface InvitationDates {
  acceptedAt: string | null;
  revokedAt: string | null;
  expiresAt: string;
}

/**
 * An accepted invitation stays "accepted" after its expiry date: what happened outranks what
 * could have happened.
 */
export function invitationStatus(invitation: InvitationDates, now: Date): InvitationStatus {
  if (invitation.acceptedAt !== null) return "accepted";
  if (invitation.revokedAt !== null) return "revoked";
  if (new Date(invitation.expiresAt).getTime() <= now.getTime()) return "expired";
  return "pending";
}
