import { Redis } from "ioredis";

/**
 * Tells every instance that a session's log grew. Only `{sessionId, seq}` travels: the events
 * themselves are read from the database (the one source of truth), so a lost or late message
 * costs latency, never correctness — the next message, or a client's resume, catches up.
 */
export interface CommitNotice {
  sessionId: string;
  seq: number;
  /** The instance that committed; it has already fanned out to its own sockets. */
  origin: string;
}

export interface SessionBus {
  publish(notice: CommitNotice): Promise<void>;
  subscribe(listener: (notice: CommitNotice) => void): void;
  close(): Promise<void>;
}

/** One instance: notices go straight to the listeners, in order. */
export class InProcessBus implements SessionBus {
  private readonly listeners: ((notice: CommitNotice) => void)[] = [];

  async publish(notice: CommitNotice): Promise<void> {
    for (const listener of this.listeners) listener(notice);
  }

  subscribe(listener: (notice: CommitNotice) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {}
}

const CHANNEL = "samspel:session-commits";

/**
 * Several instances: Redis pub/sub. A subscribing connection can do nothing else, hence two.
 * Redis delivers one channel's messages in publish order, which keeps seq order per publisher.
 */
export class RedisBus implements SessionBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners: ((notice: CommitNotice) => void)[] = [];
  private ready: Promise<unknown> | undefined;

  constructor(url: string) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    // No ready check: its INFO command is refused once the connection is in subscriber mode,
    // which broke the subscription when SUBSCRIBE went out before the check finished.
    this.subscriber = new Redis(url, { enableReadyCheck: false });
    this.subscriber.on("error", () => {
      // ioredis reconnects and re-subscribes by itself; a missed notice is caught up later.
    });
    this.subscriber.on("message", (_channel: string, message: string) => {
      const notice = parseNotice(message);
      if (!notice) return;
      for (const listener of this.listeners) listener(notice);
    });
  }

  async publish(notice: CommitNotice): Promise<void> {
    await this.publisher.publish(CHANNEL, JSON.stringify(notice));
  }

  subscribe(listener: (notice: CommitNotice) => void): void {
    this.listeners.push(listener);
    this.ready ??= this.subscriber.subscribe(CHANNEL);
  }

  /** Resolves once the subscription is active, so a test's first publish is not missed. */
  async whenSubscribed(): Promise<void> {
    await this.ready;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

function parseNotice(message: string): CommitNotice | undefined {
  try {
    const value = JSON.parse(message) as Partial<CommitNotice>;
    if (
      typeof value.sessionId === "string" &&
      typeof value.seq === "number" &&
      typeof value.origin === "string"
    ) {
      return { sessionId: value.sessionId, seq: value.seq, origin: value.origin };
    }
  } catch {
    // Not ours, or corrupted: ignoring it is safe (see the interface comment).
  }
  return undefined;
}
