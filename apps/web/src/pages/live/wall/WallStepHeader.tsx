import { currentFloor, type SessionState, type Step, type Timer } from "@samspel/core";
import { type ReactNode, useEffect, useState } from "react";
import { useSessionT } from "../../../components/SessionLanguage";
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
  const now = useNow(timer.status === "running");
  const remaining =
    timer.status === "running" && timer.endsAt
      ? Math.max(0, Date.parse(timer.endsAt) - now)
      : (timer.remainingMs ?? 0);
  const seconds = Math.ceil(remaining / 1000);
  return (
    <p className={remaining > 0 ? "wall-timer" : "wall-timer wall-timer-up"} role="timer">
      <span className="wall-timer-label">
        {remaining > 0 ? t("live.timeLeft") : t("live.timeUp")}
      </span>
      <time className="wall-timer-time">
        {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
      </time>
    </p>
  );
}

/** The time now, ticking each second while `running`. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return now;
}
