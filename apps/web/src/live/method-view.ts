import {
  type Contribution,
  type Group,
  getById,
  idMapValues,
  isUntested,
  type ObjectionRef,
  objectionsOf,
  type Proposal,
  type ProposalRound,
  type RoundEntry,
  type SessionState,
  type Step,
  ungroupedReflections,
} from "@samspel/core";
import { contributionsOf } from "./view";

/** Read-only questions the four steps of the method ask of a session state. */

/** Can be read by this viewer and still stands: not withdrawn, hidden, or silent-unrevealed. */
function readable(contribution: Contribution): boolean {
  return (
    contribution.text !== undefined &&
    contribution.withdrawnAt === null &&
    contribution.moderation === null
  );
}

export interface FactsBoard {
  /** Facts, and questions asked on no fact, in writing order: the cards of the board. */
  cards: Contribution[];
  /** The clarifying questions asked on each fact, by the fact's id. */
  questionsOn: Map<string, Contribution[]>;
}

/** A share-facts step: clarifying questions stand under the fact they ask about. */
export function factsBoard(state: SessionState, stepId: string): FactsBoard {
  const all = contributionsOf(state, stepId);
  const facts = new Set(all.filter((c) => c.kind === "fact").map((c) => c.id));
  const questionsOn = new Map<string, Contribution[]>();
  const cards: Contribution[] = [];
  for (const contribution of all) {
    const fact = contribution.replyTo;
    if (contribution.kind === "question" && fact !== null && facts.has(fact)) {
      questionsOn.set(fact, [...(questionsOn.get(fact) ?? []), contribution]);
    } else {
      cards.push(contribution);
    }
  }
  return { cards, questionsOn };
}

export interface Theme {
  group: Group;
  /** Dots placed on the theme in its step. */
  dots: number;
  reflections: Contribution[];
}

/** The themes of a step, in the order they were made, each with its dots and reflections. */
export function themesOf(state: SessionState, step: Step): Theme[] {
  const themes: Theme[] = [];
  for (const groupId of state.groupOrder) {
    const group = state.groups[groupId];
    if (group?.stepId !== step.id) continue;
    const reflections = group.contributionIds
      .map((id) => getById(state.contributions, id))
      .filter((c): c is Contribution => c !== undefined && readable(c));
    themes.push({ group, dots: group.votes[step.id] ?? 0, reflections });
  }
  return themes;
}

/** Most dots first; a tie keeps the order the themes were made in. */
export function rankedThemes(themes: Theme[]): Theme[] {
  return [...themes].sort((a, b) => b.dots - a.dots);
}

/** What is left to group: see core's `ungroupedReflections`. */
export function ungrouped(state: SessionState, step: Step): Contribution[] {
  return ungroupedReflections(state, step.id);
}

/** Insights written in a step, readable ones only. */
export function insightsOf(state: SessionState, stepId: string): Contribution[] {
  return contributionsOf(state, stepId).filter((c) => c.kind === "insight" && readable(c));
}

/** Every readable insight of the session, for a proposal to rest on. */
export function allInsights(state: SessionState): Contribution[] {
  return idMapValues(state.contributions).filter((c) => c.kind === "insight" && readable(c));
}

/** The proposal drafted last, decided or not: what the decide step shows when none is open. */
export function latestProposal(state: SessionState): Proposal | undefined {
  const id = state.proposalOrder.at(-1);
  return id === undefined ? undefined : state.proposals[id];
}

/** The viewer's own answer in a round, if they gave one (a viewer always sees their own). */
export function answerOf(round: ProposalRound, self: string): RoundEntry | undefined {
  return round.entries.find((entry) => entry.participantId === self);
}

/** Objections of rounds that have ended and still wait for the group's test. */
export function objectionsToTest(state: SessionState, proposal: Proposal): ObjectionRef[] {
  return objectionsOf(state, proposal).filter(
    (objection) => objection.round.endedAt !== null && isUntested(objection),
  );
}

/** The steps either side of the current one, for the console's previous and next. */
export function neighbourSteps(state: SessionState): {
  previous: Step | undefined;
  next: Step | undefined;
} {
  const index = state.currentStepId ? state.stepOrder.indexOf(state.currentStepId) : -1;
  const at = (i: number) => {
    const id = state.stepOrder[i];
    return id === undefined ? undefined : state.steps[id];
  };
  return { previous: index > 0 ? at(index - 1) : undefined, next: at(index + 1) };
}
