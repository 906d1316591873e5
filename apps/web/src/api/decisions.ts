import {
  DECISION_STATUSES,
  type DecisionStatus,
  type DecisionStatusChange,
  decisionLifecycleSchema,
  decisionListSchema,
  decisionSchema,
  publicDecisionSchema,
  publicLinkSchema,
  REGISTER_SORTS,
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
  /** A member's user id: decisions they facilitated. */
  facilitator: string;
  process: string;
  /** Calendar days, both ends included. */
  from: string;
  to: string;
  /** Only decisions with at least one action still open. */
  openActions: boolean;
}

export const NO_REGISTER_FILTERS: RegisterParams = {
  q: "",
  status: "",
  sort: "newest",
  reviewDueBy: "",
  facilitator: "",
  process: "",
  from: "",
  to: "",
  openActions: false,
};

const TEXT_PARAMS = ["q", "reviewDueBy", "facilitator", "process", "from", "to"] as const;

export function registerQuery(params: RegisterParams, cursor?: string): string {
  const query = new URLSearchParams();
  for (const name of TEXT_PARAMS) {
    const value = params[name].trim();
    if (value !== "") query.set(name, value);
  }
  if (params.status !== "") query.set("status", params.status);
  if (params.openActions) query.set("openActions", "true");
  query.set("sort", params.sort);
  if (cursor !== undefined) query.set("cursor", cursor);
  return query.toString();
}

/**
 * The register's filters from a page's query string (the inverse of registerQuery), so that a
 * filtered register can be bookmarked and shared. Values the page cannot show are dropped.
 */
export function registerParamsFrom(search: string): RegisterParams {
  const query = new URLSearchParams(search);
  const params = { ...NO_REGISTER_FILTERS };
  for (const name of TEXT_PARAMS) params[name] = query.get(name) ?? "";
  const status = query.get("status");
  if (DECISION_STATUSES.some((known) => known === status)) params.status = status as DecisionStatus;
  const sort = query.get("sort");
  if (REGISTER_SORTS.some((known) => known === sort)) params.sort = sort as RegisterSort;
  params.openActions = query.get("openActions") === "true";
  return params;
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

const decisionPath = (decisionId: string) => `/api/decisions/${encodeURIComponent(decisionId)}`;

/** Downloads are plain links the browser saves; the server names the file. */
export const decisionPdfUrl = (decisionId: string) => `${decisionPath(decisionId)}/export.pdf`;

export const fetchPublicLink = (decisionId: string, signal?: AbortSignal) =>
  apiRequest(`${decisionPath(decisionId)}/public-link`, publicLinkSchema, { signal });

export const setPublicLink = (decisionId: string, enabled: boolean) =>
  apiRequest(`${decisionPath(decisionId)}/public-link`, publicLinkSchema, {
    method: "PUT",
    body: { enabled },
  });

const publicPath = (token: string) => `/api/public/decisions/${encodeURIComponent(token)}`;

/** A decision by its public link, without login; a link turned off is `public_link_not_found`. */
export const fetchPublicDecision = (token: string, signal?: AbortSignal) =>
  apiRequest(publicPath(token), publicDecisionSchema, { signal });

export const publicPdfUrl = (token: string) => `${publicPath(token)}/export.pdf`;
