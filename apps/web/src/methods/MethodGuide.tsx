import { builtInMethodRound, type Step } from "@samspel/core";
import { useTranslation } from "react-i18next";

/**
 * For the facilitator running a step: the round its method runs (rounds start from the console,
 * not from step settings) and the step's notes, where a method's steps and a design's brief are.
 */
export function MethodGuide({ step }: { step: Step }) {
  const { t } = useTranslation();
  const round = step.methodId ? builtInMethodRound(step.methodId) : null;
  return (
    <>
      {round && (
        <p className="muted" data-testid="method-round">
          {t("methods.guide.round", { round: t(`methods.rounds.${round}`) })}
        </p>
      )}
      {step.notes && (
        <details className="step-notes">
          <summary>{t("methods.guide.notes")}</summary>
          <p className="step-notes-text">{step.notes}</p>
        </details>
      )}
    </>
  );
}
