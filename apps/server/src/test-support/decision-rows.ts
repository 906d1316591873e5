import type { DecisionRecord, Locale } from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import { insertDecisions } from "../decisions/read-model.js";
import type { Database } from "../storage/schema.js";

/**
 * Decision records written straight to the register, without running a session: for tests of
 * the register's search and lifecycle, and for the benchmark that needs 100,000 of them. The
 * rows go through the same writer the session runtime uses (insertDecisions), so the search text
 * and facilitator rows are what production writes.
 */

export interface RegisterOwner {
  organisationId: string;
  sessionId: string;
  userId: string;
}

/** An organisation, a user and a session for decisions to belong to. */
export async function insertRegisterOwner(
  db: Kysely<Database>,
  at = "2026-11-01T09:00:00.000Z",
): Promise<RegisterOwner> {
  const owner = { organisationId: newId(), sessionId: newId(), userId: newId() };
  await db
    .insertInto("organisations")
    .values({ id: owner.organisationId, name: "Kommune", created_at: at })
    .execute();
  await db
    .insertInto("users")
    .values({
      id: owner.userId,
      email: `${owner.userId}@example.org`,
      display_name: "Kari Fasilitator",
      password_hash: "unusable",
      locale: "nb",
      created_at: at,
    })
    .execute();
  await insertRegisterSession(db, owner, at);
  return owner;
}

/** A closed session of an existing organisation, for its decisions to belong to. */
export async function insertRegisterSession(
  db: Kysely<Database>,
  owner: RegisterOwner,
  at = "2026-11-01T09:00:00.000Z",
): Promise<RegisterOwner> {
  await db
    .insertInto("sessions")
    .values({
      id: owner.sessionId,
      organisation_id: owner.organisationId,
      title: "Register",
      status: "closed",
      language: "nb",
      anonymity: "named",
      join_code: owner.sessionId.slice(0, 6),
      participant_count: 0,
      last_seq: 0,
      created_by: owner.userId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return owner;
}

export interface RecordOverrides extends Partial<DecisionRecord> {
  language?: Locale;
}

export function buildRecord(owner: RegisterOwner, overrides: RecordOverrides = {}): DecisionRecord {
  const decisionId = overrides.decisionId ?? newId();
  return {
    decisionId,
    sessionId: owner.sessionId,
    organisationId: owner.organisationId,
    proposalId: newId(),
    outcome: "decided",
    at: "2026-11-02T10:00:00.000Z",
    title: "Et vedtak",
    question: "Hva gjør vi?",
    language: "nb",
    anonymity: "named",
    rule: { kind: "consent" },
    text: "Vi prøver det.",
    version: 1,
    rationale: "Trygt nok til å prøve.",
    postponeReason: null,
    sessionStartedAt: null,
    facilitators: [{ userId: owner.userId, displayName: "Kari Fasilitator", lead: true }],
    participants: [],
    facts: [],
    reflections: [],
    themes: [],
    insights: [],
    versions: [],
    rounds: [],
    objections: [],
    concerns: [],
    actions: [],
    reviewDate: null,
    ...overrides,
  };
}

export async function insertRecord(
  db: Kysely<Database>,
  owner: RegisterOwner,
  overrides: RecordOverrides = {},
): Promise<DecisionRecord> {
  const record = buildRecord(owner, overrides);
  await insertDecisions(db, [record], record.at);
  return record;
}

/** A decision of an existing organisation, from a closed session of its own led by `userId`. */
export async function insertOrgDecision(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  overrides: RecordOverrides = {},
): Promise<DecisionRecord> {
  const owner = { organisationId, sessionId: newId(), userId };
  await insertRegisterSession(db, owner);
  return insertRecord(db, owner, overrides);
}
