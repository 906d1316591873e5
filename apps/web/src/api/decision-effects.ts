import { decisionEffectResponseSchema } from "@samspel/core";
import { apiRequest } from "./client";

/** A decision's effect, its baseline and today's verdict from the process's current log. */
export const fetchDecisionEffect = (decisionId: string, signal?: AbortSignal) =>
  apiRequest(
    `/api/decisions/${encodeURIComponent(decisionId)}/effect`,
    decisionEffectResponseSchema,
    { signal },
  );
