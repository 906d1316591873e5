import type { Me } from "@samspel/core";
import type { App } from "../http/context.js";

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * A browser stand-in: keeps the session cookie between requests and sends the CSRF token with
 * writes the way the web app does, unless a test asks it not to.
 */
export class TestClient {
  private sessionCookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: App) {}

  get loggedIn(): boolean {
    return this.sessionCookie !== undefined;
  }

  async request<T = unknown>(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    options: {
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
      csrf?: boolean;
    } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.rawBody !== undefined) {
      headers["content-type"] ??= "application/json";
    }
    if (method !== "GET" && options.csrf !== false && this.csrfToken) {
      headers["x-csrf-token"] ??= this.csrfToken;
    }
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(this.sessionCookie ? { cookies: { samspel_session: this.sessionCookie } } : {}),
      ...(options.rawBody !== undefined
        ? { payload: options.rawBody }
        : options.body !== undefined
          ? { payload: JSON.stringify(options.body) }
          : {}),
    });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      if (cookie.name !== "samspel_session") continue;
      const cleared =
        cookie.value === "" || (cookie.expires && cookie.expires.getTime() <= Date.now());
      this.sessionCookie = cleared ? undefined : cookie.value;
    }
    const body = (response.body === "" ? null : response.json()) as T;
    if (isMe(body)) this.csrfToken = body.csrfToken;
    return { status: response.statusCode, body, headers: response.headers };
  }

  get<T = unknown>(url: string) {
    return this.request<T>("GET", url);
  }
  post<T = unknown>(
    url: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ) {
    return this.request<T>("POST", url, { body, ...options });
  }
  patch<T = unknown>(url: string, body?: unknown, options: { csrf?: boolean } = {}) {
    return this.request<T>("PATCH", url, { body, ...options });
  }
  delete<T = unknown>(url: string, options: { csrf?: boolean } = {}) {
    return this.request<T>("DELETE", url, options);
  }
}

function isMe(body: unknown): body is Me {
  return typeof body === "object" && body !== null && "csrfToken" in body && "user" in body;
}
