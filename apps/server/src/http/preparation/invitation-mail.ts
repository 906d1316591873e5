import { isLocale, type Locale } from "@samspel/core";
import { findUserById } from "../../accounts/users.js";
import { meetingCalendar } from "../../preparation/calendar.js";
import type { SessionDesign } from "../../preparation/design.js";
import { markEmailed, type SessionInvitationRow } from "../../preparation/invitations.js";
import type { Mailer } from "../../preparation/mailer.js";
import { findPreparation } from "../../preparation/store.js";
import type { AppContext } from "../context.js";

interface Logger {
  error(object: unknown, message: string): void;
}

/**
 * E-mails the invitation with its link and the meeting as an .ics attachment, in the member's
 * own language or else the session's. A failure leaves the link to copy: it is logged, not
 * thrown, because the invitation itself was made.
 */
export async function emailInvitation(
  ctx: AppContext,
  mailer: Mailer,
  session: { id: string; title: string; language: string },
  design: SessionDesign,
  invitation: SessionInvitationRow,
  link: string,
  log: Logger,
): Promise<boolean> {
  if (!invitation.email) return false;
  const member = invitation.user_id
    ? await findUserById(ctx.storage.db, invitation.user_id)
    : undefined;
  const locale: Locale = member?.locale ?? (isLocale(session.language) ? session.language : "en");
  const preparation = await findPreparation(ctx.storage.db, session.id);
  const now = ctx.clock.now();
  try {
    await mailer.sendInvitation({
      to: invitation.email,
      locale,
      inviteeName: invitation.name,
      organisationName: design.organisationName,
      title: session.title,
      purpose: preparation.purpose,
      question: design.question,
      startsAt: preparation.startsAt,
      place: preparation.place,
      link,
      calendar: preparation.startsAt
        ? meetingCalendar({
            uid: `${invitation.id}@samspel`,
            title: session.title,
            startsAt: preparation.startsAt,
            durationMinutes: preparation.durationMinutes,
            place: preparation.place,
            purpose: preparation.purpose,
            question: design.question,
            link,
            stamp: now,
          })
        : null,
    });
  } catch (error) {
    log.error({ err: error, invitationId: invitation.id }, "invitation e-mail not sent");

    return false;
  }
  await markEmailed(ctx.storage.db, invitation.id, now);
  return true;
}
