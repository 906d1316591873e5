import {
  type FeedbackBody,
  type ReflectionBody,
  reflectionSchema,
  sessionReportSchema,
} from "@samspel/core";
import { z } from "zod";
import { apiRequest } from "./client";

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export const fetchSessionReport = (sessionId: string, signal?: AbortSignal) =>
  apiRequest(`${sessionPath(sessionId)}/report`, sessionReportSchema, { signal });

export const saveReflection = (sessionId: string, body: ReflectionBody) =>
  apiRequest(`${sessionPath(sessionId)}/reflection`, reflectionSchema, { method: "PUT", body });

export const giveFeedback = (sessionId: string, token: string, body: FeedbackBody) =>
  apiRequest(`${sessionPath(sessionId)}/feedback`, z.object({ ok: z.literal(true) }), {
    method: "POST",
    body,
    headers: { "x-participant-token": token },
  });
