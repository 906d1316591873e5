import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import type { SessionCommand } from "./commands.js";
import {
  DOMAIN_ERROR_CODES,
  type DomainErrorCode,
  domainError,
  isDomainErrorCode,
} from "./errors.js";
import {
  buildSession,
  FACILITATOR,
  OBSERVER,
  participant,
  TestSession as Session,
  type TestSession,
} from "./testing/harness.js";

type Scenario = () => [TestSession, Actor, SessionCommand];

const p1 = participant("p-1");
const p2 = participant("p-2");

/** In the share-facts step, p-1 has posted a fact. */
function withFact(): [TestSession, string] {
  const session = buildSession();
  const id = session.create(p1, {
    type: "contribution.add",
    payload: { kind: "fact", text: "41 days" },
  });
  return [session, id];
}

/** In the discover step, p-1 has written an insight and made a group. */
function discovering(): [TestSession, string, string] {
  const session = buildSession({ step: 2 });
  const insight = session.create(p1, {
    type: "contribution.add",
    payload: { kind: "insight", text: "Handoffs" },
  });
  return [
    session,
    insight,
    session.create(p1, { type: "group.create", payload: { name: "Flow" } }),
  ];
}

function inRound(): [TestSession, string] {
  const session = buildSession();
  return [session, session.create(FACILITATOR, { type: "round.start", payload: {} })];
}

const raise: SessionCommand = { type: "hand.raise", payload: {} };
const none = {};

/** One way to meet every refusal: the type makes sure no code goes untested. */
const SCENARIOS: Record<DomainErrorCode, Scenario> = {
  not_allowed: () => [buildSession(), OBSERVER, raise],
  not_joined: () => [buildSession(), participant("p-9"), raise],
  already_joined: () => [buildSession(), p1, { type: "participant.join", payload: none }],
  ground_rules_not_acknowledged: () => {
    const session = buildSession();
    session.must(participant("p-9"), { type: "participant.join", payload: none });
    return [session, participant("p-9"), raise];
  },
  session_not_created: () => [new Session(), FACILITATOR, { type: "session.open", payload: none }],
  session_exists: () => [
    buildSession({ until: "draft" }),
    FACILITATOR,
    {
      type: "session.create",
      payload: { organisationId: "o", title: "T", question: "", language: "en" },
    },
  ],
  session_not_open: () => [
    buildSession({ until: "draft" }),
    p1,
    { type: "participant.join", payload: none },
  ],
  session_not_running: () => [buildSession({ until: "open" }), p1, raise],
  session_closed: () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "session.close", payload: none });
    return [
      session,
      FACILITATOR,
      { type: "step.add", payload: { step: { phase: "other", methodName: "More" } } },
    ];
  },
  invalid_transition: () => [buildSession(), FACILITATOR, { type: "session.open", payload: none }],
  anonymity_locked: () => [
    buildSession(),
    FACILITATOR,
    { type: "session.update", payload: { anonymity: "anonymous" } },
  ],
  unknown_step: () => [
    buildSession(),
    FACILITATOR,
    { type: "step.start", payload: { stepId: "nope" } },
  ],
  too_many_steps: () => {
    const session = buildSession({ until: "draft" });
    for (let i = session.stepIds.length; i < 50; i += 1) {
      session.must(FACILITATOR, {
        type: "step.add",
        payload: { step: { phase: "other", methodName: `Step ${i}` } },
      });
    }
    return [
      session,
      FACILITATOR,
      { type: "step.add", payload: { step: { phase: "other", methodName: "51" } } },
    ];
  },
  no_current_step: () => {
    const session = buildSession({ until: "open" });
    session.must(FACILITATOR, { type: "session.start", payload: none });
    return [session, p1, { type: "contribution.add", payload: { kind: "fact", text: "x" } }];
  },
  step_already_started: () => {
    const session = buildSession();
    return [
      session,
      FACILITATOR,
      { type: "step.remove", payload: { stepId: session.stepIds[0] ?? "" } },
    ];
  },
  step_not_silent: () => {
    const session = buildSession();
    return [
      session,
      FACILITATOR,
      { type: "step.reveal", payload: { stepId: session.stepIds[0] ?? "" } },
    ];
  },
  step_already_revealed: () => {
    const session = buildSession();
    const reveal: SessionCommand = {
      type: "step.reveal",
      payload: { stepId: session.stepIds[1] ?? "" },
    };
    session.must(FACILITATOR, reveal);
    return [session, FACILITATOR, reveal];
  },
  round_in_progress: () => [inRound()[0], FACILITATOR, { type: "round.start", payload: none }],
  unknown_contribution: () => [
    buildSession(),
    p1,
    { type: "contribution.withdraw", payload: { contributionId: "nope" } },
  ],
  kind_not_allowed: () => [
    buildSession(),
    p1,
    { type: "contribution.add", payload: { kind: "insight", text: "x" } },
  ],
  text_empty: () => [
    buildSession(),
    p1,
    { type: "contribution.add", payload: { kind: "fact", text: "" } },
  ],
  text_too_long: () => [
    buildSession(),
    p1,
    { type: "contribution.add", payload: { kind: "fact", text: "a".repeat(2_001) } },
  ],
  not_your_contribution: () => {
    const [session, id] = withFact();
    return [
      session,
      p2,
      { type: "contribution.edit", payload: { contributionId: id, text: "Mine now" } },
    ];
  },
  contribution_withdrawn: () => {
    const [session, id] = withFact();
    session.must(p1, { type: "contribution.withdraw", payload: { contributionId: id } });
    return [
      session,
      p1,
      { type: "contribution.edit", payload: { contributionId: id, text: "Back" } },
    ];
  },
  contribution_not_visible: () => {
    const [session, id] = withFact();
    session.must(FACILITATOR, {
      type: "contribution.hide",
      payload: { contributionId: id, reason: "Off topic" },
    });
    return [
      session,
      p2,
      { type: "reaction.toggle", payload: { contributionId: id, reaction: "heart" } },
    ];
  },
  phase_closed: () => {
    const [session, id] = withFact();
    session.must(FACILITATOR, {
      type: "step.start",
      payload: { stepId: session.stepIds[1] ?? "" },
    });
    return [
      session,
      p1,
      { type: "contribution.edit", payload: { contributionId: id, text: "Later" } },
    ];
  },
  already_hidden: () => {
    const [session, id] = withFact();
    const hide: SessionCommand = {
      type: "contribution.hide",
      payload: { contributionId: id, reason: "Off topic" },
    };
    session.must(FACILITATOR, hide);
    return [session, FACILITATOR, hide];
  },
  not_hidden: () => {
    const [session, id] = withFact();
    return [session, FACILITATOR, { type: "contribution.unhide", payload: { contributionId: id } }];
  },
  reactions_off: () => {
    const [session, id] = withFact();
    session.must(FACILITATOR, {
      type: "step.start",
      payload: { stepId: session.stepIds[3] ?? "" },
    });
    return [
      session,
      p2,
      { type: "reaction.toggle", payload: { contributionId: id, reaction: "heart" } },
    ];
  },
  grouping_off: () => [buildSession(), p1, { type: "group.create", payload: { name: "Theme" } }],
  unknown_group: () => [
    discovering()[0],
    p1,
    { type: "group.rename", payload: { groupId: "nope", name: "X" } },
  ],
  group_not_empty: () => {
    const [session, contributionId, groupId] = discovering();
    session.must(p1, { type: "group.move_contribution", payload: { contributionId, groupId } });
    return [session, p2, { type: "group.delete", payload: { groupId } }];
  },
  group_has_votes: () => {
    const [session, , groupId] = discovering();
    session.must(p2, { type: "vote.cast", payload: { target: { kind: "group", id: groupId } } });
    return [session, FACILITATOR, { type: "group.delete", payload: { groupId } }];
  },
  voting_off: () => {
    const [session, id] = withFact();
    return [session, p2, { type: "vote.cast", payload: { target: { kind: "contribution", id } } }];
  },
  vote_budget_exhausted: () => {
    const [session, , groupId] = discovering();
    const cast: SessionCommand = {
      type: "vote.cast",
      payload: { target: { kind: "group", id: groupId } },
    };
    for (let i = 0; i < 3; i += 1) session.must(p2, cast);
    return [session, p2, cast];
  },
  no_vote_to_retract: () => {
    const [session, , groupId] = discovering();
    return [
      session,
      p2,
      { type: "vote.retract", payload: { target: { kind: "group", id: groupId } } },
    ];
  },
  unknown_participant: () => [
    buildSession(),
    FACILITATOR,
    { type: "round.start", payload: { participantIds: ["p-99"] } },
  ],
  round_empty: () => [
    buildSession({ participants: 0 }),
    FACILITATOR,
    { type: "round.start", payload: none },
  ],
  round_not_active: () => [
    buildSession(),
    FACILITATOR,
    { type: "round.end", payload: { roundId: "nope" } },
  ],
  not_your_turn: () => {
    const [session, roundId] = inRound();
    return [session, p2, { type: "round.pass", payload: { roundId, turn: 0 } }];
  },
  not_current_turn: () => {
    const [session, roundId] = inRound();
    return [session, FACILITATOR, { type: "round.end_turn", payload: { roundId, turn: 1 } }];
  },
  hand_already_raised: () => {
    const session = buildSession();
    session.must(p1, raise);
    return [session, p1, raise];
  },
  hand_not_raised: () => [buildSession(), p1, { type: "hand.lower", payload: none }],
  queue_empty: () => [buildSession(), FACILITATOR, { type: "hand.give_floor", payload: none }],
  no_floor: () => [buildSession(), FACILITATOR, { type: "hand.end_floor", payload: none }],
  no_timer: () => [buildSession(), FACILITATOR, { type: "timer.stop", payload: none }],
  timer_not_running: () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 60 } });
    session.must(FACILITATOR, { type: "timer.pause", payload: none });
    return [session, FACILITATOR, { type: "timer.pause", payload: none }];
  },
  timer_not_paused: () => {
    const session = buildSession();
    session.must(FACILITATOR, { type: "timer.start", payload: { seconds: 60 } });
    return [session, FACILITATOR, { type: "timer.resume", payload: none }];
  },
};

describe("every domain error code", () => {
  it.each(DOMAIN_ERROR_CODES)(
    "%s: is refused as a value, with a message, and changes nothing",
    (code) => {
      const [session, actor, command] = SCENARIOS[code]();
      const before = session.state;
      const decision = session.run(actor, command);
      expect(decision).toEqual({
        ok: false,
        error: { code, message: expect.stringMatching(/\w/) },
      });
      expect(session.state).toBe(before);
    },
  );
});

describe("domainError", () => {
  it("takes the standard message unless given one", () => {
    expect(domainError("not_your_turn")).toEqual({
      code: "not_your_turn",
      message: "It is not your turn.",
    });
    expect(domainError("not_your_turn", "Wait for Kari").message).toBe("Wait for Kari");
  });

  it("recognises its own codes only", () => {
    expect(isDomainErrorCode("vote_budget_exhausted")).toBe(true);
    expect(isDomainErrorCode("toString")).toBe(false);
    expect(isDomainErrorCode(42)).toBe(false);
  });
});
