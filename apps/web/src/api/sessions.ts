import {
  type AnonymityMode,
  bookedPeopleSchema,
  facilitatedSessionsSchema,
  joinedSchema,
  joinPreviewSchema,
  type Locale,
  type SessionCommand,
  type StepInput,
  sessionSummarySchema,
} from "@samspel/core";
import { z } from "zod";
import { apiRequest } from "./client";

export interface NewSession {
  title: string;
  question: string;
  language: Locale;
  anonymity: AnonymityMode;
  groundRules?: string[];
  /** Without steps, the session follows Decisions by Design's four (core's default). */
  steps?: StepInput[];
}

const orgSessionsPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/sessions`;

export const fetchSessions = (orgId: string, signal?: AbortSignal) =>
  apiRequest(orgSessionsPath(orgId), z.object({ sessions: z.array(sessionSummarySchema) }), {
    signal,
  }).then((answer) => answer.sessions);

/** One session's summary, join code included: for members of its organisation. */
export const fetchSession = (sessionId: string, signal?: AbortSignal) =>
  apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}`, sessionSummarySchema, { signal });

export const createSession = (orgId: string, body: NewSession) =>
  apiRequest(orgSessionsPath(orgId), sessionSummarySchema, { method: "POST", body });

/** What a join code leads to; the code may be typed loosely ("abc-def"), the server forgives. */
export const fetchJoinPreview = (code: string, signal?: AbortSignal) =>
  apiRequest(`/api/join/${encodeURIComponent(code)}`, joinPreviewSchema, { signal });

export const joinSession = (code: string, displayName?: string) =>
  apiRequest("/api/join", joinedSchema, {
    method: "POST",
    body: displayName ? { code, displayName } : { code },
  });

/** A facilitator command over HTTP, for when the live connection is not at hand. */
export const runSessionCommand = (sessionId: string, command: SessionCommand) =>
  apiRequest(
    `/api/sessions/${encodeURIComponent(sessionId)}/commands`,
    z.object({ seq: z.number() }),
    {
      method: "POST",
      body: { commandId: crypto.randomUUID(), ...command },
    },
  );

/** Sessions a booking sent you to run, in organisations where you could not run them otherwise. */
export const fetchFacilitatedSessions = (signal?: AbortSignal) =>
  apiRequest("/api/me/facilitated-sessions", facilitatedSessionsSchema, { signal });

/** Who the bookings linked to a session sent to run it, before any of them has acted. */
export const fetchBookedPeople = (sessionId: string, signal?: AbortSignal) =>
  apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/booked-people`, bookedPeopleSchema, {
    signal,
  }).then((answer) => answer.people);
