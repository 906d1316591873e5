import type { Kysely } from "kysely";
import { isUniqueViolation } from "../storage/constraints.js";
import type { Database } from "../storage/schema.js";

/** An event as the log stores it; core's SessionEvent has this shape with typed payloads. */
export interface LoggedEvent {
  seq: number;
  type: string;
  payload: unknown;
  actor: unknown;
  at: string;
  /** Set on the first event a command produced; a retry is answered with the command's last seq. */
  commandId?: string;
}

export async function loadEvents(
  db: Kysely<Database>,
  sessionId: string,
  afterSeq: number,
  limit = 10_000,
): Promise<LoggedEvent[]> {
  const rows = await db
    .selectFrom("session_events")
    .select(["seq", "type", "payload", "actor", "at", "command_id"])
    .where("session_id", "=", sessionId)
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    type: row.type,
    payload: JSON.parse(row.payload),
    actor: JSON.parse(row.actor),
    at: row.at,
    ...(row.command_id === null ? {} : { commandId: row.command_id }),
  }));
}

export class SeqConflict extends Error {
  constructor() {
    super("another writer appended to this session first");
  }
}

/**
 * Appends events that must follow `events[0].seq - 1` exactly. A UNIQUE violation means another
 * writer (another instance, usually) took that seq, or the command id was already used: the
 * caller catches up and decides again, which answers both cases correctly.
 */
export async function appendEvents(
  db: Kysely<Database>,
  sessionId: string,
  events: LoggedEvent[],
): Promise<void> {
  if (events.length === 0) return;
  try {
    await db
      .insertInto("session_events")
      .values(
        events.map((event) => ({
          session_id: sessionId,
          seq: event.seq,
          command_id: event.commandId ?? null,
          type: event.type,
          payload: JSON.stringify(event.payload),
          actor: JSON.stringify(event.actor),
          at: event.at,
        })),
      )
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new SeqConflict();
    throw error;
  }
}
