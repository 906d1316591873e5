import {
  decisionEffectResponseSchema,
  processDecisionListSchema,
  processSessionListSchema,
} from "@samspel/core";
import { apiRequest } from "./client";

/** A decision's effect, its baseline and today's verdict from the process's current log. */
export const fetchDecisionEffect = (decisionId: string, signal?: AbortSignal) =>
  apiRequest(
    `/api/decisions/${encodeURIComponent(decisionId)}/effect`,
    decisionEffectResponseSchema,
    { signal },
  );

/** The decisions that name this process's flow as the effect they aim for. */
export const fetchProcessDecisions = (processId: string, signal?: AbortSignal) =>
  apiRequest(
    `/api/processes/${encodeURIComponent(processId)}/decisions`,
    processDecisionListSchema,
    { signal },
  ).then((answer) => answer.decisions);

/** The sessions this process's flow facts were shared into. */
export const fetchProcessSessions = (processId: string, signal?: AbortSignal) =>
  apiRequest(`/api/processes/${encodeURIComponent(processId)}/sessions`, processSessionListSchema, {
    signal,
  }).then((answer) => answer.sessions);
