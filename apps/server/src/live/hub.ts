import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  type Actor,
  type ClientMessage,
  OPINION_MAP_MESSAGE_VERSION,
  type OpinionMapView,
  PROTOCOL_VERSION,
  parseClientFrame,
  redactOpinionMap,
  redactState,
  type Viewer,
} from "@samspel/core";
import type { FastifyBaseLogger } from "fastify";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { newId } from "../accounts/tokens.js";
import { AppError } from "../errors.js";
import type { OpinionMaps } from "../opinions/live-maps.js";
import type { SessionRuntime } from "../sessions/runtime.js";
import type { SessionBus } from "./bus.js";
import { type LiveClient, MAX_BUFFERED_BYTES, SessionChannel } from "./channel.js";
import { TokenBucket } from "./token-bucket.js";

/** Who a hello authenticates as, or why not. Resolved by the server's auth (cookie or token). */
export type HelloIdentity =
  | { ok: true; actor: Actor; viewer: Viewer }
  | { ok: false; code: string; message: string };

export type IdentifyHello = (
  request: IncomingMessage,
  hello: Extract<ClientMessage, { t: "hello" }>,
) => Promise<HelloIdentity>;

const HEARTBEAT_MS = 25_000;
/** A command burst a person can make by hand, refilled at a pace no script should exceed. */
const COMMANDS_BURST = 20;
const COMMANDS_PER_SECOND = 10;

interface Connection {
  id: string;
  socket: WebSocket;
  request: IncomingMessage;
  alive: boolean;
  greeted?: boolean;
  client?: LiveClient;
  sessionId?: string;
  actor?: Actor;
  bucket: TokenBucket;
}

/**
 * The live endpoint: one WebSocket per client, `hello` first, then commands and server events.
 * The hub owns sockets and ordering; the runtime owns state and storage.
 */
export class LiveHub {
  private readonly server = new WebSocketServer({
    noServer: true,
    // Larger than our own frame limit, so an oversized frame gets a proper error message and the
    // socket stays open, instead of ws closing it with 1009.
    maxPayload: 1024 * 1024,
    perMessageDeflate: false,
  });
  private readonly channels = new Map<string, SessionChannel>();
  private readonly connections = new Set<Connection>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly runtime: SessionRuntime,
    bus: SessionBus,
    instanceId: string,
    private readonly identify: IdentifyHello,
    private readonly log: FastifyBaseLogger,
    private readonly maps: OpinionMaps,
  ) {
    runtime.onCommit((sessionId, committed, origin, local) => {
      const channel = this.channels.get(sessionId);
      channel?.enqueue(committed, origin);
      // Maps are computed where someone watches: an instance without viewers does no work.
      if (channel) maps.committed(sessionId, committed);
      const last = committed.at(-1);
      // Only our own commits are news to other instances; what we read from the log was theirs.
      if (local && last) {
        bus
          .publish({ sessionId, seq: last.event.seq, origin: instanceId })
          .catch((error: unknown) => log.warn({ err: error }, "could not announce a commit"));
      }
    });
    bus.subscribe((notice) => {
      if (notice.origin === instanceId || !this.channels.has(notice.sessionId)) return;
      runtime
        .refresh(notice.sessionId)
        .catch((error: unknown) => log.warn({ err: error }, "could not catch up a session"));
    });
    maps.onMap((sessionId, map) => {
      this.channels.get(sessionId)?.broadcast((viewer) => opinionMapMessage(map, viewer));
    });
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws, request));
  }

  /** Flushes pending batches now: for tests and for a clean shutdown. */
  flushAll(): void {
    for (const channel of this.channels.values()) channel.flush();
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.maps.close();
    this.flushAll();
    for (const connection of this.connections)
      connection.socket.close(1001, "server shutting down");
    for (const channel of this.channels.values()) channel.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = {
      id: newId(),
      socket,
      request,
      alive: true,
      bucket: new TokenBucket(COMMANDS_BURST, COMMANDS_PER_SECOND),
    };
    this.connections.add(connection);
    socket.on("pong", () => {
      connection.alive = true;
    });
    socket.on("message", (data, isBinary) => {
      this.receive(connection, data, isBinary).catch((error: unknown) => {
        this.log.error({ err: error }, "live message failed");
        this.reply(connection, {
          t: "error",
          code: "internal_error",
          message: "Something went wrong.",
        });
      });
    });
    socket.on("close", () => this.drop(connection));
    socket.on("error", () => this.drop(connection));
  }

  private async receive(connection: Connection, data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary) {
      this.reply(connection, {
        t: "error",
        code: "malformed_frame",
        message: "Send JSON text frames.",
      });
      return;
    }
    const parsed = parseClientFrame(data.toString());
    if (!parsed.ok) {
      this.reply(connection, parsed.error);
      // A client of another protocol version cannot go on: say so, then close.
      if (parsed.error.code === "unsupported_version")
        connection.socket.close(4000, "unsupported protocol version");
      return;
    }
    await this.handle(connection, parsed.message);
  }

  private async handle(connection: Connection, message: ClientMessage): Promise<void> {
    switch (message.t) {
      case "ping":
        this.reply(connection, { t: "pong", id: message.id });
        return;
      case "hello":
        await this.hello(connection, message);
        return;
      case "command":
        await this.command(connection, message);
        return;
    }
  }

  private async hello(
    connection: Connection,
    hello: Extract<ClientMessage, { t: "hello" }>,
  ): Promise<void> {
    if (connection.client) {
      this.reply(connection, {
        t: "error",
        code: "already_joined",
        message: "Hello was already said.",
      });
      return;
    }
    if (hello.v !== PROTOCOL_VERSION) {
      this.reply(connection, {
        t: "error",
        code: "unsupported_version",
        message: `This server speaks protocol version ${PROTOCOL_VERSION}.`,
      });
      connection.socket.close(4000, "unsupported protocol version");
      return;
    }
    const identity = await this.identify(connection.request, hello);
    if (!identity.ok) {
      this.reply(connection, { t: "error", code: identity.code, message: identity.message });
      connection.socket.close(4001, identity.code);
      return;
    }
    connection.actor = identity.actor;
    connection.sessionId = hello.sessionId;

    // A client that is a little behind gets the events it missed; one that is new, or too far
    // behind for the recent log, gets a snapshot.
    const backlog =
      hello.lastSeq === undefined
        ? undefined
        : await this.runtime.eventsSince(hello.sessionId, hello.lastSeq);
    const client: LiveClient = {
      id: connection.id,
      socket: connection.socket,
      viewer: identity.viewer,
      sentSeq: 0,
      pendingAcks: [],
    };
    const channel = this.channelFor(hello.sessionId);
    if (backlog && hello.lastSeq !== undefined) {
      this.reply(connection, {
        t: "welcome",
        v: PROTOCOL_VERSION,
        sessionId: hello.sessionId,
        viewer: identity.viewer,
        seq: hello.lastSeq,
      });
      client.sentSeq = hello.lastSeq;
      channel.attach(client, backlog);
    } else {
      const { state, seq } = await this.runtime.current(hello.sessionId);
      this.reply(connection, {
        t: "welcome",
        v: PROTOCOL_VERSION,
        sessionId: hello.sessionId,
        viewer: identity.viewer,
        seq,
        snapshot: redactState(state, identity.viewer),
      });
      client.sentSeq = seq;
      channel.attach(client, []);
    }
    connection.client = client;
    this.sendOpinionMap(connection, hello.sessionId);
  }

  /** A viewer who arrives (or reloads) gets the latest map at once, without waiting for votes. */
  private sendOpinionMap(connection: Connection, sessionId: string): void {
    const map = this.maps.latest(sessionId);
    if (map && connection.client) {
      this.write(connection.socket, opinionMapMessage(map, connection.client.viewer));
      return;
    }
    this.runtime
      .current(sessionId)
      .then(({ state, seq }) => {
        if (this.channels.has(sessionId)) this.maps.watch(sessionId, state, seq);
      })
      .catch((error: unknown) => this.log.warn({ err: error }, "could not start a map"));
  }

  private async command(
    connection: Connection,
    message: Extract<ClientMessage, { t: "command" }>,
  ): Promise<void> {
    const { client, actor, sessionId } = connection;
    if (!client || !actor || !sessionId) {
      this.reply(connection, {
        t: "error",
        commandId: message.commandId,
        code: "hello_first",
        message: "Say hello before sending commands.",
      });
      return;
    }
    if (!connection.bucket.take()) {
      this.reply(connection, {
        t: "error",
        commandId: message.commandId,
        code: "rate_limited",
        message: "Too many commands. Slow down a little.",
      });
      return;
    }
    const { t: _t, ...command } = message;
    const result = await this.runtime
      .execute(sessionId, command, actor, {
        clientId: client.id,
        commandId: message.commandId,
      })
      .catch((error: unknown) => {
        // A read model may refuse what the engine allowed (a decision's effect naming a process
        // of another organisation): answer it like a refusal, so the sender's command settles.
        if (!(error instanceof AppError)) throw error;
        return { ok: false as const, error: { code: error.code, message: error.message } };
      });
    if (!result.ok) {
      this.reply(connection, { t: "error", commandId: message.commandId, ...result.error });
      return;
    }
    this.channelFor(sessionId).ack(client, message.commandId, result.seq);
  }

  private channelFor(sessionId: string): SessionChannel {
    let channel = this.channels.get(sessionId);
    if (!channel) {
      channel = new SessionChannel((client, text) => this.write(client.socket, text));
      this.channels.set(sessionId, channel);
    }
    return channel;
  }

  private drop(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (!connection.sessionId) return;
    const channel = this.channels.get(connection.sessionId);
    if (!channel) return;
    channel.detach(connection.id);
    if (channel.clients.size === 0) {
      channel.close();
      this.channels.delete(connection.sessionId);
      this.maps.forget(connection.sessionId);
    }
  }

  private reply(connection: Connection, message: Record<string, unknown>): void {
    this.write(connection.socket, JSON.stringify(message));
  }

  /** A slow client must not hold up the others, nor grow our memory: drop it, it will resume. */
  private write(socket: WebSocket, text: string): void {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    socket.send(text);
  }

  private beat(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }
}

function opinionMapMessage(map: OpinionMapView, viewer: Viewer): string {
  return JSON.stringify({
    t: "opinion_map",
    v: OPINION_MAP_MESSAGE_VERSION,
    map: redactOpinionMap(map, viewer),
  });
}
