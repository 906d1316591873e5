import { type ApiErrorCode, isApiErrorCode } from "@samspel/core";
import type { z } from "zod";

/** An answer from our API in its one error shape, `{error: {code, message, details?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The request never got an answer: offline, server down, proxy timeout. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("The server could not be reached.", { cause });
    this.name = "NetworkError";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers, such as a participant's token (participants have no cookie). */
  headers?: Record<string, string>;
}

// The CSRF token lives in memory only: it is re-issued by every answer that carries `me`, and a
// token in localStorage would outlive the session cookie it belongs to.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called when any request finds the session gone (expired, logged out in another tab). */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Sends a request and validates the JSON answer against `schema`. */
export async function apiRequest<T>(
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, options);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    // The server and this app share their schemas, so a mismatch is a deployment fault
    // (an old tab against a new server), not something a user can fix by retrying a form.
    throw new ApiError(response.status, "internal_error", "Unexpected answer from the server.", {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}

/** Sends a request whose answer carries no body we need (204, or an echo we ignore). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

async function send(path: string, options: RequestOptions, isRetry = false): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { ...options.headers, accept: "application/json" };
  // A write without a body still sends `{}`: the API takes JSON on every POST, and an empty
  // body with a JSON content type is rejected by the server's parser. DELETE sends nothing.
  // FormData (file uploads) goes as it is: the browser sets the multipart type and boundary.
  const form = options.body instanceof FormData ? options.body : null;
  const body =
    options.body ?? (method === "POST" || method === "PUT" || method === "PATCH" ? {} : undefined);
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: form ?? (body === undefined ? null : JSON.stringify(body)),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new NetworkError(cause);
  }
  if (response.ok) return response;

  const error = await readError(response);
  if (error.code === "unauthenticated") {
    for (const listener of unauthenticatedListeners) listener();
  }
  // A token can go stale when another tab logs in again; fetching `me` issues a fresh one, and
  // one retry is safe because the server rejected the write before doing anything.
  if (!isRetry && (error.code === "csrf_token_missing" || error.code === "csrf_token_invalid")) {
    const refreshed = await refreshCsrfToken();
    if (refreshed) return send(path, options, true);
  }
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message =
    typeof error?.message === "string" ? error.message : response.statusText || "Request failed";
  const code = error && isApiErrorCode(error.code) ? error.code : fallbackCode(response.status);
  return new ApiError(response.status, code, message, error?.details);
}

/** For answers that do not come from our API (a proxy page, a crash before the error handler). */
function fallbackCode(status: number): ApiErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 413) return "payload_too_large";
  if (status === 429) return "rate_limited";
  return "internal_error";
}

async function refreshCsrfToken(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/me", {
      headers: { accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    if (isRecord(body) && typeof body.csrfToken === "string") {
      csrfToken = body.csrfToken;
      return true;
    }
  } catch {
    // Fall through: the caller reports the original CSRF error.
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
