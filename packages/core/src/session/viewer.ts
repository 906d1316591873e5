import type { Viewer } from "./actor.js";
import type { AnonymityMode } from "./schema.js";

/**
 * Whether this viewer may know which participant wrote, voted or reacted. `named`: everyone.
 * `anonymous_to_peers`: facilitators only. `anonymous`: nobody, facilitators included.
 */
export function seesIdentities(viewer: Viewer, anonymity: AnonymityMode): boolean {
  if (anonymity === "named") return true;
  return anonymity === "anonymous_to_peers" && viewer.class === "facilitator";
}

/** The participant a personalised view is for, if any. */
export function selfOf(viewer: Viewer): string | undefined {
  return viewer.class === "participant" ? viewer.participantId : undefined;
}
