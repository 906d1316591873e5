import type { DecisionRecord } from "./record.js";

/*
 * The record as anyone with a decision's public link reads it: what was decided, why, on which
 * facts, and how objections were met, with no person named. A public link can be forwarded
 * anywhere and a reader cannot be asked to forget, so the view is as anonymous as a session can
 * be, whatever the session promised its own members: participants, authors and facilitators
 * lose their names (facilitators act for the organisation, but their names are still personal
 * data the organisation does not publish by sharing a decision). Action owners stay: the group
 * wrote them as who is accountable for the follow-up, usually a role or a team, and a decision
 * without its owners would not say what happens next. Withdrawn and hidden contributions never
 * reach a record in the first place (buildDecisionRecord).
 */
export function publicDecisionRecord(record: DecisionRecord): DecisionRecord {
  const nobody = <T extends object>(item: T, key: keyof T): T => ({ ...item, [key]: null });
  return {
    ...record,
    anonymity: "anonymous",
    facilitators: [],
    participants: record.participants.map(() => ({ displayName: null })),
    facts: record.facts.map((fact) => nobody(fact, "author")),
    reflections: record.reflections.map((reflection) => nobody(reflection, "author")),
    versions: record.versions.map((version) => ({ ...version, by: "" })),
    rounds: record.rounds.map((round) => ({
      ...round,
      entries: round.entries.map((entry) => nobody(entry, "participant")),
    })),
    objections: record.objections.map((objection) => nobody(objection, "participant")),
    concerns: record.concerns.map((concern) => nobody(concern, "participant")),
  };
}
