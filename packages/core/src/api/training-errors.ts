import { BOOKING_REFUSALS } from "../training/booking.js";

/**
 * Training programmes' and the facilitator pool's error codes (docs/training.md), kept apart
 * from the main list so that work on other areas merges without touching these lines.
 */
export const TRAINING_API_ERROR_CODES = [
  "programme_not_found",
  "cohort_not_found",
  "gathering_not_found",
  "enrolment_not_found",
  "practice_not_found",
  "certification_not_found",
  "booking_request_not_found",
  /** The organisation to offer a programme to does not exist. */
  "partner_not_found",
  "partner_is_owner",
  /** Accepting a partnership that was never offered to this organisation. */
  "partnership_not_offered",
  /** A partnership code that was never handed out, or whose time ran out. */
  "partnership_code_invalid",
  /** Signing up through an organisation that neither owns the programme nor accepted it. */
  "programme_not_offered",
  "already_signed_up",
  /** Answering an offer that has expired, was answered, or never was made. */
  "offer_not_open",
  "cannot_withdraw",
  /** The person named is not a trainee holding a place in this cohort. */
  "not_a_trainee",
  "supervisor_not_certified",
  /** Lowering a cohort's capacity below the places already held (enrolled, completed, offered). */
  "capacity_below_places_held",
  /** Removing a trainer or supervisor who is not on the cohort's staff in that role. */
  "staff_not_found",
  /** Certifying someone who does not meet the programme's completion rule yet. */
  "training_not_complete",
  /** A period whose end lies before its start. */
  "invalid_period",
  "facilitator_not_found",
  /** A method mastered or asked for that is neither built in nor the organisation's own. */
  "method_not_in_library",
  /** The request already has its facilitator: cancel nothing by booking twice. */
  "request_already_booked",
  /** Cancelling the booking of a request that has none. */
  "request_not_booked",
  /** Asking the pool of an organisation whose programme the asking one has not accepted. */
  "pool_not_found",
  /** Linking a booking to a session of another organisation, or one that does not exist. */
  "booking_session_not_found",
  ...BOOKING_REFUSALS,
] as const;
export type TrainingApiErrorCode = (typeof TRAINING_API_ERROR_CODES)[number];
