import {
  type ActingActor,
  decide,
  emptySessionState,
  evolve,
  type SessionCommand,
  type SessionEvent,
  type SessionState,
  stampEvents,
} from "@samspel/core";
import { describe, expect, it } from "vitest";
import {
  answerOf,
  factsBoard,
  latestProposal,
  neighbourSteps,
  objectionsToTest,
  rankedThemes,
  themesOf,
  ungrouped,
} from "./method-view";

const FACILITATOR: ActingActor = { kind: "facilitator", userId: "u-1", displayName: "Ingrid" };
const person = (participantId: string): ActingActor => ({ kind: "participant", participantId });

/** A session driven through the real engine, as the browser's state is: one command at a time. */
class Session {
  state: SessionState = emptySessionState("s-1");
  private seq = 0;
  private ids = 0;

  run(actor: ActingActor, command: SessionCommand): SessionEvent[] {
    const now = new Date(Date.UTC(2026, 10, 24, 9, 0, this.seq));
    const decision = decide(this.state, command, actor, { now, newId: () => `id-${++this.ids}` });
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.code}`);
    const events = stampEvents(decision.events, { lastSeq: this.seq, now, actor });
    for (const event of events) this.state = evolve(this.state, event);
    this.seq += events.length;
    return events;
  }

  /** The id of what the command created: the most specific id its first event names. */
  create(actor: ActingActor, command: SessionCommand): string {
    const payload = this.run(actor, command)[0]?.payload as Record<string, unknown>;
    const key = ["entryId", "roundId", "contributionId", "groupId", "proposalId"].find(
      (name) => typeof payload[name] === "string",
    );
    return String(key && payload[key]);
  }

  step(index: number): string {
    return this.state.stepOrder[index] ?? "";
  }

  start(index: number): void {
    this.run(FACILITATOR, { type: "step.start", payload: { stepId: this.step(index) } });
  }
}

/** The four-step template with two participants, running, in its first step. */
function fourSteps(): Session {
  const session = new Session();
  session.run(FACILITATOR, {
    type: "session.create",
    payload: {
      organisationId: "org-1",
      title: "Permits",
      question: "How do we halve the lead time?",
      language: "en",
      anonymity: "named",
      groundRules: [],
    },
  });
  session.run(FACILITATOR, { type: "session.open", payload: {} });
  for (const id of ["p-1", "p-2"]) {
    session.run(person(id), { type: "participant.join", payload: { displayName: id } });
  }
  session.run(FACILITATOR, { type: "session.start", payload: {} });
  session.start(0);
  return session;
}

describe("the four steps, as the live pages read them", () => {
  it("puts clarifying questions under their fact, and keeps a loose question on the board", () => {
    const session = fourSteps();
    const fact = session.create(person("p-1"), {
      type: "contribution.add",
      payload: { kind: "fact", text: "Permits take 41 days", source: { figure: "41 days" } },
    });
    const onFact = session.create(person("p-2"), {
      type: "contribution.add",
      payload: { kind: "question", text: "Since when?", replyTo: fact },
    });
    const loose = session.create(person("p-2"), {
      type: "contribution.add",
      payload: { kind: "question", text: "Who measures it?" },
    });
    const board = factsBoard(session.state, session.step(0));
    expect(board.cards.map((c) => c.id)).toEqual([fact, loose]);
    expect(board.questionsOn.get(fact)?.map((c) => c.id)).toEqual([onFact]);
  });

  it("offers reflections for grouping only once revealed, and ranks themes by dots", () => {
    const session = fourSteps();
    session.start(1);
    const reflection = session.create(person("p-1"), {
      type: "contribution.add",
      payload: { kind: "reflection", text: "Too many hand-offs" },
    });
    session.start(2);
    const discover = session.state.steps[session.step(2)];
    if (!discover) throw new Error("no discover step");
    // The facilitator's state holds the text already; the reveal has not shown it to everyone.
    expect(ungrouped(session.state, discover)).toEqual([]);
    session.start(1);
    session.run(FACILITATOR, { type: "step.reveal", payload: { stepId: session.step(1) } });
    session.start(2);
    expect(ungrouped(session.state, discover).map((c) => c.id)).toEqual([reflection]);

    const first = session.create(person("p-1"), {
      type: "group.create",
      payload: { name: "Flow" },
    });
    const second = session.create(person("p-2"), {
      type: "group.create",
      payload: { name: "People" },
    });
    session.run(person("p-2"), {
      type: "group.move_contribution",
      payload: { contributionId: reflection, groupId: second },
    });
    session.run(person("p-1"), {
      type: "vote.cast",
      payload: { target: { kind: "group", id: second } },
    });
    expect(ungrouped(session.state, discover)).toEqual([]);
    const themes = themesOf(session.state, discover);
    expect(themes.map((t) => [t.group.id, t.dots, t.reflections.length])).toEqual([
      [first, 0, 0],
      [second, 1, 1],
    ]);
    expect(rankedThemes(themes).map((t) => t.group.name)).toEqual(["People", "Flow"]);
  });

  it("lists an objection for testing once its round has ended, and knows each one's answer", () => {
    const session = fourSteps();
    session.start(3);
    const proposalId = session.create(FACILITATOR, {
      type: "proposal.draft",
      payload: { text: "One team checks permits" },
    });
    const roundId = session.create(FACILITATOR, {
      type: "proposal.start_round",
      payload: { proposalId, kind: "consent" },
    });
    const objection = session.create(person("p-1"), {
      type: "proposal.give_position",
      payload: { roundId, position: "objection", reason: "No budget for it" },
    });
    const proposal = () => latestProposal(session.state);
    const current = proposal();
    if (!current) throw new Error("no proposal");
    expect(objectionsToTest(session.state, current)).toEqual([]);
    session.run(FACILITATOR, { type: "proposal.end_round", payload: { roundId } });
    const ended = proposal();
    if (!ended) throw new Error("no proposal");
    expect(objectionsToTest(session.state, ended).map((o) => o.entry.id)).toEqual([objection]);
    const round = session.state.proposalRounds[roundId];
    if (!round) throw new Error("no round");
    expect(answerOf(round, "p-1")?.reason).toBe("No budget for it");
    expect(answerOf(round, "p-2")).toBeUndefined();
  });

  it("names the steps either side of the current one", () => {
    const session = fourSteps();
    const names = () => {
      const { previous, next } = neighbourSteps(session.state);
      return [previous?.phase, next?.phase];
    };
    expect(names()).toEqual([undefined, "reflect"]);
    session.start(3);
    expect(names()).toEqual(["discover", undefined]);
  });
});
