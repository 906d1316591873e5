import { getById } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";
import { seesIdentities } from "../session/viewer.js";

/*
 * Participation figures for the facilitator's reflection after a session (seed 003: "reflect on
 * what you do, how you do it and what effect it has"): a mirror of how evenly the room took
 * part, never a ranking of people. Everything comes from the session's state (itself a fold of
 * the event log), so the figures are the same wherever and whenever they are computed.
 */

export interface StepParticipation {
  stepId: string;
  methodName: string;
  phase: string;
  /** Distinct participants who wrote, placed dots, or answered in one of its proposal rounds. */
  contributors: number;
  /** `contributors` over everyone who took part in the session, 0..1. */
  share: number;
}

export interface ParticipantFigures {
  participantId: string;
  displayName: string | null;
  contributions: number;
  /** Seconds with the floor in rounds (turns spoken, not passes). */
  talkSeconds: number;
}

export interface ParticipationFigures {
  participants: number;
  steps: StepParticipation[];
  /**
   * In join order, never sorted by amount. Empty where the anonymity mode hides who did what
   * from the facilitator: then only the distribution below is shown.
   */
  perParticipant: ParticipantFigures[];
  /** Gini coefficients, 0 (everyone equal) .. 1 (one person did everything). */
  gini: { contributions: number; talkTime: number };
}

/**
 * Who reads the figures: per-person figures are the facilitator's mirror, so any other reader
 * (a member reading the report) sees the distribution only.
 */
export type ParticipationReader = "facilitator" | "member";

export function participationFigures(
  state: SessionState,
  reader: ParticipationReader = "facilitator",
): ParticipationFigures {
  const people = state.participantOrder;
  const contributions = new Map<string, number>(people.map((id) => [id, 0]));
  const talk = new Map<string, number>(people.map((id) => [id, 0]));
  const byStep = new Map<string, Set<string>>();
  const tookPart = (stepId: string | null, participantId: string) => {
    if (stepId === null) return;
    const contributors = byStep.get(stepId) ?? new Set<string>();
    contributors.add(participantId);
    byStep.set(stepId, contributors);
  };
  const count = (stepId: string | null, participantId: string | undefined) => {
    if (participantId === undefined || !contributions.has(participantId)) return;
    contributions.set(participantId, (contributions.get(participantId) ?? 0) + 1);
    tookPart(stepId, participantId);
  };

  for (const [stepId, ids] of Object.entries(state.contributionOrder)) {
    for (const id of ids) {
      const author = getById(state.contributions, id)?.author;
      if (author?.kind === "participant") count(stepId, author.id);
    }
  }
  for (const round of Object.values(state.proposalRounds)) {
    const stepId = state.proposals[round.proposalId]?.stepId ?? null;
    for (const entry of round.entries) {
      // A pass in a clarifying or reaction round is an answer, not a contribution.
      const said = entry.text !== undefined || entry.position !== undefined || entry.vote;
      if (said) count(stepId, entry.participantId);
    }
  }
  // Placing dots is taking part in a step too, though it adds no contribution of one's own.
  for (const [stepId, byParticipant] of Object.entries(state.dots)) {
    for (const bucket of byParticipant) {
      for (const [participantId, dots] of Object.entries(bucket)) {
        if (contributions.has(participantId) && Object.keys(dots).length > 0) {
          tookPart(stepId, participantId);
        }
      }
    }
  }
  for (const round of Object.values(state.rounds)) {
    for (const turn of round.turns) {
      if (turn.outcome !== "spoke" || turn.startedAt === null || turn.endedAt === null) continue;
      const seconds = (Date.parse(turn.endedAt) - Date.parse(turn.startedAt)) / 1_000;
      talk.set(turn.participantId, (talk.get(turn.participantId) ?? 0) + seconds);
    }
  }

  const total = people.length;
  return {
    participants: total,
    steps: state.stepOrder.flatMap((stepId) => {
      const step = state.steps[stepId];
      if (step === undefined) return [];
      const contributors = byStep.get(stepId)?.size ?? 0;
      return [
        {
          stepId,
          methodName: step.methodName,
          phase: step.phase,
          contributors,
          share: total === 0 ? 0 : contributors / total,
        },
      ];
    }),
    perParticipant:
      reader === "facilitator" && seesIdentities({ class: "facilitator" }, state.anonymity)
        ? people.map((participantId) => ({
            participantId,
            displayName: getById(state.participants, participantId)?.displayName ?? null,
            contributions: contributions.get(participantId) ?? 0,
            talkSeconds: talk.get(participantId) ?? 0,
          }))
        : [],
    gini: {
      contributions: gini([...contributions.values()]),
      talkTime: gini([...talk.values()]),
    },
  };
}

/**
 * The Gini coefficient of non-negative amounts: with x sorted ascending and i = 1..n,
 * G = 2·Σ(i·xᵢ) / (n·Σx) − (n + 1) / n. Nothing at all, or one person, is perfectly equal (0).
 */
export function gini(amounts: readonly number[]): number {
  const sorted = [...amounts].sort((a, b) => a - b);
  const n = sorted.length;
  const sum = sorted.reduce((total, x) => total + x, 0);
  if (n < 2 || sum === 0) return 0;
  const weighted = sorted.reduce((total, x, index) => total + (index + 1) * x, 0);
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

/** Feedback opens once a session has started and stays open after it closes. */
export function feedbackOpen({ status }: { status: string }): boolean {
  return status === "running" || status === "closed";
}
