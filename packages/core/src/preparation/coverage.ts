import type {
  Perspective,
  PerspectiveCoverage,
  RsvpAnswer,
  SessionInvitationStatus,
} from "./schemas.js";

export interface SessionInvitationDates {
  expiresAt: string;
  revokedAt: string | null;
  respondedAt: string | null;
}

/**
 * Whether a link still works. Withdrawn beats everything; an answered invitation stays open
 * after its reply-by time so the invitee can still read what they said yes to, but no longer
 * change it (see canAnswer).
 */
export function sessionInvitationStatus(
  invitation: SessionInvitationDates,
  now: Date,
): SessionInvitationStatus {
  if (invitation.revokedAt !== null) return "revoked";
  if (invitation.respondedAt === null && now.getTime() >= Date.parse(invitation.expiresAt)) {
    return "expired";
  }
  return "open";
}

/** An answer may be given or changed until the reply-by time. */
export function canAnswer(invitation: SessionInvitationDates, now: Date): boolean {
  return invitation.revokedAt === null && now.getTime() < Date.parse(invitation.expiresAt);
}

export interface CoveringInvitation extends SessionInvitationDates {
  id: string;
  covers: readonly string[];
  rsvp: RsvpAnswer | null;
}

/**
 * Which perspectives the people invited bring. An invitation counts while it may still bring
 * someone: not withdrawn, and either answered yes or maybe, or still open for an answer. Someone
 * who said no is remembered apart, so the facilitator sees that the perspective was asked for.
 */
export function coverage(
  perspectives: readonly Perspective[],
  invitations: readonly CoveringInvitation[],
  now: Date,
): PerspectiveCoverage[] {
  return perspectives.map((perspective) => {
    const coveredBy: string[] = [];
    const declinedBy: string[] = [];
    for (const invitation of invitations) {
      if (!invitation.covers.includes(perspective.id)) continue;
      if (invitation.rsvp === "no") {
        if (invitation.revokedAt === null) declinedBy.push(invitation.id);
      } else if (sessionInvitationStatus(invitation, now) === "open") {
        coveredBy.push(invitation.id);
      }
    }
    const state = coveredBy.length > 0 ? "covered" : declinedBy.length > 0 ? "declined" : "missing";
    return { perspectiveId: perspective.id, coveredBy, declinedBy, state };
  });
}

/** Required perspectives that nobody who may come covers: the gaps to fill before sending. */
export function gaps(
  perspectives: readonly Perspective[],
  covered: readonly PerspectiveCoverage[],
): string[] {
  const required = new Set(perspectives.filter((p) => p.required).map((p) => p.id));
  return covered
    .filter((entry) => required.has(entry.perspectiveId) && entry.state !== "covered")
    .map((entry) => entry.perspectiveId);
}

/**
 * The whole and the detail: a question needs both those who decide and those who do the work.
 * Which of the two no perspective names yet, for a nudge before anyone is invited.
 */
export const ESSENTIAL_KINDS = ["management", "doing_the_work"] as const;

export function missingEssentialKinds(
  perspectives: readonly Perspective[],
): (typeof ESSENTIAL_KINDS)[number][] {
  return ESSENTIAL_KINDS.filter((kind) => !perspectives.some((p) => p.kind === kind));
}
