/**
 * The agenda problems a facilitator can make and fix, with their own codes (and not
 * `validation_failed`) so that the builder and the API say the same clear sentence.
 */
export const AGENDA_API_ERROR_CODES = [
  "agenda_template_not_found",
  /** No steps: there is nothing to run. */
  "agenda_empty",
  /** More steps than a session holds (details.limit). */
  "agenda_too_long",
  /** A step's timebox is zero minutes (details.path); leave it empty for no timebox. */
  "timebox_zero",
  /** The organisation already has a template of this name (case and spacing aside). */
  "agenda_template_name_taken",
  /** The organisation has as many templates as it may keep (details.limit). */
  "agenda_template_limit_reached",
] as const;
export type AgendaApiErrorCode = (typeof AGENDA_API_ERROR_CODES)[number];
