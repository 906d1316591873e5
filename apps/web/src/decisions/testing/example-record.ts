import {
  type Actor,
  type AnonymityMode,
  buildDecisionRecord,
  type DecisionRecord,
  type Position,
  type SessionCommand,
} from "@samspel/core";
import {
  CO_FACILITATOR,
  FACILITATOR,
  participant,
  TestSession,
} from "../../../../../packages/core/src/session/testing/harness";

/*
 * A realistic Norwegian decision, driven through core's test harness exactly as the server
 * drives a session: facts (one disputed, one questioned), silent reflections, themes with dots,
 * an insight everyone agreed with, a proposal with an upheld objection integrated into a second
 * version that passes with a concern. For tests of the record page and the pure view code.
 */

const PEOPLE = ["p-1", "p-2", "p-3", "p-4"] as const;
const NAMES = ["Ingrid Bakke", "Per Olsen", "Aisha Rahman", "Jonas Lie"];

export const FIRST_WORDING =
  "Byggesøknader behandles av ett team fra start til slutt, som en prøveordning i tre måneder.";
export const SECOND_WORDING =
  "Byggesøknader behandles av ett team fra start til slutt, med en ukentlig sjekk av køen, som en prøveordning i seks måneder.";

export function exampleDecisionRecord(anonymity: AnonymityMode = "named"): DecisionRecord {
  const session = new TestSession("session-permits");
  const facilitator = (command: SessionCommand) => session.create(FACILITATOR, command);
  const by = (who: string, command: SessionCommand) => session.create(participant(who), command);
  const run = (actor: Actor, command: SessionCommand) => session.must(actor, command);

  run(FACILITATOR, {
    type: "session.create",
    payload: {
      organisationId: "org-lillehammer",
      title: "Kortere saksbehandling av byggesøknader",
      question: "Hvordan halverer vi ledetiden for en byggesøknad?",
      language: "nb",
      anonymity,
      groundRules: ["Én stemme om gangen"],
      steps: [
        { phase: "share_facts", methodName: "Faktarunde", prompt: "Hva vet vi?" },
        { phase: "reflect", methodName: "Stille skriving", prompt: "Hva slår deg?" },
        { phase: "discover", methodName: "Tema og prikker", prompt: "Hvilke temaer ser vi?" },
        { phase: "decide", methodName: "Samtykke", prompt: "Kan vi leve med dette?" },
      ],
    },
  });
  const [facts, reflect, discover, decide] = session.stepIds;
  run(FACILITATOR, { type: "session.open", payload: {} });
  PEOPLE.forEach((id, index) => {
    run(participant(id), { type: "participant.join", payload: { displayName: NAMES[index] } });
    run(participant(id), { type: "participant.acknowledge_ground_rules", payload: {} });
  });
  session.wait(5 * 60);
  run(FACILITATOR, { type: "session.start", payload: {} });

  run(FACILITATOR, { type: "step.start", payload: { stepId: facts ?? "" } });
  const leadTime = facilitator({
    type: "contribution.add",
    payload: {
      kind: "fact",
      text: "Median ledetid for en byggesøknad i 2025",
      source: { figure: "41 dager", url: "https://kommune.example/byggesak/statistikk-2025" },
    },
  });
  by("p-1", {
    type: "contribution.add",
    payload: { kind: "question", text: "Er ferieukene regnet med?", replyTo: leadTime },
  });
  const handoffs = session.create(CO_FACILITATOR, {
    type: "contribution.add",
    payload: { kind: "fact", text: "En søknad bytter saksbehandler i snitt fire ganger" },
  });
  run(FACILITATOR, {
    type: "contribution.dispute",
    payload: { contributionId: handoffs, note: "Tallet gjelder bare 2024" },
  });

  session.wait(20 * 60);
  run(FACILITATOR, { type: "step.start", payload: { stepId: reflect ?? "" } });
  const written: Array<[string, string]> = [
    ["p-1", "Vi venter mest på hverandre, ikke på søkeren."],
    ["p-2", "Ingen eier saken fra start til slutt."],
    ["p-3", "Søkerne ringer fordi de ikke vet hvor saken står."],
    ["p-4", "Vi mangler oversikt over køen."],
  ];
  const reflections = written.map(([who, text]) =>
    by(who, { type: "contribution.add", payload: { kind: "reflection", text } }),
  );
  run(FACILITATOR, { type: "step.reveal", payload: { stepId: reflect ?? "" } });

  session.wait(20 * 60);
  run(FACILITATOR, { type: "step.start", payload: { stepId: discover ?? "" } });
  const ownership = facilitator({ type: "group.create", payload: { name: "Eierskap til saken" } });
  const overview = facilitator({ type: "group.create", payload: { name: "Oversikt over køen" } });
  reflections.forEach((contributionId, index) => {
    const groupId = index < 2 ? ownership : overview;
    run(FACILITATOR, { type: "group.move_contribution", payload: { contributionId, groupId } });
  });
  const insight = by("p-2", {
    type: "contribution.add",
    payload: { kind: "insight", text: "Overleveringer koster mer tid enn selve behandlingen" },
  });
  by("p-3", {
    type: "contribution.add",
    payload: { kind: "insight", text: "Søkerne trenger å se hvor saken står" },
  });
  for (const who of PEOPLE) {
    run(participant(who), {
      type: "vote.cast",
      payload: { target: { kind: "group", id: who === "p-4" ? overview : ownership } },
    });
    run(participant(who), {
      type: "reaction.toggle",
      payload: { contributionId: insight, reaction: "thumbs_up" },
    });
  }

  session.wait(20 * 60);
  run(FACILITATOR, { type: "step.start", payload: { stepId: decide ?? "" } });
  const proposalId = facilitator({
    type: "proposal.draft",
    payload: { text: FIRST_WORDING, insightIds: [insight] },
  });
  const startRound = (kind: "clarifying" | "consent") =>
    facilitator({ type: "proposal.start_round", payload: { proposalId, kind } });
  const endRound = (roundId: string) =>
    run(FACILITATOR, { type: "proposal.end_round", payload: { roundId } });

  const clarifying = startRound("clarifying");
  by("p-1", {
    type: "proposal.speak",
    payload: { roundId: clarifying, text: "Hvem sitter i teamet?" },
  });
  by("p-2", { type: "proposal.speak", payload: { roundId: clarifying } });
  endRound(clarifying);

  const first = startRound("consent");
  const position = (who: string, roundId: string, position: Position, reason?: string) =>
    by(who, {
      type: "proposal.give_position",
      payload: {
        roundId,
        position,
        ...(reason !== undefined && { reason }),
      },
    });
  position("p-1", first, "consent");
  const objection = position(
    "p-2",
    first,
    "objection",
    "Uten en fast sjekk av køen blir de eldste sakene liggende: det skader målet om kortere ledetid.",
  );
  position("p-3", first, "stand_aside", "Jeg begynte i avdelingen i går.");
  position("p-4", first, "consent");
  endRound(first);
  run(FACILITATOR, {
    type: "proposal.test_objection",
    payload: {
      roundId: first,
      entryId: objection,
      outcome: "upheld",
      rationale: "Gruppen var enig: uten oversikt over køen når vi ikke målet.",
    },
  });
  run(FACILITATOR, {
    type: "proposal.amend",
    payload: {
      proposalId,
      text: SECOND_WORDING,
      note: "Møter innvendingen om køen; seks måneder gir nok saker å måle på.",
      integrates: [objection],
    },
  });

  const second = startRound("consent");
  position("p-1", second, "consent");
  position("p-2", second, "consent");
  position("p-3", second, "concern", "Teamet må få opplæring i plan- og bygningsloven først.");
  position("p-4", second, "consent");
  endRound(second);
  run(FACILITATOR, {
    type: "proposal.decide",
    payload: {
      proposalId,
      rationale: "Ingen hadde en vesentlig innvending mot versjon 2.",
      actions: [
        { what: "Sette sammen teamet", owner: "Kari", dueDate: "2026-12-15" },
        { what: "Lage ukentlig køoversikt", owner: "Per Olsen", dueDate: null },
      ],
      reviewDate: "2027-06-01",
    },
  });
  const record = buildDecisionRecord(session.state, proposalId);
  if (!record) throw new Error("The example proposal was not decided");
  return record;
}
