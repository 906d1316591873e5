import { z } from "zod";
import { AGENDA_API_ERROR_CODES } from "../agenda/errors.js";
import { PREPARATION_API_ERROR_CODES } from "../preparation/errors.js";
import { GROUPING_API_ERROR_CODES } from "./grouping-errors.js";
import { METHOD_API_ERROR_CODES } from "./method-errors.js";
import { PROCESS_API_ERROR_CODES } from "./process-errors.js";
import { TRAINING_API_ERROR_CODES } from "./training-errors.js";

/**
 * Every error code the HTTP API can answer with. Codes are stable: clients (our web app and
 * others) branch on them and translate them, so a code is never renamed once it has shipped.
 */
export const API_ERROR_CODES = [
  // Transport and validation
  "malformed_json",
  "validation_failed",
  "payload_too_large",
  "unsupported_media_type",
  "not_found",
  "method_not_allowed",
  "rate_limited",
  "internal_error",
  "storage_unavailable",
  // Authentication and authorisation
  "unauthenticated",
  "forbidden",
  "not_a_member",
  "csrf_token_missing",
  "csrf_token_invalid",
  "origin_mismatch",
  // Accounts
  "email_taken",
  "invalid_credentials",
  "last_admin",
  "already_member",
  "invitation_not_found",
  "invitation_expired",
  "invitation_used",
  "invitation_revoked",
  "invitation_email_mismatch",
  "account_exists",
  // Processes and flow facts
  ...PROCESS_API_ERROR_CODES,
  // The method library
  ...METHOD_API_ERROR_CODES,
  // Designing a session: the agenda and saved templates
  ...AGENDA_API_ERROR_CODES,
  // Sessions
  "session_not_found",
  "decision_not_found",
  "feedback_already_given",
  "decision_effect_not_found",
  // The decision register
  "invalid_register_cursor",
  "invalid_status_transition",
  "supersede_self",
  "superseding_decision_not_found",
  "superseding_decision_not_later",
  "superseding_decision_not_in_effect",
  "superseding_decision_taken",
  // Public read-only links
  "public_link_not_found",
  // Preparing a session
  ...PREPARATION_API_ERROR_CODES,
  "join_code_not_found",
  "session_not_open",
  // Decision actions and the calendar feed
  "action_not_found",
  "invalid_action_transition",
  "action_drop_needs_reason",
  "owner_not_a_member",
  "calendar_feed_not_found",
  "invalid_participant_token",
  /** The session engine refused the command; `details.domainCode` says why (core's session/errors.ts). */
  "command_refused",
  // Training programmes and the facilitator pool
  ...TRAINING_API_ERROR_CODES,
  // Grouping suggestions
  ...GROUPING_API_ERROR_CODES,
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    details?: unknown;
  };
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === "string" && (API_ERROR_CODES as readonly string[]).includes(value);
}

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
