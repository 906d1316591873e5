import type { Timer } from "../session/state.js";

/**
 * What is left of a step's timer at `now` (ms since the epoch): a running timer counts down to
 * the server's absolute end, so every screen in the room shows the same second whatever its own
 * clock was when the event arrived; a paused one holds what it had.
 */
export function timerRemainingMs(timer: Timer, now: number): number {
  if (timer.status === "running" && timer.endsAt !== null) {
    return Math.max(0, Date.parse(timer.endsAt) - now);
  }
  return timer.remainingMs ?? 0;
}
