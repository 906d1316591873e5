import type { Locale } from "@samspel/core";
import { createTransport, type Transporter } from "nodemailer";
import { INVITATION_MAIL } from "./mail-texts.js";

export interface InvitationMail {
  to: string;
  locale: Locale;
  inviteeName: string;
  organisationName: string;
  title: string;
  purpose: string;
  question: string;
  startsAt: string | null;
  place: string;
  link: string;
  /** The meeting as an .ics file, when it has a time. */
  calendar: string | null;
}

/** Sends invitations where SMTP_URL is configured; without it the facilitator copies the link. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // The facilitator waits for the send: a mail server that does not answer fails in seconds,
    // not nodemailer's default two minutes, and the link is there to copy.
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async sendInvitation(mail: InvitationMail): Promise<void> {
    const texts = INVITATION_MAIL[mail.locale];
    const when = mail.startsAt
      ? new Intl.DateTimeFormat(mail.locale, {
          dateStyle: "full",
          // We do not know the reader's time zone: UTC, named; the .ics carries the exact instant.
          timeStyle: "long",
          timeZone: "UTC",
        }).format(new Date(mail.startsAt))
      : null;
    const lines = [
      texts.greeting(mail.inviteeName),
      "",
      texts.invited(mail.organisationName),
      "",
      mail.title,
      ...(mail.purpose ? ["", `${texts.purpose}: ${mail.purpose}`] : []),
      ...(mail.question ? ["", `${texts.question}: ${mail.question}`] : []),
      ...(when ? ["", `${texts.when}: ${when}`] : []),
      ...(mail.place ? [`${texts.where}: ${mail.place}`] : []),
      "",
      texts.open,
      mail.link,
      "",
      texts.reply,
    ];
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: texts.subject(mail.title),
      text: lines.join("\n"),
      ...(mail.calendar
        ? {
            attachments: [
              {
                filename: "invitation.ics",
                content: mail.calendar,
                contentType: "text/calendar; charset=utf-8; method=PUBLISH",
              },
            ],
          }
        : {}),
    });
  }

  close(): void {
    this.transport.close();
  }
}
