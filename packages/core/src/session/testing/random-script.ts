import {
  OBJECTION_OUTCOMES,
  POLL_VOTES,
  POSITIONS,
  PROPOSAL_ROUND_KINDS,
} from "../../consent/schema.js";
import { CONTRIBUTION_KINDS, REACTIONS } from "../../contributions/schema.js";
import { OPINION_VOTES } from "../../opinions/schema.js";
import type { Actor } from "../actor.js";
import type { SessionCommand } from "../commands.js";
import { currentStep } from "../guards.js";
import { getById, idMapValues } from "../id-map.js";
import type { AnonymityMode } from "../schema.js";
import { buildChartSnapshot } from "./chart-snapshot.js";
import {
  CO_FACILITATOR,
  FACILITATOR,
  participant,
  participantIds,
  TestSession,
} from "./harness.js";

/** Mulberry32: a tiny seeded PRNG, so a failing script can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Pick = <T>(items: readonly T[]) => T | undefined;

/**
 * A random session: created, opened, joined, started, then `length` commands drawn from every
 * area by random actors with arguments taken from the state (so most are accepted and some are
 * refused), and sometimes closed. `onStep` sees the session after each command.
 */
export function randomSession(
  seed: number,
  length: number,
  anonymity: AnonymityMode,
  onStep?: (session: TestSession) => void,
): TestSession {
  const random = prng(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const session = new TestSession();
  const people = participantIds(6);
  const script = scriptFor(session, people, pick, random, length);
  session.must(FACILITATOR, {
    type: "session.create",
    payload: {
      organisationId: "org-1",
      title: "Random",
      question: "What happens?",
      language: "sv",
      anonymity,
      groundRules: ["Listen"],
      steps: [
        { phase: "share_facts", methodName: "Facts", notes: "Only for me" },
        { phase: "reflect", methodName: "Silent", settings: { reactions: true } },
        { phase: "discover", methodName: "Themes", settings: { contributionKinds: ["insight"] } },
        // The opinion map rides along in the decide step, moderated, so statements wait too.
        {
          phase: "decide",
          methodName: "Consent",
          settings: { opinionMap: { moderation: "facilitator" } },
        },
      ],
    },
  });
  session.must(FACILITATOR, { type: "session.open", payload: {} });
  onStep?.(session);
  for (let i = 0; i < length; i += 1) {
    const [actor, command] = script();
    session.run(actor, command, `command-${i}`);
    onStep?.(session);
  }
  return session;
}

function scriptFor(
  session: TestSession,
  people: string[],
  pick: Pick,
  random: () => number,
  length: number,
): () => [Actor, SessionCommand] {
  const someone = () => pick(people) ?? "p-1";
  const contributionId = () =>
    pick(idMapValues(session.state.contributions).map((c) => c.id)) ?? "missing";
  // Recent contributions are where the action is: reactions toggle back, groups fill.
  const recent = () =>
    pick(Object.values(session.state.contributionOrder).flatMap((ids) => ids.slice(-3))) ??
    contributionId();
  const moderated = () =>
    pick(
      idMapValues(session.state.contributions)
        .filter((c) => c.moderation)
        .map((c) => c.id),
    ) ?? contributionId();
  const groupId = () => pick(session.state.groupOrder) ?? "missing";
  const target = () =>
    random() < 0.7
      ? { kind: "contribution" as const, id: contributionId() }
      : { kind: "group" as const, id: groupId() };
  const round = () => {
    const id = session.state.activeRoundId ?? "missing";
    return { roundId: id, turn: session.state.rounds[id]?.currentTurn ?? 0 };
  };
  const kind = () =>
    (random() < 0.8
      ? pick(currentStep(session.state)?.settings.contributionKinds ?? [])
      : undefined) ??
    pick(CONTRIBUTION_KINDS) ??
    "fact";
  const text = () => pick(["Lead time is 41 days", "Too many handoffs", "😀 ".repeat(3)]) ?? "x";

  const own = (me: string) =>
    pick(
      idMapValues(session.state.contributions)
        .filter((c) => c.author?.id === me)
        .map((c) => c.id),
    ) ?? contributionId();
  const ownDot = (me: string) => {
    const stepId = session.state.currentStepId ?? "";
    const dots = session.state.dots[stepId];
    const mine = dots && getById(dots, me);
    const id = pick(Object.keys(mine ?? {}));
    if (id === undefined) return target();
    return { kind: session.state.groups[id] ? ("group" as const) : ("contribution" as const), id };
  };

  const decideStepId = () =>
    session.state.stepOrder.find((id) => session.state.steps[id]?.phase === "decide") ?? "missing";
  const proposalId = () =>
    session.state.activeProposalId ?? pick(session.state.proposalOrder) ?? "missing";
  const proposalRoundId = () =>
    session.state.activeProposalRoundId ??
    pick(Object.keys(session.state.proposalRounds)) ??
    "missing";
  const objection = () => {
    const rounds = Object.values(session.state.proposalRounds);
    const entries = rounds.flatMap((r) =>
      r.entries
        .filter((e) => e.position === "objection")
        .map((e) => ({ roundId: r.id, entryId: e.id })),
    );
    const untested = entries.filter(({ roundId, entryId }) =>
      session.state.proposalRounds[roundId]?.entries.some((e) => e.id === entryId && !e.test),
    );
    return (
      pick(untested.length > 0 ? untested : entries) ?? {
        roundId: proposalRoundId(),
        entryId: "missing",
      }
    );
  };
  const upheld = () =>
    Object.values(session.state.proposalRounds).flatMap((r) =>
      r.entries.filter((e) => e.test?.outcome === "upheld" && !e.integratedIn).map((e) => e.id),
    );

  const statementId = () => pick(Object.keys(session.state.statements)) ?? "missing";
  const pendingStatement = () =>
    pick(
      Object.values(session.state.statements)
        .filter((s) => s.status === "pending")
        .map((s) => s.id),
    ) ?? statementId();
  const approvedStatement = () =>
    pick(
      Object.values(session.state.statements)
        .filter((s) => s.status === "approved")
        .map((s) => s.id),
    ) ?? statementId();

  const join: SessionCommand = { type: "participant.join", payload: { displayName: "Someone" } };
  const byParticipant: ((me: string) => SessionCommand)[] = [
    () => join,
    () => ({ type: "participant.acknowledge_ground_rules", payload: {} }),
    () => ({
      type: "participant.rename",
      payload: { displayName: random() < 0.5 ? null : "Renamed" },
    }),
    () => ({ type: "contribution.add", payload: { kind: kind(), text: text() } }),
    () => ({
      type: "contribution.add",
      payload: { kind: "reflection", text: text(), replyTo: contributionId() },
    }),
    (me) => ({ type: "contribution.edit", payload: { contributionId: own(me), text: text() } }),
    (me) => ({ type: "contribution.withdraw", payload: { contributionId: own(me) } }),
    () => ({
      type: "reaction.toggle",
      payload: {
        contributionId: recent(),
        reaction: pick(["heart", "question"] as const) ?? "heart",
      },
    }),
    () => ({
      type: "reaction.toggle",
      payload: { contributionId: recent(), reaction: pick(REACTIONS) ?? "heart" },
    }),
    () => ({ type: "vote.cast", payload: { target: target() } }),
    (me) => ({ type: "vote.retract", payload: { target: ownDot(me) } }),
    () => ({ type: "group.create", payload: { name: "Theme" } }),
    () => ({ type: "group.rename", payload: { groupId: groupId(), name: "Renamed theme" } }),
    () => ({ type: "group.delete", payload: { groupId: groupId() } }),
    () => ({
      type: "group.move_contribution",
      payload: { contributionId: recent(), groupId: random() < 0.2 ? null : groupId() },
    }),
    () => ({ type: "hand.raise", payload: {} }),
    () => ({ type: "hand.lower", payload: {} }),
    () => ({ type: "hand.end_floor", payload: {} }),
    () => ({ type: "round.end_turn", payload: round() }),
    () => ({ type: "round.pass", payload: round() }),
  ];
  const byParticipantDeciding: (() => SessionCommand)[] = [
    () => ({
      type: "proposal.speak",
      payload: { roundId: proposalRoundId(), ...(random() < 0.7 && { text: text() }) },
    }),
    () => ({
      type: "proposal.give_position",
      payload: {
        roundId: proposalRoundId(),
        position: pick(POSITIONS) ?? "consent",
        ...(random() < 0.8 && { reason: "It slows the handoff" }),
      },
    }),
    () => ({
      type: "proposal.vote",
      payload: { roundId: proposalRoundId(), vote: pick(POLL_VOTES) ?? "for" },
    }),
    () => ({ type: "proposal.withdraw_objection", payload: { ...objection(), note: "Heard" } }),
  ];
  const byParticipantOpining: (() => SessionCommand)[] = [
    () => ({ type: "opinion.submit", payload: { text: text() } }),
    () => ({
      type: "opinion.vote",
      payload: { statementId: approvedStatement(), vote: pick(OPINION_VOTES) ?? "agree" },
    }),
    () => ({
      type: "opinion.vote",
      payload: { statementId: approvedStatement(), vote: pick(OPINION_VOTES) ?? "pass" },
    }),
    () => ({ type: "opinion.show_name", payload: { shown: random() < 0.7 } }),
  ];
  const byFacilitator: ((me: string) => SessionCommand)[] = [
    () => ({ type: "session.start", payload: {} }),
    () => ({ type: "step.start", payload: { stepId: pick(session.state.stepOrder) ?? "missing" } }),
    () => ({
      type: "step.reveal",
      payload: { stepId: pick(session.state.stepOrder) ?? "missing" },
    }),
    () => ({
      type: "step.add",
      payload: { step: { phase: "other", methodName: "Break", notes: "Coffee" } },
    }),
    () => ({
      type: "step.update",
      payload: {
        stepId: pick(session.state.stepOrder) ?? "missing",
        changes: { prompt: "New prompt", notes: "Secret" },
      },
    }),
    () => ({
      type: "step.move",
      payload: { stepId: pick(session.state.stepOrder) ?? "missing", index: 0 },
    }),
    // Keep an agenda to work with: remove only from a long one.
    () =>
      session.state.stepOrder.length > 3
        ? { type: "step.remove", payload: { stepId: pick(session.state.stepOrder) ?? "missing" } }
        : { type: "step.add", payload: { step: { phase: "reflect", methodName: "Check-out" } } },
    () => ({
      type: "session.update",
      payload: { title: "Retitled", groundRules: ["Listen", "Be brief"] },
    }),
    () => ({ type: "contribution.add", payload: { kind: "fact", text: text() } }),
    () => ({
      type: "contribution.hide",
      payload: { contributionId: contributionId(), reason: "Names a colleague" },
    }),
    () => ({ type: "contribution.unhide", payload: { contributionId: moderated() } }),
    () => ({
      type: "contribution.add",
      payload: {
        kind: "fact",
        text: text(),
        // A shared chart too, so that the redaction walk withholds it with the text.
        source: { url: "https://example.org", figure: "41 days", chart: buildChartSnapshot(3) },
      },
    }),
    () => ({
      type: "contribution.dispute",
      payload: { contributionId: contributionId(), note: "Check it" },
    }),
    () => ({ type: "contribution.undispute", payload: { contributionId: contributionId() } }),
    () => ({ type: "group.create", payload: { name: "Facilitator theme" } }),
    () => ({
      type: "group.move_contribution",
      payload: { contributionId: contributionId(), groupId: groupId() },
    }),
    () => ({
      type: "round.start",
      payload: random() < 0.5 ? {} : { participantIds: [someone()], turnSeconds: 60 },
    }),
    () => ({ type: "round.end_turn", payload: round() }),
    () => ({ type: "round.end", payload: { roundId: session.state.activeRoundId ?? "missing" } }),
    () => ({ type: "hand.give_floor", payload: {} }),
    () => ({ type: "hand.clear", payload: {} }),
    () => ({ type: "timer.start", payload: { seconds: 300 } }),
    () => ({ type: "timer.pause", payload: {} }),
    () => ({ type: "timer.resume", payload: {} }),
    () => ({ type: "timer.resume", payload: {} }),
    () => ({ type: "timer.stop", payload: {} }),
    () => ({ type: "step.start", payload: { stepId: decideStepId() } }),
  ];

  // Deciding is a sequence (draft, round, positions, tests, amendment, decision): in the decide
  // step, the script leans on it so that random runs get through it.
  const byFacilitatorOpining: (() => SessionCommand)[] = [
    () => ({ type: "opinion.submit", payload: { text: "We trust each other" } }),
    () => ({
      type: "opinion.moderate",
      payload: { statementId: pendingStatement(), approve: random() < 0.7 },
    }),
    () => ({
      type: "opinion.moderate",
      payload: { statementId: pendingStatement(), approve: true },
    }),
    () => ({ type: "opinion.make_insight", payload: { statementId: approvedStatement() } }),
    () => ({ type: "opinion.draft_proposal", payload: { statementId: approvedStatement() } }),
  ];
  const byFacilitatorDeciding: (() => SessionCommand)[] = [
    () => ({
      type: "proposal.draft",
      payload: {
        text: "Two weeks of trial",
        ...(random() < 0.3 && { rule: { kind: "majority" as const } }),
      },
    }),
    () => ({
      type: "proposal.start_round",
      payload: {
        proposalId: proposalId(),
        kind: pick(PROPOSAL_ROUND_KINDS) ?? "consent",
      },
    }),
    () => ({
      type: "proposal.start_round",
      payload: { proposalId: proposalId(), kind: "consent" },
    }),
    // Rounds run until a few have answered, as in a room.
    () => {
      const active = session.state.activeProposalRoundId;
      const answers = active ? (session.state.proposalRounds[active]?.entries.length ?? 0) : 0;
      return answers >= 3 || active === null
        ? { type: "proposal.end_round", payload: { roundId: proposalRoundId() } }
        : { type: "proposal.vote", payload: { roundId: proposalRoundId(), vote: "for" } };
    },
    () => ({
      type: "proposal.test_objection",
      payload: {
        ...objection(),
        outcome: pick(OBJECTION_OUTCOMES) ?? "upheld",
        rationale: "Tested with the group",
      },
    }),
    () => ({
      type: "proposal.amend",
      payload: { proposalId: proposalId(), text: `Version ${random()}`, integrates: upheld() },
    }),
    () => ({
      type: "proposal.decide",
      payload: {
        proposalId: proposalId(),
        rationale: "Nobody objects",
        actions: [{ what: "Try it", owner: "Kari", dueDate: "2026-12-01" }],
        effect: {
          processId: "process-1",
          metric: "throughput",
          direction: "increase",
          target: 12,
          targetDate: "2027-02-01",
        },
      },
    }),
    () =>
      random() < 0.2
        ? { type: "proposal.postpone", payload: { proposalId: proposalId(), reason: "Later" } }
        : {
            type: "proposal.start_round",
            payload: { proposalId: proposalId(), kind: "reactions" },
          },
  ];
  const deciding = () => currentStep(session.state)?.phase === "decide";

  let count = 0;
  return () => {
    count += 1;
    // Some lobby time first, then the session runs (unless a random start came earlier), and
    // it may close near the end.
    if (count === 40) return [FACILITATOR, { type: "session.start", payload: {} }];
    const first = session.state.stepOrder[0];
    if (count === 41 && first)
      return [FACILITATOR, { type: "step.start", payload: { stepId: first } }];
    if (count > length * 0.95 && random() < 0.1) {
      return [FACILITATOR, { type: "session.close", payload: {} }];
    }
    if (random() < 0.3) {
      const make =
        deciding() && random() < 0.6
          ? pick(byFacilitatorDeciding)
          : pick(deciding() && random() < 0.3 ? byFacilitatorOpining : byFacilitator);
      const actor = pick([FACILITATOR, CO_FACILITATOR]) ?? FACILITATOR;
      return [actor, make ? make("") : { type: "session.open", payload: {} }];
    }
    const me = someone();
    const person = getById(session.state.participants, me);
    // Most people join and acknowledge soon after they arrive; a few linger.
    if (random() < 0.8 && person === undefined) return [participant(me), join];
    if (random() < 0.8 && person?.groundRulesAcknowledgedAt === null) {
      return [participant(me), { type: "participant.acknowledge_ground_rules", payload: {} }];
    }
    const make =
      deciding() && random() < 0.5
        ? pick(byParticipantDeciding)
        : pick(deciding() && random() < 0.5 ? byParticipantOpining : byParticipant);
    return [participant(me), make ? make(me) : join];
  };
}
