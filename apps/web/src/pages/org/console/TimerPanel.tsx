import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { CommandForm } from "../../../forms/CommandForm";
import { useCommand } from "../../../live/use-command";
import { currentStep } from "../../../live/view";
import { Countdown } from "../../live/LiveParts";
import type { PanelProps } from "./panel-props";
import { wholeNumber } from "./whole-number";

/** The step's timer: everyone counts down to the same instant; pause, resume, stop. */
export function TimerPanel({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const step = currentStep(state);
  if (!step) return null;
  const timer = state.timer;
  const button = (type: "timer.pause" | "timer.resume" | "timer.stop", label: string) => (
    <button
      type="button"
      className="button button-secondary"
      disabled={command.pending}
      onClick={() => void command.run({ type, payload: {} })}
    >
      {label}
    </button>
  );
  const timebox = step.timeboxSeconds ? Math.ceil(step.timeboxSeconds / 60) : 5;
  return (
    <section className="card stack" aria-labelledby="timer-title">
      <h2 id="timer-title">{t("console.timer")}</h2>
      {timer ? (
        <>
          <Countdown timer={timer} />
          <div className="actions">
            {timer.status === "running"
              ? button("timer.pause", t("consent.console.pauseTimer"))
              : button("timer.resume", t("consent.console.resumeTimer"))}
            {button("timer.stop", t("console.stopTimer"))}
          </div>
        </>
      ) : (
        <CommandForm
          // A new step brings its own timebox; the field is uncontrolled, so it starts afresh.
          key={step.id}
          send={live.send}
          type="number"
          label={t("console.minutes")}
          submitLabel={t("console.startTimer")}
          defaultValue={timebox}
          min={1}
          max={240}
          toCommand={(value) => {
            const minutes = wholeNumber(value, 1, 240);
            return minutes === undefined
              ? { problem: t("consent.console.minutesRange") }
              : { type: "timer.start", payload: { seconds: minutes * 60 } };
          }}
        />
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}
