import { describe, expect, it } from "vitest";
import type { Timer } from "../session/state.js";
import { timerRemainingMs } from "./remaining.js";

const running: Timer = {
  stepId: "s",
  durationSeconds: 300,
  startedAt: "2026-11-24T09:00:00.000Z",
  status: "running",
  endsAt: "2026-11-24T09:05:00.000Z",
  remainingMs: null,
};

describe("timerRemainingMs", () => {
  it("counts a running timer down to its absolute end, never below zero", () => {
    expect(timerRemainingMs(running, Date.parse("2026-11-24T09:04:30.000Z"))).toBe(30_000);
    expect(timerRemainingMs(running, Date.parse("2026-11-24T09:06:00.000Z"))).toBe(0);
  });

  it("holds what a paused timer had, whatever the time", () => {
    const paused: Timer = { ...running, status: "paused", endsAt: null, remainingMs: 42_000 };
    expect(timerRemainingMs(paused, Date.parse("2027-01-01T00:00:00.000Z"))).toBe(42_000);
  });
});
