import type { PracticeRole } from "@samspel/core";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

export interface FacilitatedSession {
  id: string;
  title: string;
  createdAt: string;
  /** Created it: ran; joined as a co-facilitator by acting in it: co-ran. */
  role: PracticeRole;
}

/**
 * Sessions of `organisationId` that `userId` ran or co-ran. The session model has no list of
 * assigned facilitators: its creator runs it, and others enter the record as co-facilitators
 * with a `facilitator.joined` event when they first act in it.
 */
export async function sessionsFacilitatedBy(
  db: Kysely<Database>,
  userId: string,
  organisationId: string,
): Promise<FacilitatedSession[]> {
  const [sessions, joined] = await Promise.all([
    db
      .selectFrom("sessions")
      .select(["id", "title", "created_at", "created_by"])
      .where("organisation_id", "=", organisationId)
      .orderBy("created_at", "desc")
      .execute(),
    db
      .selectFrom("session_events")
      .innerJoin("sessions", "sessions.id", "session_events.session_id")
      .select(["session_events.session_id as sessionId", "session_events.payload"])
      .where("sessions.organisation_id", "=", organisationId)
      .where("session_events.type", "=", "facilitator.joined")
      .execute(),
  ]);
  const coRan = new Set(
    joined
      .filter((event) => (JSON.parse(event.payload) as { userId?: string }).userId === userId)
      .map((event) => event.sessionId),
  );
  return sessions.flatMap((session) => {
    const role = session.created_by === userId ? "ran" : coRan.has(session.id) ? "co_ran" : null;
    return role
      ? [{ id: session.id, title: session.title, createdAt: session.created_at, role }]
      : [];
  });
}
