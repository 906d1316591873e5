import type { SessionInvitation } from "@samspel/core";

/** A session worth preparing: a question, ground rules and two timeboxed steps. */
export const SESSION_BODY = {
  title: "Night shift handovers",
  question: "How do we hand over patients at 07:00 without losing information?",
  language: "nb",
  groundRules: ["One voice at a time", "Facts before opinions"],
  steps: [
    { phase: "share_facts", methodName: "Facts round", timeboxSeconds: 900 },
    { phase: "decide", methodName: "Consent round", timeboxSeconds: 1_200 },
  ],
};

export const PREPARATION_BODY = {
  purpose: "Fewer errors at handover",
  desiredOutcome: "A handover routine we try for a month",
  startsAt: "2026-12-03T13:00:00+01:00",
  durationMinutes: 90,
  place: "Room 4, Sykehusveien 1",
};

/** The token at the end of an invitation link. */
export const tokenOf = (invitation: SessionInvitation) =>
  invitation.link?.split("/invited/")[1] ?? "";
