import {
  type ActionStatusChange,
  type ActionUpdate,
  actionCommentSchema,
  actionListSchema,
  actionSchema,
  calendarFeedSchema,
  calendarFeedStateSchema,
  celebrationListSchema,
  decisionActionsResponseSchema,
  type NewAction,
} from "@samspel/core";
import { apiRequest, apiSend } from "./client";

const actionPath = (actionId: string) => `/api/actions/${encodeURIComponent(actionId)}`;
const orgPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

/** A decision's actions with their comments, and whether the reader may manage them. */
export const fetchDecisionActions = (decisionId: string, signal?: AbortSignal) =>
  apiRequest(
    `/api/decisions/${encodeURIComponent(decisionId)}/actions`,
    decisionActionsResponseSchema,
    { signal },
  );

export const addAction = (decisionId: string, action: NewAction) =>
  apiRequest(`/api/decisions/${encodeURIComponent(decisionId)}/actions`, actionSchema, {
    method: "POST",
    body: action,
  });

export const changeActionStatus = (actionId: string, change: ActionStatusChange) =>
  apiRequest(`${actionPath(actionId)}/status`, actionSchema, { method: "POST", body: change });

export const updateAction = (actionId: string, update: ActionUpdate) =>
  apiRequest(actionPath(actionId), actionSchema, { method: "PATCH", body: update });

export const commentOnAction = (actionId: string, text: string) =>
  apiRequest(`${actionPath(actionId)}/comments`, actionCommentSchema, {
    method: "POST",
    body: { text },
  });

export const fetchMyActions = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`${orgPath(orgId)}/actions/mine`, actionListSchema, { signal }).then(
    (answer) => answer.actions,
  );

export const fetchOverdueActions = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`${orgPath(orgId)}/actions/overdue`, actionListSchema, { signal }).then(
    (answer) => answer.actions,
  );

export const fetchCelebrations = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`${orgPath(orgId)}/decisions/celebrations`, celebrationListSchema, { signal }).then(
    (answer) => answer.decisions,
  );

export const fetchCalendarFeed = (signal?: AbortSignal) =>
  apiRequest("/api/me/calendar-feed", calendarFeedStateSchema, { signal });

/** A new feed address; the old one, if any, stops working. */
export const createCalendarFeed = () =>
  apiRequest("/api/me/calendar-feed", calendarFeedSchema, { method: "POST" });

export const revokeCalendarFeed = () => apiSend("/api/me/calendar-feed", { method: "DELETE" });
