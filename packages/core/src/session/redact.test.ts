import { describe, expect, it } from "vitest";
import type { Viewer } from "./actor.js";
import { type SessionEvent, sessionEventSchema } from "./events.js";
import { evolve, evolveAll } from "./evolve.js";
import { redactEvent, redactState } from "./redact.js";
import { ANONYMITY_MODES, type AnonymityMode } from "./schema.js";
import { emptySessionState, type SessionState } from "./state.js";
import { participantIds } from "./testing/harness.js";
import { randomSession } from "./testing/random-script.js";

const SEEDS = [1, 2, 3, 5, 8, 13];
const PEOPLE = participantIds(6);
const emptyState = () => emptySessionState("session-1");

const VIEWERS: Viewer[] = [
  { class: "facilitator" },
  { class: "participant" },
  { class: "observer" },
  { class: "participant", participantId: "p-1" },
  { class: "participant", participantId: "p-2" },
];

/** Every string in a JSON value, keys included, with the path that leads to it. */
function* strings(value: unknown, path: string[] = []): Generator<[string[], string]> {
  if (typeof value === "string") yield [path, value];
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      yield [path, key];
      yield* strings(child, [...path, key]);
    }
  }
}

/**
 * Where a participant id may stand: the participant list, rounds, hands and who a proposal round
 * asks, in turn (all spoken aloud in the room), and who chose to show their name on the map.
 */
const PUBLIC_STATE = new Set(["participants", "participantOrder", "rounds", "hands", "namesOnMap"]);
const PUBLIC_EVENTS = /^(participant|round|hand)\.|^proposal\.round_started$|^opinion\.name_shown$/;

function isPublicPath(path: string[]): boolean {
  if (PUBLIC_STATE.has(path[0] ?? "")) return true;
  return path[0] === "proposalRounds" && path[2] === "order";
}

/** The other participants' ids a viewer can find in a state and the events they receive. */
function leakedIds(viewer: Viewer, state: SessionState, events: SessionEvent[]): string[] {
  const others = new Set(PEOPLE.filter((id) => id !== viewer.participantId));
  const found: string[] = [];
  for (const [path, value] of strings(state)) {
    if (others.has(value) && !isPublicPath(path)) found.push(`${path.join(".")}=${value}`);
  }
  for (const event of events) {
    if (PUBLIC_EVENTS.test(event.type)) continue;
    for (const [path, value] of strings(event)) {
      if (others.has(value)) found.push(`${event.type}:${path.join(".")}=${value}`);
    }
  }
  return found;
}

/**
 * Follows a random session as one viewer: a redacted snapshot of the lobby, then every event
 * redacted with the state right after it (as the server does on commit) and applied with evolve.
 * `check` sees the browser's and the server's state after every command.
 */
function follow(
  seed: number,
  mode: AnonymityMode,
  viewer: Viewer,
  check?: (browser: SessionState, server: SessionState) => void,
) {
  let server: SessionState | undefined;
  let browser: SessionState | undefined;
  let applied = 0;
  const received: SessionEvent[] = [];
  const session = randomSession(seed, 300, mode, (current) => {
    if (server === undefined || browser === undefined) {
      server = current.state;
      browser = redactState(server, viewer);
      applied = current.seq;
      return;
    }
    for (const event of current.log.slice(applied)) {
      server = evolve(server, event);
      const redacted = redactEvent(event, viewer, server);
      received.push(redacted);
      browser = evolve(browser, redacted);
    }
    applied = current.seq;
    check?.(browser, server);
  });
  return { session, received, browser: browser as SessionState };
}

const ALL_CASES = SEEDS.flatMap((seed) =>
  ANONYMITY_MODES.flatMap((mode) => VIEWERS.map((viewer) => ({ seed, mode, viewer }))),
);
const name = "seed $seed, $mode, $viewer.class $viewer.participantId";

describe("the browser's state, built from redacted events, is the server's redacted state", () => {
  it.each(ALL_CASES)(`${name}: after every command`, ({ seed, mode, viewer }) => {
    follow(seed, mode, viewer, (browser, server) => {
      expect(browser).toStrictEqual(redactState(server, viewer));
    });
  });

  it.each(ALL_CASES)(
    `${name}: catching up with events redacted against a later state`,
    ({ seed, mode, viewer }) => {
      // A reconnecting client resumes from its seq; the server may only have its latest state to
      // redact the missed events with. The end state must still be exact.
      const { session } = follow(seed, mode, viewer);
      const resumeAt = Math.floor(session.log.length / 3);
      const snapshot = redactState(evolveAll(emptyState(), session.log.slice(0, resumeAt)), viewer);
      const missed = session.log.slice(resumeAt).map((e) => redactEvent(e, viewer, session.state));
      expect(evolveAll(snapshot, missed)).toStrictEqual(redactState(session.state, viewer));
    },
  );

  it.each(ALL_CASES)(
    `${name}: every redacted event still matches the event schema`,
    ({ seed, mode, viewer }) => {
      for (const event of follow(seed, mode, viewer).received) {
        expect(sessionEventSchema.safeParse(event).error?.issues).toBeUndefined();
      }
    },
  );
});

describe("anonymity holds: no identifying field reaches a viewer who must not see it", () => {
  const peers = VIEWERS.filter((viewer) => viewer.class !== "facilitator");
  const hidden = SEEDS.flatMap((seed) => [
    ...peers.map((viewer) => ({ seed, mode: "anonymous_to_peers" as const, viewer })),
    ...VIEWERS.map((viewer) => ({ seed, mode: "anonymous" as const, viewer })),
  ]);

  it.each(hidden)(
    `${name}: no other participant's id outside the participant list, rounds and hands`,
    ({ seed, mode, viewer }) => {
      const { session, received } = follow(seed, mode, viewer);
      expect(leakedIds(viewer, redactState(session.state, viewer), received)).toEqual([]);
    },
  );

  it.each(SEEDS)(
    "seed %i: the check finds ids where they may be seen (named, and facilitators in anonymous_to_peers)",
    (seed) => {
      for (const [mode, viewer] of [
        ["named", { class: "participant" }],
        ["anonymous_to_peers", { class: "facilitator" }],
      ] as const) {
        const { session, received } = follow(seed, mode, viewer);
        expect(leakedIds(viewer, redactState(session.state, viewer), received)).not.toEqual([]);
      }
    },
  );
});

describe("opinion votes are a secret ballot, in every mode and for every viewer", () => {
  const cases = SEEDS.flatMap((seed) =>
    ANONYMITY_MODES.flatMap((mode) => VIEWERS.map((viewer) => ({ seed, mode, viewer }))),
  );

  it.each(cases)(
    `${name}: only the viewer's own votes, in state and events`,
    ({ seed, mode, viewer }) => {
      const { session, received } = follow(seed, mode, viewer);
      const self = viewer.participantId;
      const state = redactState(session.state, viewer);
      const voters = Object.values(state.opinionVotes).flatMap((byParticipant) =>
        byParticipant.flatMap((bucket) => Object.keys(bucket)),
      );
      expect(voters.filter((id) => id !== self)).toEqual([]);
      const others = received.filter(
        (e) =>
          e.type === "opinion.voted" && (e.payload.participantId ?? e.actor.id ?? self) !== self,
      );
      expect(others).toEqual([]);
    },
  );

  it("the scripts do vote, so the walk above has something to find", () => {
    const votes = SEEDS.flatMap((seed) =>
      randomSession(seed, 300, "named").log.filter((e) => e.type === "opinion.voted"),
    );
    expect(votes.length).toBeGreaterThan(10);
  });
});

describe("facilitators' step notes", () => {
  // The notes the random scripts write: on the designed steps, added steps and updates.
  const NOTES = new Set(["Only for me", "Coffee", "Secret"]);
  const notesIn = (value: unknown) => [...strings(value)].filter(([, text]) => NOTES.has(text));

  it.each(SEEDS)("seed %i: reach facilitators only, in snapshots and in events", (seed) => {
    for (const viewer of VIEWERS) {
      const { session, received } = follow(seed, "named", viewer);
      // The lobby's events too: `session.created` carries the designed steps.
      const lobby = session.log.slice(0, 2).map((e) => redactEvent(e, viewer, session.state));
      const seen = notesIn([redactState(session.state, viewer), lobby, received]);
      if (viewer.class === "facilitator") expect(seen).not.toEqual([]);
      else expect(seen).toEqual([]);
    }
  });
});
