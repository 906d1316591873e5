import { MAX_EVENTS_PER_MESSAGE, redactEvent, type SessionEvent, type Viewer } from "@samspel/core";
import type { WebSocket } from "ws";
import type { CommandOrigin, Committed } from "../sessions/runtime.js";

/** One connected browser (or other client) after a successful hello. */
export interface LiveClient {
  id: string;
  socket: WebSocket;
  viewer: Viewer;
  /** The newest seq this client has been sent; every send continues from it, in order. */
  sentSeq: number;
  /** Acks waiting for the events they acknowledge to be sent first. */
  pendingAcks: { commandId: string; seq: number }[];
}

const DISCLOSING_EVENTS = new Set([
  "step.revealed",
  "contribution.hidden",
  "contribution.unhidden",
]);

/** Events are gathered this long and sent as one frame: fewer frames is what scales. */
const BATCH_WINDOW_MS = 10;
/** How many sent events a channel keeps for clients that are a little behind. */
const RECENT_EVENTS = 2_000;
/** A client whose socket holds more unsent bytes than this is dropped; it resumes on reconnect. */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

type Send = (client: LiveClient, message: string) => void;

/**
 * The clients of one session on this instance. Redaction and serialisation happen once per
 * viewer class per batch, and the same string goes to every client of that class; only a
 * command's sender gets its own copy of the batch (it may see its own hidden contribution).
 */
export class SessionChannel {
  readonly clients = new Map<string, LiveClient>();
  private pending: Committed[] = [];
  private origins: CommandOrigin[] = [];
  private recent: Committed[] = [];
  private flushedSeq = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly send: Send) {}

  /** Takes committed events in seq order; duplicates (a re-read after a cache eviction) are dropped. */
  enqueue(committed: Committed[], origin: CommandOrigin | undefined): void {
    const lastKnown = this.pending.at(-1)?.event.seq ?? this.flushedSeq;
    const fresh = committed.filter((entry) => entry.event.seq > lastKnown);
    if (fresh.length === 0) return;
    this.pending.push(...fresh);
    if (origin) this.origins.push(origin);
    this.timer ??= setTimeout(() => this.flush(), BATCH_WINDOW_MS);
  }

  /**
   * Adds a client that has everything up to `client.sentSeq`, sends it the `backlog` it asked
   * for, and then, at once, what this channel has sent to others meanwhile. All synchronous: no
   * batch can slip in between and reorder what the client sees.
   */
  attach(client: LiveClient, backlog: Committed[]): void {
    this.clients.set(client.id, client);
    this.sendPersonal(client, backlog);
    this.sendPersonal(client, this.recent);
  }

  /**
   * A message outside the event stream (the opinion map) to every client, serialised once per
   * viewer class: what differs between viewers differs by class only.
   */
  broadcast(messageFor: (viewer: Viewer) => string): void {
    const byClass = new Map<string, string>();
    for (const client of this.clients.values()) {
      const viewerClass = client.viewer.class;
      let message = byClass.get(viewerClass);
      if (message === undefined) {
        message = messageFor({ class: viewerClass });
        byClass.set(viewerClass, message);
      }
      this.send(client, message);
    }
  }

  detach(clientId: string): void {
    this.clients.delete(clientId);
  }

  /** Acks after the events they cover, so a client never sees an ack for a seq it lacks. */
  ack(client: LiveClient, commandId: string, seq: number): void {
    if (client.sentSeq >= seq) {
      this.send(client, JSON.stringify({ t: "ack", commandId, seq }));
    } else {
      client.pendingAcks.push({ commandId, seq });
    }
  }

  get lastSentSeq(): number {
    return this.flushedSeq;
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    const origins = this.origins;
    this.pending = [];
    this.origins = [];
    const first = batch[0];
    if (!first) return;
    if (batch.length > MAX_EVENTS_PER_MESSAGE) {
      // Rare (a burst larger than a message may carry): split and flush part by part.
      this.pending = batch.slice(MAX_EVENTS_PER_MESSAGE);
      this.origins = origins;
      this.flushBatch(batch.slice(0, MAX_EVENTS_PER_MESSAGE), origins);
      this.flush();
      return;
    }
    this.flushBatch(batch, origins);
  }

  private flushBatch(batch: Committed[], origins: CommandOrigin[]): void {
    const first = batch[0];
    if (!first) return;

    const senders = new Set(origins.map((origin) => origin.clientId));
    // These events carry disclosures whose content differs per participant (an author reads
    // their own hidden text and sees `mine`): each participant gets their own copy. They are
    // rare, a few per session, so the per-client cost is paid seldom.
    const disclosing = batch.some((entry) => DISCLOSING_EVENTS.has(entry.event.type));
    const shared = new Map<string, string>();
    for (const client of this.clients.values()) {
      const personal =
        senders.has(client.id) ||
        client.sentSeq !== first.event.seq - 1 ||
        (disclosing && client.viewer.participantId !== undefined);
      if (personal) {
        this.sendPersonal(client, batch);
        continue;
      }
      const key = client.viewer.class;
      let message = shared.get(key);
      if (message === undefined) {
        message = eventsMessage(batch, { class: client.viewer.class });
        shared.set(key, message);
      }
      this.deliver(client, message, batch);
    }

    this.flushedSeq = batch.at(-1)?.event.seq ?? this.flushedSeq;
    this.recent.push(...batch);
    if (this.recent.length > RECENT_EVENTS)
      this.recent.splice(0, this.recent.length - RECENT_EVENTS);
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private sendPersonal(client: LiveClient, entries: Committed[]): void {
    const unsent = entries.filter((entry) => entry.event.seq > client.sentSeq);
    // A long catch-up goes out in protocol-sized messages, in order.
    for (let start = 0; start < unsent.length; start += MAX_EVENTS_PER_MESSAGE) {
      const part = unsent.slice(start, start + MAX_EVENTS_PER_MESSAGE);
      this.deliver(client, eventsMessage(part, client.viewer), part);
    }
  }

  private deliver(client: LiveClient, message: string, entries: Committed[]): void {
    this.send(client, message);
    client.sentSeq = entries.at(-1)?.event.seq ?? client.sentSeq;
    while (client.pendingAcks[0] && client.pendingAcks[0].seq <= client.sentSeq) {
      const { commandId, seq } = client.pendingAcks.shift() as { commandId: string; seq: number };
      this.send(client, JSON.stringify({ t: "ack", commandId, seq }));
    }
  }
}

function eventsMessage(entries: Committed[], viewer: Viewer): string {
  const events: SessionEvent[] = entries.map((entry) =>
    redactEvent(entry.event, viewer, entry.stateAfter),
  );
  return JSON.stringify({ t: "events", events });
}
