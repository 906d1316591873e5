import type { DecisionRule, Position, ProposalRoundKind } from "../../consent/schema.js";
import type { OpinionModeration } from "../../opinions/schema.js";
import type { StepInput } from "../../steps/schema.js";
import type { Actor, DecideContext } from "../actor.js";
import type { SessionCommand } from "../commands.js";
import { decide } from "../decide.js";
import type { Decision } from "../decision.js";
import { type SessionEvent, stampEvents } from "../events.js";
import { evolve } from "../evolve.js";
import type { AnonymityMode } from "../schema.js";
import { emptySessionState, type SessionState } from "../state.js";

/*
 * Test support for the session aggregate (not exported from the package): a session driven
 * through decide -> stamp -> evolve exactly as the server does, with a clock that ticks a
 * second per command and ids counted up, so every run is the same.
 */

export const FACILITATOR = {
  kind: "facilitator",
  userId: "user-kari",
  displayName: "Kari",
} satisfies Actor;
export const CO_FACILITATOR = {
  kind: "facilitator",
  userId: "user-ola",
  displayName: "Ola",
} satisfies Actor;
export const OBSERVER: Actor = { kind: "observer" };

export function participant(participantId: string): Actor {
  return { kind: "participant", participantId };
}

export const START = Date.parse("2026-11-24T09:00:00.000Z");

/** The Decisions-by-Design agenda: facts, silent reflection, grouping and dots, decision. */
export const FOUR_STEPS: StepInput[] = [
  {
    phase: "share_facts",
    methodName: "Fact sharing",
    prompt: "What do we know?",
    notes: "Ask Ola",
  },
  { phase: "reflect", methodName: "Silent writing", prompt: "What strikes you?" },
  { phase: "discover", methodName: "Affinity grouping and dots", prompt: "Which themes?" },
  { phase: "decide", methodName: "Consent", prompt: "Can we live with it?" },
];

export class TestSession {
  state: SessionState;
  readonly log: SessionEvent[] = [];
  private nextId = 1;
  private clock = START;

  constructor(sessionId = "session-1") {
    this.state = emptySessionState(sessionId);
  }

  /** Ids of the session's steps in agenda order. */
  get stepIds(): string[] {
    return this.state.stepOrder;
  }

  get seq(): number {
    return this.log.length;
  }

  context(): DecideContext {
    return {
      now: new Date(this.clock),
      newId: () => `id-${this.nextId++}`,
    };
  }

  /** Decides and, when accepted, appends and applies the events. */
  run(actor: Actor, command: SessionCommand, commandId?: string): Decision {
    this.clock += 1_000;
    const ctx = this.context();
    const decision = decide(this.state, command, actor, ctx);
    if (decision.ok && actor.kind !== "observer") {
      const events = stampEvents(decision.events, {
        lastSeq: this.seq,
        now: ctx.now,
        actor,
        ...(commandId !== undefined && { commandId }),
      });
      for (const event of events) {
        this.state = evolve(this.state, event);
        this.log.push(event);
      }
    }
    return decision;
  }

  /** Runs a command that must be accepted; returns the events it appended. */
  must(actor: Actor, command: SessionCommand): SessionEvent[] {
    const before = this.seq;
    const decision = this.run(actor, command);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.code}`);
    return this.log.slice(before);
  }

  /** Runs a command that must create something; returns the new thing's id. */
  create(actor: Actor, command: SessionCommand): string {
    return createdId(this.must(actor, command));
  }

  /** Moves the clock on, as time passes between commands. */
  wait(seconds: number): void {
    this.clock += seconds * 1_000;
  }
}

/** The id of what a command's events created: a contribution, group, round, proposal or answer. */
export function createdId(events: readonly SessionEvent[]): string {
  for (const { type, payload } of events) {
    if (type === "contribution.added") return payload.contributionId;
    if (type === "group.created") return payload.groupId;
    if (type === "round.started") return payload.roundId;
    if (type === "proposal.drafted") return payload.proposalId;
    if (type === "proposal.round_started") return payload.roundId;
    if (type === "proposal.responded") return payload.entryId;
    if (type === "opinion.submitted") return payload.statementId;
  }
  throw new Error("The command created nothing");
}

export interface SessionOptions {
  anonymity?: AnonymityMode;
  groundRules?: string[];
  participants?: number;
  /** How far to take it: created (draft), open (lobby), or running in a step. */
  until?: "draft" | "open" | "running";
  /** The step it runs in, by its place in FOUR_STEPS: 0 share facts (the default), 1 reflect, 2 discover, 3 decide. */
  step?: number;
}

/** The participants `buildSession` joins: p-1, p-2, … */
export function participantIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `p-${index + 1}`);
}

/**
 * A session with the four steps, participants joined (and ground rules acknowledged), running
 * in its first step unless told otherwise.
 */
export function buildSession(options: SessionOptions = {}): TestSession {
  const session = new TestSession();
  const groundRules = options.groundRules ?? ["One voice at a time", "Phones on silent"];
  session.must(FACILITATOR, {
    type: "session.create",
    payload: {
      organisationId: "org-1",
      title: "Shorter building permits",
      question: "How do we halve the lead time of a building permit?",
      language: "nb",
      anonymity: options.anonymity ?? "named",
      groundRules,
      steps: FOUR_STEPS,
    },
  });
  if (options.until === "draft") return session;
  session.must(FACILITATOR, { type: "session.open", payload: {} });
  for (const id of participantIds(options.participants ?? 3)) {
    session.must(participant(id), {
      type: "participant.join",
      payload: { displayName: `Name ${id}` },
    });
    if (groundRules.length > 0) {
      session.must(participant(id), { type: "participant.acknowledge_ground_rules", payload: {} });
    }
  }
  if (options.until === "open") return session;
  session.must(FACILITATOR, { type: "session.start", payload: {} });
  const stepId = session.stepIds[options.step ?? 0] ?? "";
  session.must(FACILITATOR, { type: "step.start", payload: { stepId } });
  return session;
}

/**
 * A running session whose decide step (or `step`) has an opinion map, started; returns the
 * step's id. The map is switched on before the step starts, as a facilitator designs it.
 */
export function withOpinionMap(
  options: SessionOptions & { moderation?: OpinionModeration } = {},
): [TestSession, string] {
  const session = buildSession({ ...options, until: "open" });
  const stepId = session.stepIds[options.step ?? 3] ?? "";
  session.must(FACILITATOR, {
    type: "step.update",
    payload: {
      stepId,
      changes: { settings: { opinionMap: { moderation: options.moderation ?? "auto" } } },
    },
  });
  session.must(FACILITATOR, { type: "session.start", payload: {} });
  session.must(FACILITATOR, { type: "step.start", payload: { stepId } });
  return [session, stepId];
}

/** Submits a statement that must be accepted; returns its id. */
export function submitStatement(session: TestSession, actor: Actor, text: string): string {
  return createdId(session.must(actor, { type: "opinion.submit", payload: { text } }));
}

/** A session in its decide step with a proposal drafted by the facilitator. */
export function withProposal(
  options: SessionOptions & { rule?: DecisionRule } = {},
): [TestSession, string] {
  const session = buildSession({ ...options, step: 3 });
  const proposalId = session.create(FACILITATOR, {
    type: "proposal.draft",
    payload: {
      text: "Permits are checked by one team, start to end, for three months.",
      ...(options.rule && { rule: options.rule }),
    },
  });
  return [session, proposalId];
}

export function startProposalRound(
  session: TestSession,
  proposalId: string,
  kind: ProposalRoundKind = "consent",
): string {
  return session.create(FACILITATOR, {
    type: "proposal.start_round",
    payload: { proposalId, kind },
  });
}

/** Each given participant gives their position in the round (a reason where it needs one). */
export function givePositions(
  session: TestSession,
  roundId: string,
  positions: Record<string, Position>,
): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [participantId, position] of Object.entries(positions)) {
    entries[participantId] = session.create(participant(participantId), {
      type: "proposal.give_position",
      payload: {
        roundId,
        position,
        ...(position !== "consent" && { reason: `Reason of ${participantId}` }),
      },
    });
  }
  return entries;
}

export function endProposalRound(session: TestSession, roundId: string): void {
  session.must(FACILITATOR, { type: "proposal.end_round", payload: { roundId } });
}
