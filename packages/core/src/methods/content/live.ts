import type { StepSettings } from "../../steps/schema.js";
import type { LiveMapping, MethodRoundKind } from "../schema.js";

const QUIET: StepSettings = {
  contributionKinds: [],
  silent: false,
  dotVoteBudget: 0,
  reactions: false,
  grouping: "off",
};

/**
 * A live mapping from what differs from a quiet step (no contributions, no votes): the content
 * files then say only what their method does, which keeps 40-odd mappings readable.
 */
export function live(
  settings: Partial<StepSettings>,
  round: MethodRoundKind | null,
  timeboxMinutes: number,
): LiveMapping {
  return { settings: { ...QUIET, ...settings }, round, timeboxSeconds: timeboxMinutes * 60 };
}
