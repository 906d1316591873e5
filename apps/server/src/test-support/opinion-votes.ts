import { emptySessionState, evolveAll, type SessionEvent, type SessionState } from "@samspel/core";

const AT = "2026-11-24T09:00:00.000Z";

/**
 * A session state holding a large opinion map's votes, built without a log: `participants` ×
 * `statements`, each cell voted with probability `density`, in three camps (so there are groups
 * to find). For measuring a recompute against commands; the state is never stored.
 */
export function syntheticOpinionState(
  participants: number,
  statements: number,
  density: number,
): { state: SessionState; stepId: string; votes: number } {
  const stepId = "step-map";
  const base = emptySessionState("synthetic");
  const participantOrder = Array.from({ length: participants }, (_, i) => `p-${i}`);
  const events: SessionEvent[] = [];
  let seq = 0;
  const event = (type: string, payload: unknown) =>
    events.push({
      seq: ++seq,
      at: AT,
      actor: { kind: "facilitator" },
      type,
      payload,
    } as SessionEvent);
  for (let s = 0; s < statements; s += 1) {
    event("opinion.submitted", {
      statementId: `s-${s}`,
      stepId,
      text: `Statement ${s}`,
      status: "approved",
    });
  }
  // A fixed linear congruential sequence: the same synthetic votes on every run.
  let seed = 12345;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  let votes = 0;
  participantOrder.forEach((participantId, p) => {
    for (let s = 0; s < statements; s += 1) {
      if (next() >= density) continue;
      const agrees = s % 3 === p % 3;
      const vote = next() < 0.8 ? (agrees ? "agree" : "disagree") : "pass";
      event("opinion.voted", {
        stepId,
        statementId: `s-${s}`,
        vote,
        previous: null,
        participantId,
      });
      votes += 1;
    }
  });
  const state = evolveAll(
    {
      ...base,
      createdAt: AT,
      status: "running",
      participantOrder,
      steps: {
        [stepId]: {
          id: stepId,
          phase: "discover",
          methodId: null,
          methodName: "Opinion map",
          prompt: "",
          timeboxSeconds: null,
          notes: null,
          settings: {
            contributionKinds: [],
            silent: false,
            dotVoteBudget: 0,
            reactions: false,
            grouping: "off",
            opinionMap: { moderation: "auto" },
          },
          startedAt: AT,
          revealedAt: null,
        },
      },
      stepOrder: [stepId],
      currentStepId: stepId,
    },
    events,
  );
  return { state, stepId, votes };
}
