import type { Phase } from "@samspel/core";
import type { ComponentType } from "react";
import { currentStep } from "../../../live/view";
import { BoardPanel } from "./BoardPanel";
import { DiscoverPanel } from "./DiscoverPanel";
import { DecidePanel } from "./decide/DecidePanel";
import { FactsPanel } from "./FactsPanel";
import { OpinionPanel } from "./OpinionPanel";
import type { PanelProps, StepPanelProps } from "./panel-props";

/** Per step, only its tools: reflect and any other step watch a board (silent first or not). */
const PHASE_PANELS: Record<Phase, ComponentType<StepPanelProps>> = {
  share_facts: FactsPanel,
  reflect: BoardPanel,
  discover: DiscoverPanel,
  decide: DecidePanel,
  other: BoardPanel,
};

export function PhaseTools({ state, live }: PanelProps) {
  const step = currentStep(state);
  if (!step) return null;
  const Panel = PHASE_PANELS[step.phase];
  // Keyed by step: going back and forth between steps starts each panel's forms afresh.
  return (
    <>
      {step.settings.opinionMap && (
        <OpinionPanel key={`map-${step.id}`} state={state} live={live} step={step} />
      )}
      <Panel key={step.id} state={state} live={live} step={step} />
    </>
  );
}
