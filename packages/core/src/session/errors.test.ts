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
  endProposalRound,
  FACILITATOR,
  givePositions,
  OBSERVER,
  participant,
  TestSession as Session,
  startProposalRound,
  submitStatement,
  type TestSession,
  withOpinionMap,
  withProposal,
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

/** A consent round has ended with p-1 objecting; the objection is not tested yet. */
function objected(): [TestSession, string, string, string] {
  const [session, proposalId] = withProposal();
  const roundId = startProposalRound(session, proposalId);
  const entries = givePositions(session, roundId, { "p-1": "objection", "p-2": "consent" });
  endProposalRound(session, roundId);
  return [session, proposalId, roundId, entries["p-1"] ?? ""];
}

/** As `objected`, with the objection upheld. */
function upheld(): [TestSession, string, string, string] {
  const [session, proposalId, roundId, entryId] = objected();
  session.must(FACILITATOR, {
    type: "proposal.test_objection",
    payload: { roundId, entryId, outcome: "upheld", rationale: "It harms the aim" },
  });
  return [session, proposalId, roundId, entryId];
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
  not_a_fact: () => {
    const [session] = withFact();
    const question = session.create(p1, {
      type: "contribution.add",
      payload: { kind: "question", text: "Since when?" },
    });
    return [
      session,
      FACILITATOR,
      { type: "contribution.dispute", payload: { contributionId: question } },
    ];
  },
  source_only_for_facts: () => [
    buildSession(),
    p1,
    {
      type: "contribution.add",
      payload: { kind: "question", text: "Why?", source: { url: "https://example.org" } },
    },
  ],
  already_disputed: () => {
    const [session, fact] = withFact();
    session.must(FACILITATOR, { type: "contribution.dispute", payload: { contributionId: fact } });
    return [
      session,
      FACILITATOR,
      { type: "contribution.dispute", payload: { contributionId: fact } },
    ];
  },
  not_disputed: () => {
    const [session, fact] = withFact();
    return [
      session,
      FACILITATOR,
      { type: "contribution.undispute", payload: { contributionId: fact } },
    ];
  },
  not_a_decide_step: () => [
    buildSession(),
    FACILITATOR,
    { type: "proposal.draft", payload: { text: "Do it" } },
  ],
  unknown_proposal: () => [
    withProposal()[0],
    FACILITATOR,
    { type: "proposal.start_round", payload: { proposalId: "nope", kind: "consent" } },
  ],
  proposal_open: () => [
    withProposal()[0],
    FACILITATOR,
    { type: "proposal.draft", payload: { text: "Another" } },
  ],
  proposal_closed: () => {
    const [session, proposalId] = withProposal();
    session.must(FACILITATOR, {
      type: "proposal.postpone",
      payload: { proposalId, reason: "Facts missing" },
    });
    return [session, FACILITATOR, { type: "proposal.amend", payload: { proposalId, text: "New" } }];
  },
  proposal_round_in_progress: () => {
    const [session, proposalId] = withProposal();
    startProposalRound(session, proposalId, "clarifying");
    return [session, FACILITATOR, { type: "proposal.amend", payload: { proposalId, text: "New" } }];
  },
  wrong_round_kind: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId, "clarifying");
    return [
      session,
      p1,
      { type: "proposal.give_position", payload: { roundId, position: "consent" } },
    ];
  },
  wrong_decision_rule: () => {
    const [session, proposalId] = withProposal();
    return [
      session,
      FACILITATOR,
      { type: "proposal.start_round", payload: { proposalId, kind: "poll" } },
    ];
  },
  already_responded: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId, "clarifying");
    session.must(p1, { type: "proposal.speak", payload: { roundId, text: "Who checks?" } });
    return [session, p1, { type: "proposal.speak", payload: { roundId } }];
  },
  position_already_given: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    givePositions(session, roundId, { "p-1": "consent" });
    return [
      session,
      p1,
      { type: "proposal.give_position", payload: { roundId, position: "objection", reason: "No" } },
    ];
  },
  objection_needs_reason: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    return [
      session,
      p1,
      { type: "proposal.give_position", payload: { roundId, position: "objection", reason: "" } },
    ];
  },
  concern_needs_reason: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    return [
      session,
      p1,
      { type: "proposal.give_position", payload: { roundId, position: "concern" } },
    ];
  },
  round_still_open: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    const entryId = givePositions(session, roundId, { "p-1": "objection" })["p-1"] ?? "";
    return [
      session,
      FACILITATOR,
      {
        type: "proposal.test_objection",
        payload: { roundId, entryId, outcome: "upheld", rationale: "Yes" },
      },
    ];
  },
  unknown_entry: () => {
    const [session, , roundId] = objected();
    return [
      session,
      FACILITATOR,
      {
        type: "proposal.test_objection",
        payload: { roundId, entryId: "nope", outcome: "upheld", rationale: "Yes" },
      },
    ];
  },
  not_an_objection: () => {
    const [session, proposalId] = withProposal();
    const roundId = startProposalRound(session, proposalId);
    const entryId = givePositions(session, roundId, { "p-1": "concern" })["p-1"] ?? "";
    endProposalRound(session, roundId);
    return [
      session,
      FACILITATOR,
      {
        type: "proposal.test_objection",
        payload: { roundId, entryId, outcome: "upheld", rationale: "Yes" },
      },
    ];
  },
  objection_already_tested: () => {
    const [session, , roundId, entryId] = upheld();
    return [
      session,
      participant("p-1"),
      { type: "proposal.withdraw_objection", payload: { roundId, entryId } },
    ];
  },
  not_your_objection: () => {
    const [session, , roundId, entryId] = objected();
    return [session, p2, { type: "proposal.withdraw_objection", payload: { roundId, entryId } }];
  },
  objection_untested: () => {
    const [session, proposalId] = objected();
    return [
      session,
      FACILITATOR,
      { type: "proposal.start_round", payload: { proposalId, kind: "consent" } },
    ];
  },
  objection_not_integrated: () => {
    const [session, proposalId] = upheld();
    return [
      session,
      FACILITATOR,
      { type: "proposal.start_round", payload: { proposalId, kind: "consent" } },
    ];
  },
  not_an_upheld_objection: () => {
    const [session, proposalId, , entryId] = objected();
    return [
      session,
      FACILITATOR,
      { type: "proposal.amend", payload: { proposalId, text: "Met", integrates: [entryId] } },
    ];
  },
  objection_upheld: () => {
    const [session, proposalId] = upheld();
    return [session, FACILITATOR, { type: "proposal.decide", payload: { proposalId } }];
  },
  amendment_unchanged: () => {
    const [session, proposalId] = withProposal();
    const text = session.state.proposals[proposalId]?.versions[0]?.text ?? "";
    return [session, FACILITATOR, { type: "proposal.amend", payload: { proposalId, text } }];
  },
  no_consent_round: () => {
    const [session, proposalId] = withProposal();
    return [session, FACILITATOR, { type: "proposal.decide", payload: { proposalId } }];
  },
  no_poll_round: () => {
    const [session, proposalId] = withProposal({ rule: { kind: "majority" } });
    return [session, FACILITATOR, { type: "proposal.decide", payload: { proposalId } }];
  },
  poll_not_passed: () => {
    const [session, proposalId] = withProposal({ rule: { kind: "majority" } });
    const roundId = startProposalRound(session, proposalId, "poll");
    session.must(p1, { type: "proposal.vote", payload: { roundId, vote: "against" } });
    endProposalRound(session, roundId);
    return [session, FACILITATOR, { type: "proposal.decide", payload: { proposalId } }];
  },
  opinion_map_off: () => [buildSession(), p1, { type: "opinion.submit", payload: { text: "Hi" } }],
  unknown_statement: () => {
    const [session] = withOpinionMap();
    return [session, p1, { type: "opinion.vote", payload: { statementId: "nope", vote: "agree" } }];
  },
  statement_too_long: () => {
    const [session] = withOpinionMap();
    return [session, p1, { type: "opinion.submit", payload: { text: "😀".repeat(281) } }];
  },
  statement_limit_reached: () => {
    const [session] = withOpinionMap();
    for (let i = 0; i < 10; i += 1) submitStatement(session, p1, `Statement ${i}`);
    return [session, p1, { type: "opinion.submit", payload: { text: "One more" } }];
  },
  statements_full: () => {
    const [session] = withOpinionMap();
    for (let i = 0; i < 500; i += 1) submitStatement(session, FACILITATOR, `Statement ${i}`);
    return [session, p1, { type: "opinion.submit", payload: { text: "One more" } }];
  },
  statement_not_pending: () => {
    const [session] = withOpinionMap();
    const statementId = submitStatement(session, p1, "We are fine");
    return [
      session,
      FACILITATOR,
      { type: "opinion.moderate", payload: { statementId, approve: true } },
    ];
  },
  statement_not_approved: () => {
    const [session] = withOpinionMap({ moderation: "facilitator" });
    const statementId = submitStatement(session, p1, "We are fine");
    return [session, p2, { type: "opinion.vote", payload: { statementId, vote: "agree" } }];
  },
  own_statement: () => {
    const [session] = withOpinionMap();
    const statementId = submitStatement(session, p1, "We are fine");
    return [session, p1, { type: "opinion.vote", payload: { statementId, vote: "agree" } }];
  },
  session_not_named: () => {
    const [session] = withOpinionMap({ anonymity: "anonymous" });
    return [session, p1, { type: "opinion.show_name", payload: { shown: true } }];
  },
  already_converted: () => {
    const [session] = withOpinionMap();
    const statementId = submitStatement(session, p1, "We are fine");
    session.must(FACILITATOR, { type: "opinion.make_insight", payload: { statementId } });
    return [session, FACILITATOR, { type: "opinion.make_insight", payload: { statementId } }];
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
