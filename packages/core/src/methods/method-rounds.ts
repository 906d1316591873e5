import type { MethodRoundKind } from "./schema.js";

/**
 * The round each built-in method runs, without the library's texts: the facilitator's console
 * needs only this, and the library in four languages is some 230 kB of the browser's bundle.
 * A copy of the content files' `live.round`, held to them by methods.test.ts; a method not
 * named here runs no round.
 */
const ROUNDS: Readonly<Record<string, MethodRoundKind>> = {
  "check-in-round": "speaking",
  "speaking-round": "speaking",
  "timed-turns": "speaking",
  "building-round": "speaking",
  "both-sides": "speaking",
  "top-three": "speaking",
  "clarifying-round": "clarifying",
  "reaction-round": "reactions",
  "consent-round": "consent",
  "after-action-review": "speaking",
  "check-out-round": "speaking",
  "appreciation-round": "speaking",
};

export const BUILT_IN_METHOD_ROUND_IDS: readonly string[] = Object.keys(ROUNDS);

/** The round a built-in method runs; null for any other method, an organisation's included. */
export function builtInMethodRound(methodId: string): MethodRoundKind | null {
  // Own keys only: "constructor" is no method.
  return (Object.hasOwn(ROUNDS, methodId) && ROUNDS[methodId]) || null;
}
