import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { neighbourSteps } from "../../../live/method-view";
import { useCommand } from "../../../live/use-command";
import { currentStep } from "../../../live/view";
import { MethodGuide } from "../../../methods/MethodGuide";
import type { PanelProps } from "./panel-props";

/**
 * The step being run, with previous and next: the facilitator walks the method's four steps
 * in order, and may go back. A silent step is revealed here, where its writing is watched.
 */
export function StepNavigator({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const step = currentStep(state);
  const { previous, next } = neighbourSteps(state);
  const running = state.status === "running";
  const start = (stepId: string) => void command.run({ type: "step.start", payload: { stepId } });
  const number = step ? state.stepOrder.indexOf(step.id) + 1 : 0;
  // While a silent step waits for its reveal, revealing is the next thing to do, not moving on.
  const revealPending = step?.settings.silent === true && step.revealedAt === null;
  return (
    <section className="card stack step-nav" aria-labelledby="step-nav-title">
      {step ? (
        <>
          <p className="muted">
            {t("live.stepOf", { number, count: state.stepOrder.length })} ·{" "}
            {t(`live.phases.${step.phase}`)}
          </p>
          <h2 id="step-nav-title" data-testid="step-title">
            {step.methodName}
          </h2>
          {step.prompt && <p className="prompt">{step.prompt}</p>}
          <MethodGuide step={step} />
        </>
      ) : (
        <h2 id="step-nav-title">
          {running ? t("consent.console.noStepYet") : t("consent.console.startFirst")}
        </h2>
      )}
      {running && (
        <div className="actions step-nav-buttons">
          {previous && (
            <button
              type="button"
              className="button button-secondary"
              disabled={command.pending}
              onClick={() => start(previous.id)}
            >
              <span aria-hidden="true">← </span>
              {t("consent.console.previousStep", { name: previous.methodName })}
            </button>
          )}
          {step && revealPending && (
            <button
              type="button"
              className="button button-primary"
              disabled={command.pending}
              onClick={() =>
                void command.run({ type: "step.reveal", payload: { stepId: step.id } })
              }
            >
              {t("consent.console.reveal")}
            </button>
          )}
          {next && (
            <button
              type="button"
              className={revealPending ? "button button-secondary" : "button button-primary"}
              disabled={command.pending}
              data-testid="next-step"
              onClick={() => start(next.id)}
            >
              {step
                ? t("consent.console.nextStep", { name: next.methodName })
                : t("consent.console.firstStep", { name: next.methodName })}
              <span aria-hidden="true"> →</span>
            </button>
          )}
        </div>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}
