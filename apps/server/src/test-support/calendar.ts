import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  day: string;
  allDay: boolean;
  url: string;
  stamp: string;
}

/** The feed as a calendar app reads it, through a parser of its own. */
export function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      day: event.startDate.toString(),
      allDay: event.startDate.isDate,
      url: String(component.getFirstPropertyValue("url")),
      stamp: String(component.getFirstPropertyValue("dtstamp")),
    };
  });
}
