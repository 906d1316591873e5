import { currentFloor, type SessionState, type Step, type Timer } from "@samspel/core";
import type { ReactNode } from "react";
import { useSessionT } from "../../../components/SessionLanguage";
import { formatClock } from "../../../lib/format";
import { useTimerRemaining } from "../../../live/use-timer-remaining";
import { participantName } from "../../../live/view";

/**
 * Where the session is: the phase, the step's prompt as the headline, the timer, who has the
 * floor; `children` (how to join) sit in the top corner, where they never cover the step.
 */
export function WallStepHeader({
  state,
  step,
  children,
}: {
  state: SessionState;
  step: Step;
  children?: ReactNode;
}) {
  const { t } = useSessionT();
  const floor = currentFloor(state);
  const timer = state.timer?.stepId === step.id ? state.timer : null;
  const phase = t(`live.phases.${step.phase}`);
  return (
    <header className="wall-head">
      <div className="wall-head-text">
        <p className="wall-eyebrow">
          {phase} ·{" "}
          {t("live.stepOf", {
            number: state.stepOrder.indexOf(step.id) + 1,
            count: state.stepOrder.length,
          })}
          {/* The default template names each step after its phase: say it once. */}
          {step.methodName !== phase && ` · ${step.methodName}`}
        </p>
        <h1 className="wall-prompt">{step.prompt || step.methodName}</h1>
        <p className="wall-session-title">{state.title}</p>
      </div>
      {timer && <WallTimer timer={timer} />}
      {children}
      {floor && (
        <p className="wall-floor" data-testid="wall-floor">
          {t("decisions.wall.floor", {
            name: participantName(state, floor.turn.participantId, (number) =>
              t("live.unnamed", { number }),
            ),
          })}
        </p>
      )}
    </header>
  );
}

/**
 * The step's time, large. Counts down to the server's absolute end time, so every screen in
 * the room shows the same second whatever its own clock says.
 */
function WallTimer({ timer }: { timer: Timer }) {
  const { t } = useSessionT();
  const remaining = useTimerRemaining(timer);
  return (
    <p className={remaining > 0 ? "wall-timer" : "wall-timer wall-timer-up"} role="timer">
      <span className="wall-timer-label">
        {remaining > 0 ? t("live.timeLeft") : t("live.timeUp")}
      </span>
      <time className="wall-timer-time">{formatClock(Math.ceil(remaining / 1000))}</time>
    </p>
  );
}
