import { describe, expect, it } from "vitest";
import { COMMAND_TYPES, commandEnvelopeSchema, sessionCommandSchema } from "./commands.js";
import { EVENT_TYPES } from "./events.js";

const add = { type: "contribution.add", payload: { kind: "fact", text: "  41 days  " } };

describe("sessionCommandSchema", () => {
  it("trims text and takes a known command", () => {
    expect(sessionCommandSchema.parse(add)).toEqual({
      type: "contribution.add",
      payload: { kind: "fact", text: "41 days" },
    });
  });

  it("refuses an unknown type, an unknown payload field and an unknown top-level field", () => {
    expect(sessionCommandSchema.safeParse({ type: "poll.open", payload: {} }).success).toBe(false);
    const extra = sessionCommandSchema.safeParse({
      ...add,
      payload: { ...add.payload, author: "p-2" },
    });
    expect(extra.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["author"] });
    expect(sessionCommandSchema.safeParse({ ...add, actor: "x" }).success).toBe(false);
  });

  it("bounds sizes: text on the wire, ids, names, lists", () => {
    const tooLong = { ...add, payload: { kind: "fact", text: "a".repeat(4_001) } };
    expect(sessionCommandSchema.safeParse(tooLong).success).toBe(false);
    const longId = { type: "contribution.withdraw", payload: { contributionId: "x".repeat(65) } };
    expect(sessionCommandSchema.safeParse(longId).success).toBe(false);
    const twice = { type: "round.start", payload: { participantIds: ["p-1", "p-1"] } };
    expect(sessionCommandSchema.safeParse(twice).success).toBe(false);
    const noName = { type: "group.create", payload: { name: "   " } };
    expect(sessionCommandSchema.safeParse(noName).success).toBe(false);
    const zeroTimebox = {
      type: "step.add",
      payload: { step: { phase: "other", methodName: "Break", timeboxSeconds: 0 } },
    };
    expect(sessionCommandSchema.safeParse(zeroTimebox).success).toBe(false);
    const tooManyDots = {
      type: "step.update",
      payload: { stepId: "s", changes: { settings: { dotVoteBudget: 21 } } },
    };
    expect(sessionCommandSchema.safeParse(tooManyDots).success).toBe(false);
  });

  it("names commands noun.verb and events noun.past_tense, each once", () => {
    expect(new Set(COMMAND_TYPES).size).toBe(COMMAND_TYPES.length);
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    for (const type of [...COMMAND_TYPES, ...EVENT_TYPES])
      expect(type).toMatch(/^[a-z]+\.[a-z_]+$/);
  });
});

describe("commandEnvelopeSchema", () => {
  it("adds a commandId of 1 to 64 characters", () => {
    expect(commandEnvelopeSchema.parse({ commandId: "c-1", ...add })).toMatchObject({
      commandId: "c-1",
      type: "contribution.add",
      payload: { text: "41 days" },
    });
    expect(commandEnvelopeSchema.safeParse({ commandId: "", ...add }).success).toBe(false);
    expect(commandEnvelopeSchema.safeParse({ commandId: "c".repeat(65), ...add }).success).toBe(
      false,
    );
    expect(commandEnvelopeSchema.safeParse(add).success).toBe(false);
  });

  it("reports a payload issue at its path", () => {
    const result = commandEnvelopeSchema.safeParse({
      commandId: "c-1",
      type: "contribution.add",
      payload: { kind: "opinion", text: "x" },
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["payload", "kind"]]);
  });
});
