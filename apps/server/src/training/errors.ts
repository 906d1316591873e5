import type { TrainingApiErrorCode } from "@samspel/core";
import { AppError } from "../errors.js";

const NOT_FOUND = {
  programme_not_found: "No such programme.",
  cohort_not_found: "No such cohort.",
  gathering_not_found: "No such gathering.",
  enrolment_not_found: "No such sign-up.",
  practice_not_found: "No such practice process.",
  certification_not_found: "No such certificate.",
  booking_request_not_found: "No such booking request.",
  facilitator_not_found: "No such facilitator in this pool.",
} as const satisfies Partial<Record<TrainingApiErrorCode, string>>;

/** One answer for "does not exist" and "not yours to see": existence is not disclosed. */
export function trainingNotFound(code: keyof typeof NOT_FOUND): AppError {
  return new AppError(404, code, NOT_FOUND[code]);
}

/** A refusal the rules make (409): the request was understood, the state does not allow it. */
export function trainingConflict(
  code: TrainingApiErrorCode,
  message: string,
  details?: unknown,
): AppError {
  return new AppError(409, code, message, details);
}

/**
 * Runs a gate and answers its "not found" as `code`: a gathering in a cohort one may not see is
 * itself not found. Any other failure (not logged in, storage down) passes through unchanged.
 */
export async function notFoundAs<T>(
  code: keyof typeof NOT_FOUND,
  gate: () => Promise<T>,
): Promise<T> {
  try {
    return await gate();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw trainingNotFound(code);
    throw error;
  }
}

export function assertPeriod(period: { startsOn: string; endsOn: string }): void {
  if (period.endsOn < period.startsOn) {
    throw new AppError(400, "invalid_period", "The end date must not be before the start date.");
  }
}
