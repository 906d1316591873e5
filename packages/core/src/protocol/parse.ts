import type { z } from "zod";
import {
  type ClientMessage,
  clientMessageSchema,
  commandMessageSchema,
  MAX_CLIENT_FRAME_BYTES,
  PROTOCOL_VERSION,
  type ProtocolErrorCode,
  type ServerMessageOf,
} from "./messages.js";

export type ParsedClientFrame =
  | { ok: true; message: ClientMessage }
  | { ok: false; error: ServerMessageOf<"error"> };

/**
 * Reads one client frame, or says what is wrong with it as the `error` message to send back.
 * The socket stays open either way. A command whose payload is invalid is answered with its
 * `commandId`, so the client knows which of its commands failed.
 */
export function parseClientFrame(frame: string): ParsedClientFrame {
  if (utf8ByteLength(frame) > MAX_CLIENT_FRAME_BYTES) {
    return refuse("frame_too_large", `Frames are at most ${MAX_CLIENT_FRAME_BYTES} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return refuse("malformed_frame", "A frame is one JSON object.");
  }
  const commandId = commandIdOf(value);
  if (commandId !== undefined) {
    const command = commandMessageSchema.safeParse(value);
    if (!command.success) {
      return refuse("validation_failed", "The command is not valid.", command.error, commandId);
    }
    return { ok: true, message: command.data };
  }
  const parsed = clientMessageSchema.safeParse(value);
  if (!parsed.success) return refuse("invalid_message", "The message is not valid.", parsed.error);
  if (parsed.data.t === "hello" && parsed.data.v !== PROTOCOL_VERSION) {
    return refuse("unsupported_version", `This server speaks protocol ${PROTOCOL_VERSION}.`);
  }
  return { ok: true, message: parsed.data };
}

/** The commandId of something that looks like a command, so an error can name it. */
function commandIdOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("t" in value)) return undefined;
  if (value.t !== "command" || !("commandId" in value)) return undefined;
  const { commandId } = value;
  return typeof commandId === "string" && commandId.length > 0 && commandId.length <= 64
    ? commandId
    : undefined;
}

function refuse(
  code: ProtocolErrorCode,
  message: string,
  error?: z.ZodError,
  commandId?: string,
): ParsedClientFrame {
  const details = error && {
    issues: error.issues.map(({ path, code, message }) => ({ path, code, message })),
  };
  return {
    ok: false,
    error: {
      t: "error",
      code,
      message,
      ...(commandId !== undefined && { commandId }),
      ...(details && { details }),
    },
  };
}

/** UTF-8 size without TextEncoder, which core's ES-only typings (and some runtimes) lack. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
