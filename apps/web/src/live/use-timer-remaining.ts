import { type Timer, timerRemainingMs } from "@samspel/core";
import { useEffect, useState } from "react";

/** Milliseconds left on the step timer, re-read every second while it runs. */
export function useTimerRemaining(timer: Timer): number {
  const running = timer.status === "running";
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return timerRemainingMs(timer, now);
}
