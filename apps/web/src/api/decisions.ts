import {
  type DecisionStatus,
  type DecisionStatusChange,
  decisionLifecycleSchema,
  decisionListSchema,
  decisionSchema,
  type RegisterSort,
  registerPageSchema,
} from "@samspel/core";
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

/** What the register page asks for; blank fields are left out of the query string. */
export interface RegisterParams {
  q: string;
  status: DecisionStatus | "";
  sort: RegisterSort;
  /** A calendar day: only decisions to review by then (the "due for review" list). */
  reviewDueBy: string;
}

export function registerQuery(params: RegisterParams, cursor?: string): string {
  const query = new URLSearchParams();
  if (params.q.trim() !== "") query.set("q", params.q.trim());
  if (params.status !== "") query.set("status", params.status);
  if (params.reviewDueBy !== "") query.set("reviewDueBy", params.reviewDueBy);
  query.set("sort", params.sort);
  if (cursor !== undefined) query.set("cursor", cursor);
  return query.toString();
}

/** One page of the register's search; `cursor` is the previous page's `nextCursor`. */
export const searchRegister = (
  orgId: string,
  params: RegisterParams,
  cursor: string | undefined,
  signal?: AbortSignal,
) =>
  apiRequest(
    `/api/orgs/${encodeURIComponent(orgId)}/decisions/register?${registerQuery(params, cursor)}`,
    registerPageSchema,
    { signal },
  );

/** The register as CSV, with the same search: a plain link the browser downloads. */
export const registerCsvUrl = (orgId: string, params: RegisterParams) =>
  `/api/orgs/${encodeURIComponent(orgId)}/decisions/export.csv?${registerQuery(params)}`;

export const fetchLifecycle = (decisionId: string, signal?: AbortSignal) =>
  apiRequest(`/api/decisions/${encodeURIComponent(decisionId)}/status`, decisionLifecycleSchema, {
    signal,
  });

export const changeLifecycle = (decisionId: string, change: DecisionStatusChange) =>
  apiRequest(`/api/decisions/${encodeURIComponent(decisionId)}/status`, decisionLifecycleSchema, {
    method: "POST",
    body: change,
  });
