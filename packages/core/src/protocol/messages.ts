import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { opinionMapViewSchema } from "../opinions/map.js";
import { viewerSchema } from "../session/actor.js";
import { commandIdSchema, sessionCommandSchema } from "../session/commands.js";
import { DOMAIN_ERROR_CODES } from "../session/errors.js";
import { sessionEventSchema } from "../session/events.js";
import { withMessage } from "../session/schema-helpers.js";
import type { SessionState } from "../session/state.js";

/**
 * The live protocol: one WebSocket per client, one JSON object per text frame, each with its
 * message type in `t` (short: it heads every frame, and `type` is a command's own field). The client says `hello`, the server answers `welcome` (with a redacted snapshot, or
 * without one when it can resume from the client's `lastSeq`) and then streams `events` in seq
 * order. Commands are answered with `ack` (the seq they reached) or `error`. `ping`/`pong` are
 * the heartbeat. Bump the version on any change an older peer would misread.
 */
export const PROTOCOL_VERSION = 1;

/** Bound on a client frame: a 2,000-character contribution in any script fits with room. */
export const MAX_CLIENT_FRAME_BYTES = 16 * 1024;
/** Bound on one `events` message; the server splits a longer catch-up into several. */
export const MAX_EVENTS_PER_MESSAGE = 500;

/** Transport errors; a command's own refusals use the domain codes (session/errors.ts). */
export const PROTOCOL_ERROR_CODES = [
  "frame_too_large",
  "malformed_frame",
  "invalid_message",
  "validation_failed",
  "unsupported_version",
  "hello_first",
  "already_welcomed",
  "unknown_session",
  "invalid_token",
  "rate_limited",
  "internal_error",
] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];
export const errorCodeSchema = z.enum([...PROTOCOL_ERROR_CODES, ...DOMAIN_ERROR_CODES]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

const pingIdSchema = z.string().min(1).max(64);
const seqSchema = z.number().int().nonnegative();

// Client -> server

export const helloMessageSchema = z.strictObject({
  t: z.literal("hello"),
  /** PROTOCOL_VERSION; another answers `unsupported_version`. */
  v: z.number().int().positive(),
  sessionId: idSchema,
  /** A participant's secret token. Facilitators are known by their login cookie instead. */
  token: z.string().min(1).max(256).optional(),
  /** A read-only viewer, such as the wall screen. */
  as: z.literal("observer").optional(),
  /** The last seq the client holds: the server resumes after it, or sends a snapshot. */
  lastSeq: seqSchema.optional(),
});

/** `{t: "command", commandId, type, payload}`: `type` and `payload` as in sessionCommandSchema. */
export const commandMessageSchema = withMessage(sessionCommandSchema, {
  t: z.literal("command"),
  commandId: commandIdSchema,
});

export const pingMessageSchema = z.strictObject({ t: z.literal("ping"), id: pingIdSchema });

export const clientMessageSchema = z.union([
  helloMessageSchema,
  commandMessageSchema,
  pingMessageSchema,
]);
export type ClientMessage = z.output<typeof clientMessageSchema>;
export type ClientMessageOf<T extends ClientMessage["t"]> = Extract<ClientMessage, { t: T }>;

// Server -> client

export const welcomeMessageSchema = z.strictObject({
  t: z.literal("welcome"),
  v: z.literal(PROTOCOL_VERSION),
  sessionId: idSchema,
  /** Who the server takes the client to be; a participant's view carries their id. */
  viewer: viewerSchema,
  /**
   * With a snapshot: the snapshot's seq. Without: the seq the server resumes after (the hello's
   * `lastSeq`); events from `seq + 1` follow.
   */
  seq: seqSchema,
  /** The session redacted for this viewer, at `seq`. Absent when resuming from `lastSeq`. */
  snapshot: z
    .custom<SessionState>((value) => typeof value === "object" && value !== null)
    .optional(),
});

/** Events in seq order, redacted for the viewer, without gaps; a batch may repeat seqs a client has. */
export const eventsMessageSchema = z.strictObject({
  t: z.literal("events"),
  events: z.array(sessionEventSchema).min(1).max(MAX_EVENTS_PER_MESSAGE),
});

/** The command was applied; `seq` is its last event's, or the session's seq if it changed nothing. */
export const ackMessageSchema = z.strictObject({
  t: z.literal("ack"),
  commandId: commandIdSchema,
  seq: seqSchema,
});

export const errorMessageSchema = z.strictObject({
  t: z.literal("error"),
  /** The command refused, when the error answers one. */
  commandId: commandIdSchema.optional(),
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});

export const pongMessageSchema = z.strictObject({ t: z.literal("pong"), id: pingIdSchema });

/**
 * The version of the `opinion_map` message, apart from PROTOCOL_VERSION: the message was added
 * to protocol 1 without breaking it (a client ignores a `t` it does not know), and its shape may
 * change on its own; a client that reads another `v` ignores the message.
 */
export const OPINION_MAP_MESSAGE_VERSION = 1;

/**
 * The latest opinion map of a step: derived data, not an event, so it carries no seq of its own
 * in the stream (`map.seq` says which votes it reflects). Sent after votes, debounced, to every
 * viewer, and once after `welcome` when a map exists.
 */
export const opinionMapMessageSchema = z.strictObject({
  t: z.literal("opinion_map"),
  v: z.literal(OPINION_MAP_MESSAGE_VERSION),
  map: opinionMapViewSchema,
});

export const serverMessageSchema = z.discriminatedUnion("t", [
  welcomeMessageSchema,
  eventsMessageSchema,
  ackMessageSchema,
  errorMessageSchema,
  pongMessageSchema,
  opinionMapMessageSchema,
]);
export type ServerMessage = z.output<typeof serverMessageSchema>;
export type ServerMessageOf<T extends ServerMessage["t"]> = Extract<ServerMessage, { t: T }>;
