import {
  type Actor,
  type DomainError,
  decide,
  emptySessionState,
  evolveAll,
  type SessionCommand,
  type SessionEvent,
  type SessionState,
  stampEvents,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import type { Clock } from "../clock.js";
import type { Storage } from "../storage/database.js";
import type { Database } from "../storage/schema.js";
import { appendEvents, type LoggedEvent, loadEvents, SeqConflict } from "./event-store.js";

/** An event with the state right after it: redaction needs both (anonymity, silent steps). */
export interface Committed {
  event: SessionEvent;
  stateAfter: SessionState;
}

/** Who sent a command on this instance, so the hub can give them their own view of it. */
export interface CommandOrigin {
  clientId: string;
  commandId: string;
}

export type ExecuteResult =
  | { ok: true; seq: number; duplicate: boolean }
  | { ok: false; error: DomainError };

/**
 * `local` is true for what this instance committed (other instances must hear of it), false for
 * what it read from the log (another instance committed it and announced it already).
 */
export type CommitListener = (
  sessionId: string,
  committed: Committed[],
  origin: CommandOrigin | undefined,
  local: boolean,
) => void;

/** Writes the read model rows that change with these events, inside their transaction. */
export type ReadModelWriter = (
  db: Kysely<Database>,
  sessionId: string,
  stateAfter: SessionState,
  events: SessionEvent[],
) => Promise<void>;

/** Runs each writer in turn, all in the one transaction that appends the events. */
export function allReadModels(...writers: ReadModelWriter[]): ReadModelWriter {
  return async (db, sessionId, stateAfter, events) => {
    for (const write of writers) await write(db, sessionId, stateAfter, events);
  };
}

interface LiveSession {
  state: SessionState;
  seq: number;
  /** commandId -> seq of its last event: idempotent retries without a database round trip. */
  commands: Map<string, number>;
  lastCommandId?: string;
  /** The newest events, for fan-out and for clients resuming a little behind. */
  recent: Committed[];
  /** Commands on one session run one at a time on this instance. */
  tail: Promise<unknown>;
  lastUsed: number;
}

const RECENT_EVENTS = 2_000;
const MAX_ATTEMPTS = 50;
const MAX_CACHED_SESSIONS = 1_000;

/**
 * Runs commands against sessions: catch up from the log, decide, append with optimistic
 * concurrency, apply, announce. The database is the truth; this is a cache of states that lets
 * a busy session decide without replaying its log each time.
 */
export class SessionRuntime {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly listeners: CommitListener[] = [];

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly writeReadModel: ReadModelWriter,
  ) {}

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /** The state at the newest seq the database has. */
  async current(sessionId: string): Promise<{ state: SessionState; seq: number }> {
    return this.serialise(sessionId, async (live) => {
      await this.catchUp(sessionId, live);
      return { state: live.state, seq: live.seq };
    });
  }

  /**
   * Reads what other instances committed since our last look and announces it locally. Called
   * when the bus says a session grew.
   */
  async refresh(sessionId: string): Promise<void> {
    if (!this.sessions.has(sessionId)) return;
    await this.serialise(sessionId, (live) => this.catchUp(sessionId, live));
  }

  /** Events after `afterSeq` with their states, from memory when recent enough. */
  async eventsSince(sessionId: string, afterSeq: number): Promise<Committed[] | undefined> {
    return this.serialise(sessionId, async (live) => {
      await this.catchUp(sessionId, live);
      const first = live.recent[0];
      // A client claiming a seq we never wrote (another database, a bug) starts afresh.
      if (afterSeq > live.seq) return undefined;
      if (afterSeq === live.seq) return [];
      if (first && first.event.seq <= afterSeq + 1) {
        return live.recent.filter((entry) => entry.event.seq > afterSeq);
      }
      return undefined;
    });
  }

  async execute(
    sessionId: string,
    command: SessionCommand & { commandId: string },
    actor: Actor,
    origin?: CommandOrigin,
  ): Promise<ExecuteResult> {
    return this.serialise(sessionId, async (live) => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        await this.catchUp(sessionId, live);
        const earlier = live.commands.get(command.commandId);
        if (earlier !== undefined) return { ok: true, seq: earlier, duplicate: true };

        const now = this.clock.now();
        const decision = decide(live.state, command, actor, { now, newId });
        if (!decision.ok) return { ok: false, error: decision.error };
        if (decision.events.length === 0) return { ok: true, seq: live.seq, duplicate: false };
        // decide refuses every observer command, so whoever produced events is an acting actor.
        if (actor.kind === "observer") throw new Error("an observer produced events");

        const events = stampEvents(decision.events, {
          now,
          actor,
          lastSeq: live.seq,
          commandId: command.commandId,
        });
        const committed = applyAll(live.state, events);
        const stateAfter = committed.at(-1)?.stateAfter ?? live.state;
        try {
          await this.storage.db.transaction().execute(async (trx) => {
            await this.claimNextSeq(trx, sessionId, live.seq);
            await appendEvents(trx, sessionId, events as LoggedEvent[]);
            await this.writeReadModel(trx, sessionId, stateAfter, events);
          });
        } catch (error) {
          // Someone else appended first: catch up and decide again on the newer state.
          if (error instanceof SeqConflict) continue;
          throw error;
        }
        this.remember(live, committed);
        for (const listener of this.listeners) listener(sessionId, committed, origin, true);
        return { ok: true, seq: live.seq, duplicate: false };
      }
      throw new Error(`session ${sessionId}: gave up after ${MAX_ATTEMPTS} conflicting appends`);
    });
  }

  /**
   * Writers of one session queue on its read-model row (FOR UPDATE on PostgreSQL; SQLite has one
   * writer anyway), and a writer that finds the log moved on since it decided retries at once,
   * instead of every instance racing inserts and most of them losing.
   */
  private async claimNextSeq(
    db: Kysely<Database>,
    sessionId: string,
    expectedSeq: number,
  ): Promise<void> {
    let query = db.selectFrom("sessions").select("last_seq").where("id", "=", sessionId);
    if (this.storage.kind === "postgres") query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (row && Number(row.last_seq) !== expectedSeq) throw new SeqConflict();
  }

  private async catchUp(sessionId: string, live: LiveSession): Promise<void> {
    for (;;) {
      const events = (await loadEvents(
        this.storage.db,
        sessionId,
        live.seq,
      )) as unknown as SessionEvent[];
      if (events.length === 0) return;
      const committed = applyAll(live.state, events);
      this.remember(live, committed);
      for (const listener of this.listeners) listener(sessionId, committed, undefined, false);
    }
  }

  private remember(live: LiveSession, committed: Committed[]): void {
    for (const entry of committed) {
      live.state = entry.stateAfter;
      live.seq = entry.event.seq;
      // The command id rides on a command's first event; the events after it without one are
      // the same command's, and its answer is the seq of the last of them.
      if (entry.event.commandId) live.lastCommandId = entry.event.commandId;
      if (live.lastCommandId) live.commands.set(live.lastCommandId, entry.event.seq);
      live.recent.push(entry);
    }
    if (live.recent.length > RECENT_EVENTS)
      live.recent.splice(0, live.recent.length - RECENT_EVENTS);
  }

  /** Runs `work` after every earlier call for the same session has finished. */
  private serialise<T>(sessionId: string, work: (live: LiveSession) => Promise<T>): Promise<T> {
    let live = this.sessions.get(sessionId);
    if (!live) {
      live = {
        state: emptySessionState(sessionId),
        seq: 0,
        commands: new Map(),
        recent: [],
        tail: Promise.resolve(),
        lastUsed: Date.now(),
      };
      this.sessions.set(sessionId, live);
      this.evictIdle();
    }
    const current = live;
    current.lastUsed = Date.now();
    const result = current.tail.then(() => work(current));
    current.tail = result.catch(() => undefined);
    return result;
  }

  private evictIdle(): void {
    if (this.sessions.size <= MAX_CACHED_SESSIONS) return;
    const oldest = [...this.sessions.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [id] of oldest.slice(0, this.sessions.size - MAX_CACHED_SESSIONS)) {
      this.sessions.delete(id);
    }
  }
}

/**
 * Applies a batch with evolveAll (one copy of each map per batch, not per event). Every entry
 * gets the batch's final state: core's redaction is exact and leak-free against a later state.
 */
function applyAll(state: SessionState, events: SessionEvent[]): Committed[] {
  const stateAfter = evolveAll(state, events);
  return events.map((event) => ({ event, stateAfter }));
}
