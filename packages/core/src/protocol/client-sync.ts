import type { SessionEvent } from "../session/events.js";
import { evolveAll } from "../session/evolve.js";
import type { SessionState } from "../session/state.js";
import type { ServerMessage } from "./messages.js";

/** What a browser holds of a session: the state as redacted for it, at `seq`. */
export interface ClientSession {
  seq: number;
  state: SessionState;
}

/**
 * The client cannot continue from what it holds: reconnect and send `hello` with
 * `lastSeq: resumeFrom` (or without `lastSeq`, for a fresh snapshot, when it is undefined).
 */
export interface SeqGap {
  resumeFrom?: number;
  /** The seq that arrived instead of the next one (or the welcome's seq). */
  received: number;
}

export interface SyncResult {
  /** The same object when the message changed nothing, so UI memoisation holds. */
  session: ClientSession | null;
  gap: SeqGap | null;
}

/**
 * The browser's reducer over server messages. Events apply only in order: one whose seq the
 * client already holds is skipped (a resumed stream may repeat some), and one beyond the next
 * stops the batch and reports a gap. `ack`, `error` and `pong` leave the session as it is.
 */
export function applyServerMessage(
  session: ClientSession | null,
  message: ServerMessage,
): SyncResult {
  switch (message.t) {
    case "welcome": {
      if (message.snapshot !== undefined) {
        return { session: { seq: message.seq, state: message.snapshot }, gap: null };
      }
      // Without a snapshot the server resumes after `seq`: that must be where we are.
      const resumable =
        session !== null &&
        session.state.sessionId === message.sessionId &&
        session.seq === message.seq;
      return resumable ? { session, gap: null } : { session, gap: { received: message.seq } };
    }
    case "events":
      return applyEvents(session, message.events);
    default:
      return { session, gap: null };
  }
}

function applyEvents(session: ClientSession | null, events: readonly SessionEvent[]): SyncResult {
  const first = events[0];
  if (session === null) return { session, gap: first ? { received: first.seq } : null };
  const fresh: SessionEvent[] = [];
  let seq = session.seq;
  let gap: SeqGap | null = null;
  for (const event of events) {
    if (event.seq <= seq) continue;
    if (event.seq !== seq + 1) {
      gap = { resumeFrom: seq, received: event.seq };
      break;
    }
    fresh.push(event);
    seq = event.seq;
  }
  if (fresh.length === 0) return { session, gap };
  return { session: { seq, state: evolveAll(session.state, fresh) }, gap };
}
