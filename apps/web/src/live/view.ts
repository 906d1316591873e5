import {
  type Contribution,
  getById,
  type SessionState,
  type Step,
  type Viewer,
} from "@samspel/core";

/** Read-only questions the live pages ask of a session state. */

export function currentStep(state: SessionState): Step | null {
  return state.currentStepId ? (state.steps[state.currentStepId] ?? null) : null;
}

/** Contributions of a step in writing order, without withdrawn ones. */
export function contributionsOf(state: SessionState, stepId: string): Contribution[] {
  const ids = state.contributionOrder[stepId] ?? [];
  const list: Contribution[] = [];
  for (const id of ids) {
    const contribution = getById(state.contributions, id);
    if (contribution && contribution.withdrawnAt === null) list.push(contribution);
  }
  return list;
}

/**
 * What the board shows in a step: its own contributions, or, for a step that takes none but has
 * dots to give (a vote on what was written before), everything written in earlier steps.
 */
export function boardOf(state: SessionState, step: Step): Contribution[] {
  if (step.settings.contributionKinds.length > 0 || step.settings.dotVoteBudget === 0) {
    return contributionsOf(state, step.id);
  }
  const index = state.stepOrder.indexOf(step.id);
  return state.stepOrder.slice(0, index).flatMap((stepId) => contributionsOf(state, stepId));
}

export function participantName(
  state: SessionState,
  participantId: string,
  unnamed: (number: number) => string,
): string {
  const participant = getById(state.participants, participantId);
  if (participant?.displayName) return participant.displayName;
  return unnamed(state.participantOrder.indexOf(participantId) + 1);
}

export function selfId(viewer: Viewer | null): string | null {
  return viewer?.class === "participant" ? (viewer.participantId ?? null) : null;
}

/** Dots this participant has placed in a step, as far as the view tells. */
