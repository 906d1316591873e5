import {
  applyServerMessage,
  type ClientSession,
  type OpinionMapView,
  PROTOCOL_VERSION,
  type ServerMessage,
  type SessionCommand,
  serverMessageSchema,
  type Viewer,
} from "@samspel/core";

/** Backoff after a dropped connection: 0.5 s, 1 s, 2 s … up to 15 s, with jitter so a room of
 * phones that lost the Wi-Fi together does not reconnect in one burst. */
export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 15_000;
export const RECONNECT_JITTER = 0.3;
/** The server pings at the WebSocket level every 25 s; our own ping finds a dead socket the
 * browser has not noticed yet (a phone that slept, a NAT that forgot us). */
export const PING_INTERVAL_MS = 20_000;
export const PONG_TIMEOUT_MS = 10_000;
/** A command unanswered this long is reported as failed; a resend keeps its id, so a late
 * success is never applied twice. */
export const COMMAND_TIMEOUT_MS = 20_000;

/** Errors after which reconnecting cannot help. */
const FATAL_CODES = new Set(["invalid_token", "unknown_session", "unsupported_version"]);

export type LiveStatus = "connecting" | "open" | "reconnecting" | "failed";

export interface LiveSnapshot {
  status: LiveStatus;
  session: ClientSession | null;
  viewer: Viewer | null;
  /** Why the connection failed for good, when `status` is "failed". */
  failure: { code: string; message: string } | null;
  /** The latest opinion map the server sent (derived data, outside the event stream). */
  opinionMap: OpinionMapView | null;
}

export interface LiveOptions {
  sessionId: string;
  token?: string | undefined;
  as?: "observer" | undefined;
}

/** A command the server refused, with its stable code (domain or protocol), or "timeout". */
export class LiveCommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "LiveCommandError";
  }
}

interface PendingCommand {
  frame: string;
  resolve: (seq: number) => void;
  reject: (error: LiveCommandError) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function liveUrl(location: Location = window.location): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/api/live`;
}

/**
 * One live connection to one session: hello (with the seq it holds, to resume), the session as
 * this viewer sees it, reconnection with backoff, and commands answered by ack or error. Not
 * React-specific: `useLiveSession` wraps it.
 */
export class LiveConnection {
  private socket: WebSocket | null = null;
  private snapshot: LiveSnapshot = {
    status: "connecting",
    session: null,
    viewer: null,
    failure: null,
    opinionMap: null,
  };
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly pending = new Map<string, PendingCommand>();
  private disposed = false;

  constructor(
    private readonly options: LiveOptions,
    private readonly onChange: (snapshot: LiveSnapshot) => void,
    private readonly url: string = liveUrl(),
  ) {}

  get current(): LiveSnapshot {
    return this.snapshot;
  }

  start(): void {
    window.addEventListener("online", this.reconnectNow);
    this.connect();
  }

  dispose(): void {
    this.disposed = true;
    window.removeEventListener("online", this.reconnectNow);
    this.clearTimers();
    this.socket?.close(1000, "leaving");
    this.socket = null;
    for (const [commandId, command] of this.pending) {
      clearTimeout(command.timer);
      command.reject(new LiveCommandError("disconnected", "The connection was closed."));
      this.pending.delete(commandId);
    }
  }

  /** Sends a command; resolves with the seq it reached, rejects with the server's code. */
  send(command: SessionCommand): Promise<number> {
    const commandId = crypto.randomUUID();
    const frame = JSON.stringify({ t: "command", commandId, ...command });
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(commandId);
        reject(new LiveCommandError("timeout", "No answer from the server."));
      }, COMMAND_TIMEOUT_MS);
      this.pending.set(commandId, { frame, resolve, reject, timer });
      // Sent now when welcomed; otherwise on the next welcome (see `receive`).
      if (this.snapshot.status === "open") this.socket?.send(frame);
    });
  }

  private readonly reconnectNow = () => {
    if (this.disposed || this.snapshot.status === "failed") return;
    if (this.snapshot.status === "open") return;
    this.attempt = 0;
    this.restart(0);
  };

  private update(change: Partial<LiveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.onChange(this.snapshot);
  }

  private connect(): void {
    if (this.disposed) return;
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      const session = this.snapshot.session;
      socket.send(
        JSON.stringify({
          t: "hello",
          v: PROTOCOL_VERSION,
          sessionId: this.options.sessionId,
          ...(this.options.token && { token: this.options.token }),
          ...(this.options.as && { as: this.options.as }),
          ...(session && { lastSeq: session.seq }),
        }),
      );
    };
    socket.onmessage = (event) => {
      if (socket !== this.socket || typeof event.data !== "string") return;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = serverMessageSchema.safeParse(data);
      if (parsed.success) this.receive(parsed.data);
    };
    socket.onclose = () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.stopHeartbeat();
      if (this.disposed || this.snapshot.status === "failed") return;
      this.scheduleReconnect();
    };
  }

  private receive(message: ServerMessage): void {
    const result = applyServerMessage(this.snapshot.session, message);
    if (result.gap) {
      // The stream cannot continue from what we hold: resume from where we are, or start over
      // with a fresh snapshot when even that is unknown.
      const keep = result.gap.resumeFrom !== undefined ? result.session : null;
      this.snapshot = { ...this.snapshot, session: keep };
      this.restart(0);
      return;
    }
    switch (message.t) {
      case "welcome":
        this.attempt = 0;
        this.update({
          status: "open",
          session: result.session,
          viewer: message.viewer,
          failure: null,
        });
        this.startHeartbeat();
        // Commands written while offline go now; ids are kept, so one that did reach the
        // server before the drop is answered with its first result, not applied twice.
        for (const command of this.pending.values()) this.socket?.send(command.frame);
        return;
      case "events":
        if (result.session !== this.snapshot.session) this.update({ session: result.session });
        return;
      case "ack":
        this.settle(message.commandId, (command) => command.resolve(message.seq));
        return;
      case "opinion_map":
        this.update({ opinionMap: message.map });
        return;
      case "pong":
        if (this.pongTimer) clearTimeout(this.pongTimer);
        this.pongTimer = null;
        return;
      case "error":
        if (message.commandId) {
          this.settle(message.commandId, (command) =>
            command.reject(new LiveCommandError(message.code, message.message)),
          );
        } else if (FATAL_CODES.has(message.code)) {
          this.update({
            status: "failed",
            failure: { code: message.code, message: message.message },
          });
          this.socket?.close(1000, "failed");
        }
        return;
    }
  }

  private settle(commandId: string, settle: (command: PendingCommand) => void): void {
    const command = this.pending.get(commandId);
    if (!command) return;
    clearTimeout(command.timer);
    this.pending.delete(commandId);
    settle(command);
  }

  /** Drops the socket and connects again after `delay`. */
  private restart(delay: number): void {
    const socket = this.socket;
    this.socket = null;
    this.stopHeartbeat();
    socket?.close(1000, "resuming");
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.update({ status: this.snapshot.session ? "reconnecting" : "connecting" });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private scheduleReconnect(): void {
    const backoff = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** this.attempt);
    const jitter = backoff * RECONNECT_JITTER * Math.random();
    this.attempt += 1;
    this.restart(backoff + jitter);
  }

  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.pingTimer = setInterval(() => {
      const socket = this.socket;
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      socket.send(JSON.stringify({ t: "ping", id: String(Date.now()) }));
      if (!this.pongTimer) {
        this.pongTimer = setTimeout(() => {
          this.pongTimer = null;
          this.scheduleReconnect();
        }, PONG_TIMEOUT_MS);
      }
    }, PING_INTERVAL_MS);
  }

  private stopHeartbeat(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.pingTimer = null;
    this.pongTimer = null;
  }

  private clearTimers(): void {
    this.stopHeartbeat();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
  }
}
