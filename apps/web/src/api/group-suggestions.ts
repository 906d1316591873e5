import { type GroupSuggestions, groupSuggestionsSchema } from "@samspel/core";
import { apiRequest } from "./client";

/** Suggested groups of the reflections a step may still group (facilitators). */
export const fetchGroupSuggestions = (
  sessionId: string,
  stepId: string,
): Promise<GroupSuggestions> =>
  apiRequest(
    `/api/sessions/${encodeURIComponent(sessionId)}/steps/${encodeURIComponent(stepId)}/group-suggestions`,
    groupSuggestionsSchema,
  );
