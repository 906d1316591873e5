import { describe, expect, it } from "vitest";
import { MAX_CLIENT_FRAME_BYTES, PROTOCOL_VERSION } from "./messages.js";
import { parseClientFrame, utf8ByteLength } from "./parse.js";

const hello = {
  t: "hello",
  v: PROTOCOL_VERSION,
  sessionId: "session-1",
  token: "t0k3n",
  lastSeq: 41,
};
const command = {
  t: "command",
  commandId: "c-7",
  type: "contribution.add",
  payload: { kind: "reflection", text: " Three forms ask the same " },
};
const frame = (value: unknown) => JSON.stringify(value);

describe("parseClientFrame", () => {
  it("reads hello, command and ping", () => {
    expect(parseClientFrame(frame(hello))).toEqual({ ok: true, message: hello });
    expect(parseClientFrame(frame({ t: "hello", v: 1, sessionId: "s", as: "observer" })).ok).toBe(
      true,
    );
    expect(parseClientFrame(frame(command))).toEqual({
      ok: true,
      message: { ...command, payload: { kind: "reflection", text: "Three forms ask the same" } },
    });
    expect(parseClientFrame(frame({ t: "ping", id: "1" }))).toEqual({
      ok: true,
      message: { t: "ping", id: "1" },
    });
  });

  it("answers a frame that is not JSON with malformed_frame", () => {
    expect(parseClientFrame("{nope")).toMatchObject({
      ok: false,
      error: { t: "error", code: "malformed_frame" },
    });
  });

  it("answers an oversize frame before parsing it, counting UTF-8 bytes", () => {
    const text = "æ".repeat(MAX_CLIENT_FRAME_BYTES / 2);
    const big = frame({ ...command, payload: { kind: "reflection", text } });
    expect(big.length).toBeLessThan(MAX_CLIENT_FRAME_BYTES);
    expect(parseClientFrame(big)).toMatchObject({ ok: false, error: { code: "frame_too_large" } });
  });

  it("names the command whose payload is invalid, with the issues", () => {
    const invalid = { ...command, payload: { kind: "opinion", text: "x", extra: 1 } };
    const result = parseClientFrame(frame(invalid));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "validation_failed",
        commandId: "c-7",
        details: { issues: expect.any(Array) },
      },
    });
    const paths = result.ok
      ? []
      : (result.error.details as { issues: { path: unknown }[] }).issues.map((i) => i.path);
    expect(paths).toEqual([["payload", "kind"], ["payload"]]);
  });

  it("answers an unknown message type, a missing field or an unknown field with invalid_message", () => {
    for (const value of [
      { t: "subscribe" },
      { t: "ping" },
      { ...hello, admin: true },
      [],
      "hello",
      { t: "command", type: "hand.raise", payload: {} },
    ]) {
      expect(parseClientFrame(frame(value))).toMatchObject({
        ok: false,
        error: { code: "invalid_message" },
      });
    }
  });

  it("answers another protocol version with unsupported_version", () => {
    expect(parseClientFrame(frame({ ...hello, v: 2 }))).toMatchObject({
      ok: false,
      error: { code: "unsupported_version" },
    });
  });
});

describe("utf8ByteLength", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["æøå", 6],
    ["€", 3],
    ["🙂", 4],
    ["a🙂b", 6],
  ])("%j is %i bytes", (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });
});
