/**
 * Preparing a session: its error codes, kept apart from the main list so that work on other
 * areas merges without touching these lines. Unknown, expired and withdrawn invitation links
 * answer the organisation invitations' codes (invitation_not_found, _expired, _revoked): to the
 * person holding the link they mean the same thing.
 */
export const PREPARATION_API_ERROR_CODES = [
  "perspective_not_found",
  "session_invitation_not_found",
  /** This member already has an invitation to the session that is not withdrawn. */
  "already_invited",
  /** The member invited by account is not a member of the session's organisation. */
  "invitee_not_member",
  /** Too many perspectives, invitations or materials for one session (details.limit). */
  "preparation_limit_reached",
  "material_not_found",
  /** One file is over the per-file bound (details.maxBytes). */
  "material_too_large",
  /** The session's files together would pass the per-session bound (details.maxBytes). */
  "materials_quota_exceeded",
  /** The file's content is not one of the kinds we accept (documents, images, plain text). */
  "material_type_not_allowed",
  /** The session has no meeting time yet, so there is nothing to put in a calendar. */
  "meeting_time_missing",
] as const;

export type PreparationApiErrorCode = (typeof PREPARATION_API_ERROR_CODES)[number];
