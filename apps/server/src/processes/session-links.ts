import type { Kysely } from "kysely";
import type { ReadModelWriter } from "../sessions/runtime.js";
import type { Database } from "../storage/schema.js";

/**
 * Links a process to the sessions its flow facts were shared into, in the transaction of the
 * `contribution.added` that shared them, so a process page can list the sessions that worked
 * from it. Sharing again into the same session keeps the first link.
 */
export const writeProcessSessionLinks: ReadModelWriter = async (db, sessionId, state, events) => {
  for (const event of events) {
    if (event.type !== "contribution.added") continue;
    const processId = event.payload.source?.chart?.processId;
    if (processId === undefined) continue;
    // A snapshot is the client's to build: only a process of the session's own organisation is
    // linked, so no one can attach their session to another organisation's process page.
    const process = await db
      .selectFrom("processes")
      .select("id")
      .where("id", "=", processId)
      .where("organisation_id", "=", state.organisationId)
      .executeTakeFirst();
    if (process === undefined) continue;
    await db
      .insertInto("process_sessions")
      .values({ process_id: processId, session_id: sessionId, first_shared_at: event.at })
      .onConflict((conflict) => conflict.columns(["process_id", "session_id"]).doNothing())
      .execute();
  }
};

export interface ProcessSessionLink {
  sessionId: string;
  title: string;
  status: string;
  firstSharedAt: string;
}

/** The sessions that worked from a process's flow facts, most recent share first. */
export async function sessionsForProcess(
  db: Kysely<Database>,
  processId: string,
): Promise<ProcessSessionLink[]> {
  const rows = await db
    .selectFrom("process_sessions")
    .innerJoin("sessions", "sessions.id", "process_sessions.session_id")
    .select([
      "sessions.id",
      "sessions.title",
      "sessions.status",
      "process_sessions.first_shared_at",
    ])
    .where("process_sessions.process_id", "=", processId)
    .orderBy("process_sessions.first_shared_at", "desc")
    .execute();
  return rows.map((row) => ({
    sessionId: row.id,
    title: row.title,
    status: row.status,
    firstSharedAt: row.first_shared_at,
  }));
}
