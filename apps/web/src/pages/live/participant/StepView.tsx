import type { Phase } from "@samspel/core";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { Countdown } from "../LiveParts";
import { BoardStep } from "./BoardStep";
import { DecideStep } from "./DecideStep";
import { DiscoverStep } from "./DiscoverStep";
import { OpinionCard } from "./OpinionCard";
import { HandPanel, TurnPanel } from "./SpeakingPanels";
import type { StepProps } from "./step-props";

/** Each phase shows only what it needs; facts, reflections and anything else write on a board. */
const PHASE_VIEWS: Record<Phase, ComponentType<StepProps>> = {
  share_facts: BoardStep,
  reflect: BoardStep,
  discover: DiscoverStep,
  decide: DecideStep,
  other: BoardStep,
};

export function StepView(props: StepProps) {
  const { t } = useTranslation();
  const { state, step } = props;
  const number = state.stepOrder.indexOf(step.id) + 1;
  const PhaseView = PHASE_VIEWS[step.phase];
  return (
    <>
      <section className="card stack step-card" aria-labelledby="step-title">
        <p className="muted">
          {t("live.stepOf", { number, count: state.stepOrder.length })} ·{" "}
          {t(`live.phases.${step.phase}`)}
        </p>
        <h2 id="step-title">{step.methodName}</h2>
        {step.prompt && <p className="prompt">{step.prompt}</p>}
        {state.timer && state.timer.stepId === step.id && <Countdown timer={state.timer} />}
      </section>
      <TurnPanel {...props} />
      <HandPanel {...props} />
      {/* The opinion map is a method of its own, usable in a step of any phase. */}
      {step.settings.opinionMap && <OpinionCard {...props} />}
      <PhaseView {...props} />
    </>
  );
}
