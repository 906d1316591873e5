import type { SessionEvent, SessionState } from "@samspel/core";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";
import type { ReadModelWriter } from "./runtime.js";

/** Keeps the `sessions` row (what lists and join pages read) in step with the log. */
export const writeSessionReadModel: ReadModelWriter = async (
  db: Kysely<Database>,
  sessionId: string,
  state: SessionState,
  events: SessionEvent[],
) => {
  const last = events.at(-1);
  if (!last) return;
  await db
    .updateTable("sessions")
    .set({
      title: state.title,
      status: state.status,
      language: state.language,
      anonymity: state.anonymity,
      participant_count: state.participantOrder.length,
      last_seq: last.seq,
      updated_at: last.at,
    })
    .where("id", "=", sessionId)
    .execute();
};

export function findSession(db: Kysely<Database>, sessionId: string) {
  return db.selectFrom("sessions").selectAll().where("id", "=", sessionId).executeTakeFirst();
}

export function findSessionByJoinCode(db: Kysely<Database>, joinCode: string) {
  return db.selectFrom("sessions").selectAll().where("join_code", "=", joinCode).executeTakeFirst();
}

export function listSessions(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("sessions")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("updated_at", "desc")
    .orderBy("id")
    .limit(500)
    .execute();
}
