import type { SessionState, Step } from "@samspel/core";
import type { LiveSession } from "../../../live/use-live-session";

/** What every part of the participant's step view is given. */
export interface StepProps {
  state: SessionState;
  step: Step;
  live: LiveSession;
  /** The participant's own id. */
  self: string;
}
