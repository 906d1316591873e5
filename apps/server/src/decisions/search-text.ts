import type { DecisionRecord } from "@samspel/core";

/**
 * The words of a decision that the register's search looks in: what it is about, what was
 * decided and why, and what the group brought to it (facts, insights, the reasons of objections
 * and concerns). Names are left out on purpose: searching by person is the facilitator filter's
 * job, and an anonymous session's record holds none anyway.
 */
export function searchTextOf(record: DecisionRecord): string {
  return [
    record.title,
    record.question,
    record.text,
    record.rationale,
    record.postponeReason,
    ...record.facts.map((fact) => fact.text),
    ...record.insights.map((insight) => insight.text),
    ...record.objections.map((objection) => objection.reason),
    ...record.concerns.map((concern) => concern.reason),
  ]
    .filter((part): part is string => typeof part === "string" && part.length > 0)
    .join("\n");
}
