import {
  activeProposal,
  activeProposalRound,
  type Contribution,
  type Group,
  getById,
  objectionsOf,
  type Proposal,
  type ProposalRound,
  roundsOf,
  type SessionState,
  type Step,
} from "@samspel/core";
import { contributionsOf } from "./view";

/*
 * What the wall shows of a session, read from the observer's (already redacted) state. Pure,
 * so the projector's view of each step is tested without a browser.
 */

/** A contribution the room can read, with the questions asked about it beneath. */
export interface WallNote {
  contribution: Contribution;
  replies: Contribution[];
}

/**
 * A step's readable contributions, each reply under what it answers. Hidden ones are left out:
 * a silent step's are only counted (`writtenCount`), and what a facilitator hid stays off the
 * projector.
 */
export function notesOf(state: SessionState, step: Step): WallNote[] {
  const readable = contributionsOf(state, step.id).filter((c) => c.text !== undefined);
  const ids = new Set(readable.map((c) => c.id));
  return readable
    .filter((c) => c.replyTo === null || !ids.has(c.replyTo))
    .map((contribution) => ({
      contribution,
      replies: readable.filter((reply) => reply.replyTo === contribution.id),
    }));
}

/** Whether the step is in silent writing: written, but not yet shown to anyone. */
export function isWritingInSilence(step: Step): boolean {
  return step.settings.silent && step.revealedAt === null;
}

/** How many contributions the step holds, readable or not: "12 written". */
export function writtenCount(state: SessionState, step: Step): number {
  return contributionsOf(state, step.id).length;
}

export interface ThemeTally {
  group: Group;
  dots: number;
  /** Of the theme with the most dots, for a bar's length (0 to 1). */
  share: number;
  /** What the room can read of the contributions grouped in it. */
  notes: string[];
}

/** The step's themes, most dots first; ties keep the order they were made in. */
export function themesOf(state: SessionState, step: Step): ThemeTally[] {
  const themes = state.groupOrder
    .flatMap((id) => state.groups[id] ?? [])
    .filter((group) => group.stepId === step.id)
    .map((group) => ({
      group,
      dots: Object.values(group.votes).reduce((sum, dots) => sum + dots, 0),
      notes: group.contributionIds.flatMap((id) => getById(state.contributions, id)?.text ?? []),
    }))
    .sort((a, b) => b.dots - a.dots);
  const most = Math.max(1, ...themes.map((theme) => theme.dots));
  return themes.map((theme) => ({ ...theme, share: theme.dots / most }));
}

/** The insights formulated in the step, readable ones only. */
export function insightsOf(state: SessionState, step: Step): Contribution[] {
  return contributionsOf(state, step.id).filter(
    (c) => c.kind === "insight" && c.text !== undefined,
  );
}

/** The proposal being worked on, or else the last one decided or postponed: its outcome stays up. */
export function proposalOnWall(state: SessionState): Proposal | undefined {
  const last = state.proposalOrder.at(-1);
  return activeProposal(state) ?? (last === undefined ? undefined : state.proposals[last]);
}

/** The round running on the proposal, or else its last one, so the result stays readable. */
export function roundOnWall(state: SessionState, proposal: Proposal): ProposalRound | undefined {
  const active = activeProposalRound(state);
  if (active?.proposalId === proposal.id) return active;
  return roundsOf(state, proposal).at(-1);
}

/** An objection with the round it was raised in (core's ObjectionRef, not exported by name). */
export type WallObjection = ReturnType<typeof objectionsOf>[number];

/** Objections the facilitator has tested with the group (or the objector withdrew), oldest first. */
export function testedObjections(state: SessionState, proposal: Proposal): WallObjection[] {
  return objectionsOf(state, proposal).filter(({ entry }) => entry.test !== undefined);
}

/** Who wrote a contribution, where the room may know it; null where it may not, or no name was given. */
export function authorName(state: SessionState, contribution: Contribution): string | null {
  const author = contribution.author;
  if (!author?.id) return null;
  if (author.kind === "facilitator") return state.facilitators[author.id]?.displayName ?? null;
  return getById(state.participants, author.id)?.displayName ?? null;
}
