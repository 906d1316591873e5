import { decisionListSchema, decisionSchema } from "@samspel/core";
import { apiRequest } from "./client";

/** The organisation's decision register: every decided or postponed proposal, as summaries. */
export const fetchDecisions = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`/api/orgs/${encodeURIComponent(orgId)}/decisions`, decisionListSchema, {
    signal,
  }).then((answer) => answer.decisions);

/** One decision's whole trail; a missing or foreign one answers 404 `decision_not_found`. */
export const fetchDecision = (decisionId: string, signal?: AbortSignal) =>
  apiRequest(`/api/decisions/${encodeURIComponent(decisionId)}`, decisionSchema, {
    signal,
  }).then((answer) => answer.record);
