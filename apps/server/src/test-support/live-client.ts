import WebSocket from "ws";

/** A WebSocket client for tests: records every server message and waits for the ones asked for. */
export class LiveTestClient {
  readonly messages: Record<string, unknown>[] = [];
  private waiters: {
    predicate: (message: Record<string, unknown>) => boolean;
    resolve: (m: Record<string, unknown>) => void;
  }[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      this.messages.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.predicate(message)) return true;
        waiter.resolve(message);
        return false;
      });
    });
  }

  static async connect(url: string, headers: Record<string, string> = {}): Promise<LiveTestClient> {
    const socket = new WebSocket(url, { headers });
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return new LiveTestClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  /** The first message, already received or still to come, that matches. */
  waitFor(
    predicate: (message: Record<string, unknown>) => boolean,
    timeoutMs = 5_000,
  ): Promise<Record<string, unknown>> {
    const seen = this.messages.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("timed out waiting for a live message")),
        timeoutMs,
      );
      this.waiters.push({
        predicate,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  /** Every event received so far, in arrival order. */
  get events(): { seq: number; type: string; payload: Record<string, unknown>; actor?: unknown }[] {
    return this.messages
      .filter((message) => message.t === "events")
      .flatMap(
        (message) =>
          message.events as { seq: number; type: string; payload: Record<string, unknown> }[],
      );
  }

  waitForSeq(seq: number): Promise<unknown> {
    return this.waitFor(
      (message) =>
        message.t === "events" &&
        (message.events as { seq: number }[]).some((event) => event.seq >= seq),
    );
  }

  close(): void {
    this.socket.close();
  }
}
