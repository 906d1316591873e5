import { can, LIVE_DECISION_STATUSES, type Locale, ROLES } from "@samspel/core";
import icalGenerator from "ical-generator";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

/*
 * A person's calendar: an all-day event on the due day of each of their pending actions (core's
 * pendingDueDate: open, dated, the decision in effect or under review), and one on the review day
 * of each live decision they answer for, across all their organisations. The SQL restates core's
 * rules and actions/core-rules-in-sql.test.ts holds it to them.
 *
 * Which reviews: those of decisions in organisations where the person may manage decisions (they
 * are the ones who hold the review), and those of decisions where they own an action (the review
 * will ask how it went). Members who only read decisions get no review dates: in a large
 * organisation that would be everybody's calendar full of other people's meetings.
 */

/** Events of each kind in one feed; calendar apps choke on huge feeds, people on long ones. */
export const MAX_FEED_EVENTS = 1_000;

const MANAGER_ROLES = ROLES.filter((role) => can(role, "manageDecisions"));

const WORDS: Record<Locale, { name: string; due: string; review: string }> = {
  en: { name: "Samspel: my actions and reviews", due: "Action due", review: "Decision review" },
  nb: {
    name: "Samspel: mine tiltak og gjennomganger",
    due: "Frist for tiltak",
    review: "Gjennomgang av vedtak",
  },
  sv: {
    name: "Samspel: mina åtgärder och uppföljningar",
    due: "Åtgärd ska vara klar",
    review: "Uppföljning av beslut",
  },
  nl: {
    name: "Samspel: mijn acties en evaluaties",
    due: "Deadline actie",
    review: "Evaluatie besluit",
  },
};

export interface CalendarEvent {
  uid: string;
  day: string;
  summary: string;
  description: string;
  url: string;
}

/** The events of `userId`'s feed; `origin` is where decision pages are reached. */
export async function calendarEvents(
  db: Kysely<Database>,
  userId: string,
  locale: Locale,
  origin: string,
): Promise<CalendarEvent[]> {
  const words = WORDS[locale];
  const decisionUrl = (decisionId: string) => `${origin}/decisions/${decisionId}`;

  const dues = await db
    .selectFrom("decision_actions as a")
    .innerJoin("decisions as d", "d.id", "a.decision_id")
    // Only while they are still a member: leaving an organisation takes its dates away.
    .innerJoin("memberships as m", (join) =>
      join.onRef("m.organisation_id", "=", "d.organisation_id").on("m.user_id", "=", userId),
    )
    .select(["a.id", "a.what", "a.due_date", "d.id as decision_id", "d.title"])
    .where("a.owner_user_id", "=", userId)
    .where("a.status", "=", "open")
    .where("a.due_date", "is not", null)
    .where("d.status", "in", LIVE_DECISION_STATUSES)
    .orderBy("a.due_date", "desc")
    .limit(MAX_FEED_EVENTS)
    .execute();

  const reviews = await db
    .selectFrom("decisions as d")
    .innerJoin("memberships as m", (join) =>
      join.onRef("m.organisation_id", "=", "d.organisation_id").on("m.user_id", "=", userId),
    )
    .select(["d.id", "d.title", "d.text", "d.review_date"])
    .where("d.review_date", "is not", null)
    .where("d.status", "in", LIVE_DECISION_STATUSES)
    .where((eb) =>
      eb.or([
        eb("m.role", "in", MANAGER_ROLES),
        eb.exists(
          eb
            .selectFrom("decision_actions as a")
            .select("a.id")
            .whereRef("a.decision_id", "=", "d.id")
            .where("a.owner_user_id", "=", userId),
        ),
      ]),
    )
    .orderBy("d.review_date", "desc")
    .limit(MAX_FEED_EVENTS)
    .execute();

  return [
    ...dues.map((row) => ({
      uid: `action-${row.id}@samspel`,
      day: row.due_date ?? "",
      summary: `${words.due}: ${row.what}`,
      description: row.title,
      url: decisionUrl(row.decision_id),
    })),
    ...reviews.map((row) => ({
      uid: `review-${row.id}@samspel`,
      day: row.review_date ?? "",
      summary: `${words.review}: ${row.title}`,
      description: row.text,
      url: decisionUrl(row.id),
    })),
  ];
}

/** RFC 5545 text: all-day events (DTSTART;VALUE=DATE), stamped with `now`. */
export function calendarText(events: readonly CalendarEvent[], locale: Locale, now: Date): string {
  const calendar = icalGenerator({
    name: WORDS[locale].name,
    prodId: { company: "Samspel", product: "Samspel", language: locale.toUpperCase() },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      // Midnight UTC: ical-generator writes a date-only value from the UTC day.
      start: new Date(`${event.day}T00:00:00.000Z`),
      allDay: true,
      stamp: now,
      summary: event.summary,
      description: event.description,
      url: event.url,
    });
  }
  return calendar.toString();
}
