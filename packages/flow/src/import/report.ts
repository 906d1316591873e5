import type { FlowError, FlowErrorCode } from "../errors.js";

/** How the log records activity lifecycles (XES `lifecycle:transition`, or a CSV start column). */
export interface LifecycleSummary {
  /**
   * `start-complete`: activities have a start and a completion, so service time (start to
   * complete) and waiting time (previous complete to next start) are separate.
   * `complete-only`: one timestamp per activity; times between activities are transition times.
   */
  mode: "start-complete" | "complete-only";
  /** XES only: how the transitions were paired. */
  transitions?: TransitionCounts;
}

export interface TransitionCounts {
  starts: number;
  completes: number;
  /** Completions matched with a start of the same activity in the same case, first in first out. */
  paired: number;
  unmatchedStarts: number;
  /** Transitions other than start/complete (schedule, assign, suspend, ...), counted, left out. */
  ignored: Record<string, number>;
}

export interface ImportReport {
  importId: string;
  format: "csv" | "xes";
  fileName: string;
  sizeBytes: number;
  rowsRead: number;
  eventsImported: number;
  rowsSkipped: number;
  skippedByCode: Partial<Record<FlowErrorCode, number>>;
  /** The first skipped rows with where and why; the counts above cover all of them. */
  skipped: FlowError[];
  lifecycle: LifecycleSummary;
  notes: string[];
  seconds: number;
}

/** At most this many skipped rows are described one by one; the rest are counted. */
export const SKIPPED_DETAIL_LIMIT = 100;

export function completeOnlyNote(): string {
  return (
    "The log has one timestamp per activity (completion only): waiting time and service time " +
    "cannot be told apart, so times between activities are transition times (complete to complete)."
  );
}
