import {
  type Contribution,
  type GroupSuggestions,
  groupSuggestionsSchema,
  idSchema,
  type SessionState,
  ungroupedReflections,
} from "@samspel/core";
import { isGroupingLanguage, suggestGroups } from "@samspel/insight";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { findSession } from "../../sessions/read-model.js";
import type { SessionRuntime } from "../../sessions/runtime.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireSessionCapability } from "../plugins/session.js";

const params = z.strictObject({ sessionId: idSchema, stepId: idSchema });

/**
 * The most reflections suggestions are computed for on request: the similarities take n² memory
 * and the clustering up to n³ steps, on the thread that answers everyone (1,000 take 0.25 s and
 * 16 MB). A step with more has been grouped by many hands already, or is not a room.
 */
export const MAX_SUGGESTED_REFLECTIONS = 1_000;

/**
 * Suggested groups of a step's reflections, for the facilitator to accept, edit or reject.
 * Accepting is done with the existing group commands, so a suggestion is never an event and
 * an accepted group is like any other. Computed on request on the main thread: 600 reflections
 * take about 0.2 s (docs/insight.md), and only a facilitator asks, by pressing a button.
 */
export function registerGroupSuggestionRoutes(
  app: App,
  ctx: AppContext,
  runtime: SessionRuntime,
): void {
  app.get(
    "/api/sessions/:sessionId/steps/:stepId/group-suggestions",
    {
      schema: {
        summary:
          "Suggested groups of the reflections a step may still group, in the session's language (facilitators)",
        tags: ["sessions"],
        params,
        response: { 200: groupSuggestionsSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: as for running the session; an outsider learns nothing from the ids.
      const row = await findSession(ctx.storage.db, request.params.sessionId);
      if (!row) throw new AppError(404, "session_not_found", "No such session.");
      await requireSessionCapability(request, ctx, row, "runSessions");
      // VALIDATION
      const { state } = await runtime.current(row.id);
      const step = state.steps[request.params.stepId];
      if (step === undefined) {
        throw new AppError(404, "step_not_found", "This session has no such step.");
      }
      if (step.settings.grouping === "off") {
        throw new AppError(409, "step_not_grouping", "This step does not group contributions.");
      }
      const reflections = ungroupedReflections(state, step.id);
      tooManyToSuggest(reflections.length);
      // RESOLUTION
      return suggestionsFor(state, step.id, reflections);
    },
  );
}

export function tooManyToSuggest(count: number, max = MAX_SUGGESTED_REFLECTIONS): void {
  if (count <= max) return;
  throw new AppError(
    422,
    "too_many_to_suggest",
    `Suggestions are made for at most ${max} reflections; this step has ${count} left to group.`,
    { max, count },
  );
}

function suggestionsFor(
  state: SessionState,
  stepId: string,
  reflections: readonly Contribution[],
): GroupSuggestions {
  // Every session language is one the suggestions know; English words are the fallback anyway.
  const language = isGroupingLanguage(state.language) ? state.language : "en";
  const { groups, ungrouped } = suggestGroups(
    reflections.map((c) => ({ id: c.id, text: c.text ?? "" })),
    { language },
  );
  return {
    stepId,
    language,
    groups: groups.map(({ name, itemIds, centralId }) => ({
      name,
      contributionIds: itemIds,
      centralId,
    })),
    ungrouped,
  };
}
