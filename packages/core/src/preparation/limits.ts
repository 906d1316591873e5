/** Bounds that keep one session's preparation small enough to read and to store. */
export const PREPARATION_LIMITS = {
  perspectives: 50,
  invitations: 200,
  materials: 50,
  /** One file: enough for a report or a slide deck, not for a video. */
  fileBytes: 10 * 1024 * 1024,
  /** All files of one session together. */
  sessionFileBytes: 50 * 1024 * 1024,
} as const;

/** How long an invitation link works unless the facilitator chooses a reply-by time. */
export const SESSION_INVITATION_LIFETIME_DAYS = 14;
