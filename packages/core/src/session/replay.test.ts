import { describe, expect, it } from "vitest";
import { EVENT_TYPES, type SessionEvent, sessionEventSchema } from "./events.js";
import { evolve, evolveAll } from "./evolve.js";
import { ANONYMITY_MODES } from "./schema.js";
import { emptySessionState, type SessionState } from "./state.js";
import { randomSession } from "./testing/random-script.js";

const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34];

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function replay(log: readonly SessionEvent[]): SessionState {
  return evolveAll(emptySessionState("session-1"), log);
}

describe("evolve over random sessions", () => {
  const cases = SEEDS.flatMap((seed) => ANONYMITY_MODES.map((mode) => ({ seed, mode })));

  it.each(cases)(
    "seed $seed ($mode): replaying the log equals the state built command by command",
    ({ seed, mode }) => {
      const session = randomSession(seed, 400, mode);
      expect(replay(session.log)).toStrictEqual(session.state);
      const folded = session.log.reduce(evolve, emptySessionState("session-1"));
      expect(folded).toStrictEqual(session.state);
    },
  );

  it.each(SEEDS)("seed %i: replaying the same events twice gives deep-equal states", (seed) => {
    const { log } = randomSession(seed, 300, "named");
    expect(replay(log)).toStrictEqual(replay(log));
  });

  it.each(SEEDS)("seed %i: the state survives a JSON round trip unchanged", (seed) => {
    const { state } = randomSession(seed, 300, "anonymous_to_peers");
    expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
  });

  it.each(SEEDS)("seed %i: never writes into a state it was given", (seed) => {
    // Every state is frozen before the next command: a write into it would throw.
    expect(() =>
      randomSession(seed, 300, "named", (session) => deepFreeze(session.state)),
    ).not.toThrow();
  });

  it.each(SEEDS)(
    "seed %i: every stored event matches the event schema, seqs count up from 1",
    (seed) => {
      const { log } = randomSession(seed, 300, "anonymous");
      log.forEach((event, index) => {
        expect(event.seq).toBe(index + 1);
        expect(sessionEventSchema.safeParse(event).error?.issues).toBeUndefined();
      });
    },
  );

  it("the scripts reach every event type", () => {
    const seen = new Set(
      SEEDS.flatMap((seed) => randomSession(seed, 600, "named").log.map((e) => e.type)),
    );
    expect(EVENT_TYPES.filter((type) => !seen.has(type))).toEqual([]);
  });
});

describe("evolve", () => {
  it("returns the very state it was given for an empty batch", () => {
    const state = emptySessionState("s");
    expect(evolveAll(state, [])).toBe(state);
  });

  it("ignores an event type it does not know, and one naming nothing it holds", () => {
    const state = emptySessionState("s");
    const base = {
      seq: 1,
      at: "2026-11-24T09:00:00.000Z",
      actor: { kind: "participant" as const },
    };
    const unknown = { ...base, type: "poll.opened", payload: {} } as unknown as SessionEvent;
    const dangling: SessionEvent = {
      ...base,
      type: "contribution.edited",
      payload: { contributionId: "nowhere", text: "x" },
    };
    expect(evolve(state, unknown)).toStrictEqual(state);
    expect(evolve(state, dangling)).toStrictEqual(state);
  });
});
