import ical, { ICalCalendarMethod } from "ical-generator";

/** A meeting whose length nobody set still needs an end in a calendar. */
const DEFAULT_MINUTES = 60;

export interface Meeting {
  /** Stable per invitation, so a second download updates the first entry instead of adding one. */
  uid: string;
  title: string;
  startsAt: string;
  durationMinutes: number | null;
  place: string;
  purpose: string;
  question: string;
  /** The invitation page: RSVP, agenda and materials. */
  link: string;
  stamp: Date;
}

/** One VEVENT in an RFC 5545 calendar, for "Add to calendar" and the e-mail's attachment. */
export function meetingCalendar(meeting: Meeting): string {
  const start = new Date(meeting.startsAt);
  const minutes = meeting.durationMinutes ?? DEFAULT_MINUTES;
  const calendar = ical({
    prodId: { company: "Samspel", product: "Samspel", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: meeting.uid,
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    stamp: meeting.stamp,
    summary: meeting.title,
    description: [meeting.purpose, meeting.question, meeting.link]
      .filter((part) => part.trim() !== "")
      .join("\n\n"),
    location: meeting.place || null,
    url: meeting.link,
  });
  return calendar.toString();
}
