import type { SessionState, Step } from "@samspel/core";
import type { LiveSession } from "../../../live/use-live-session";

/** What every console panel is given. */
export interface PanelProps {
  state: SessionState;
  live: LiveSession;
}

/** A panel for the tools of the step being run. */
export interface StepPanelProps extends PanelProps {
  step: Step;
}
