/**
 * When a trainee has completed a cohort: a share of the gatherings attended and a number of
 * practice processes run or co-run. The programme sets both; the coordinator certifies only
 * someone who meets them.
 */
export interface CompletionRule {
  /** Whole percent of the cohort's gatherings, 0–100. */
  minAttendancePercent: number;
  minPracticeCount: number;
}

export interface TraineeRecord {
  gatherings: number;
  attended: number;
  practiceCount: number;
}

export interface Progress extends TraineeRecord {
  /** Whole percent, rounded down so that 79.9 % never passes an 80 % rule. */
  attendancePercent: number;
  attendanceMet: boolean;
  practiceMet: boolean;
  complete: boolean;
}

export function evaluateCompletion(record: TraineeRecord, rule: CompletionRule): Progress {
  // A cohort without gatherings yet has nothing to attend: the rule is about what was held.
  const attendancePercent =
    record.gatherings === 0 ? 0 : Math.floor((record.attended * 100) / record.gatherings);
  const attendanceMet =
    rule.minAttendancePercent === 0 ||
    (record.gatherings > 0 && attendancePercent >= rule.minAttendancePercent);
  const practiceMet = record.practiceCount >= rule.minPracticeCount;
  return {
    ...record,
    attendancePercent,
    attendanceMet,
    practiceMet,
    complete: attendanceMet && practiceMet,
  };
}
