import type { Clock } from "../clock.js";

/** A clock that stands still until a test moves it: expiry is tested without sleeping. */
export class TestClock implements Clock {
  private current: Date;

  constructor(start = new Date("2026-11-23T09:00:00.000Z")) {
    this.current = start;
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Puts the clock at an exact instant, e.g. the last millisecond of a UTC day. */
  setTo(at: string): void {
    this.current = new Date(at);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}
