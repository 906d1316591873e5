import type { Phase, StepDefinition, StepInput, StepSettings } from "./schema.js";

/**
 * What a step does when its method says nothing more. Reflect is silent first (issue 4: "so no
 * one anchors on the first voice"); discover groups and dot-votes; decide collects wording
 * suggestions and clarifying questions (consent itself is its own area).
 */
export const PHASE_DEFAULTS: Record<Phase, StepSettings> = {
  share_facts: {
    contributionKinds: ["fact", "question"],
    silent: false,
    dotVoteBudget: 0,
    reactions: true,
    grouping: "off",
  },
  reflect: {
    contributionKinds: ["reflection"],
    silent: true,
    dotVoteBudget: 0,
    reactions: true,
    grouping: "off",
  },
  discover: {
    contributionKinds: ["insight"],
    silent: false,
    dotVoteBudget: 3,
    reactions: true,
    grouping: "everyone",
  },
  decide: {
    contributionKinds: ["suggestion", "question"],
    silent: false,
    dotVoteBudget: 0,
    reactions: false,
    grouping: "off",
  },
  other: {
    contributionKinds: ["comment"],
    silent: false,
    dotVoteBudget: 0,
    reactions: true,
    grouping: "off",
  },
};

/** A facilitator's step input, normalised: what the event stores is complete and explicit. */
export function defineStep(id: string, input: StepInput): StepDefinition {
  return {
    id,
    phase: input.phase,
    methodId: input.methodId ?? null,
    methodName: input.methodName,
    prompt: input.prompt ?? "",
    timeboxSeconds: input.timeboxSeconds ?? null,
    notes: input.notes || null,
    settings: { ...PHASE_DEFAULTS[input.phase], ...input.settings },
  };
}

/**
 * A step with some fields changed. A new phase without new settings keeps the step's settings:
 * the facilitator may have tuned them, and silently resetting them would surprise.
 */
export function changeStep(step: StepDefinition, changes: Partial<StepInput>): StepDefinition {
  return {
    ...step,
    ...(changes.phase !== undefined && { phase: changes.phase }),
    ...(changes.methodId !== undefined && { methodId: changes.methodId }),
    ...(changes.methodName !== undefined && { methodName: changes.methodName }),
    ...(changes.prompt !== undefined && { prompt: changes.prompt }),
    ...(changes.timeboxSeconds !== undefined && { timeboxSeconds: changes.timeboxSeconds }),
    ...(changes.notes !== undefined && { notes: changes.notes || null }),
    settings: { ...step.settings, ...changes.settings },
  };
}
