/**
 * Error codes of grouping suggestions, kept apart from the main list so that work on other
 * areas merges without touching these lines.
 */
export const GROUPING_API_ERROR_CODES = [
  /** The session has no step with that id. */
  "step_not_found",
  /** The step does not group contributions (its `grouping` setting is off). */
  "step_not_grouping",
  /** More reflections than suggestions are computed for on request (`details.max`). */
  "too_many_to_suggest",
] as const;
