import type { Contribution } from "../contributions/schema.js";
import type { ActingActor } from "./actor.js";
import { type Refusal, reject } from "./decision.js";
import type { DomainErrorCode } from "./errors.js";
import { getById } from "./id-map.js";
import type { Participant, SessionState, Step } from "./state.js";

/** A silent step whose contributions only facilitators (and each author) may read yet. */
export function isUnrevealed(step: Step | undefined): boolean {
  return step?.settings.silent === true && step.revealedAt === null;
}

export function currentStep(state: SessionState): Step | undefined {
  return state.currentStepId === null ? undefined : state.steps[state.currentStepId];
}

/** Ground rules bind once there are any; acknowledging one set is not asked again for a new one. */
export function mayTakePart(state: SessionState, participant: Participant): boolean {
  return state.groundRules.length === 0 || participant.groundRulesAcknowledgedAt !== null;
}

/** Everyone who may take part now (joined, ground rules acknowledged), in join order. */
export function takingPart(state: SessionState): string[] {
  return state.participantOrder.filter((id) => {
    const participant = getById(state.participants, id);
    return participant !== undefined && mayTakePart(state, participant);
  });
}

export function isAuthor(contribution: Contribution, actor: ActingActor): boolean {
  const author = contribution.author;
  if (author === undefined || author.kind !== actor.kind) return false;
  return author.id === (actor.kind === "facilitator" ? actor.userId : actor.participantId);
}

/**
 * Why everyone may not act on a contribution (react, vote, group), or undefined when they may:
 * it must exist, not be withdrawn, not be hidden by a facilitator, and not be in an unrevealed
 * silent step.
 */
export function invisibility(
  state: SessionState,
  contributionId: string,
): DomainErrorCode | undefined {
  const contribution = getById(state.contributions, contributionId);
  if (contribution === undefined) return "unknown_contribution";
  const hidden =
    contribution.withdrawnAt !== null ||
    contribution.moderation !== null ||
    isUnrevealed(state.steps[contribution.stepId]);
  return hidden ? "contribution_not_visible" : undefined;
}

/** The step a participation command acts in, or why there is none. */
export function requireCurrentStep(state: SessionState): Step | Refusal {
  const step = currentStep(state);
  return step === undefined ? reject("no_current_step") : step;
}
