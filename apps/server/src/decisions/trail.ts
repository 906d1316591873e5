import {
  type DecisionRecord,
  emptySessionState,
  evolveAll,
  redactEvent,
  type SessionEvent,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { loadEvents } from "../sessions/event-store.js";
import type { Database } from "../storage/schema.js";

/** Events read per query; a session's log is thousands of events at most. */
const PAGE = 5_000;

/**
 * The whole trail of a decision: its record and the event log of the session that took it, as
 * an observer in the room saw it. Observers are the widest audience core redacts for, so the
 * export keeps the promise the session's anonymity mode made, whoever downloads it.
 */
export async function loadTrail(
  db: Kysely<Database>,
  record: DecisionRecord,
): Promise<{ record: DecisionRecord; events: SessionEvent[] }> {
  const events: SessionEvent[] = [];
  for (;;) {
    const page = (await loadEvents(
      db,
      record.sessionId,
      events[events.length - 1]?.seq ?? 0,
      PAGE,
      // The log holds what core's evolve wrote; its payloads are core's shapes (event-store.ts).
    )) as unknown as SessionEvent[];
    events.push(...page);
    if (page.length < PAGE) break;
  }
  // Redacted against the final state: core's redaction is leak-free against a later state.
  const finalState = evolveAll(emptySessionState(record.sessionId), events);
  return {
    record,
    events: events.map((event) => redactEvent(event, { class: "observer" }, finalState)),
  };
}
