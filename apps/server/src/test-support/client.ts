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

  /** Carries a login made without the API (see factories.ts), as a browser would after one. */
  adopt(session: { token: string; csrfToken: string }): this {
    this.sessionCookie = session.token;
    this.csrfToken = session.csrfToken;
    return this;
  }

  async request<T = unknown>(
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    options: RequestOptions & { body?: unknown; rawBody?: string | Buffer } = {},
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
    // Downloads arrive as they are (text, or a PDF's bytes); everything else is JSON.
    const type = String(response.headers["content-type"] ?? "json");
    const json = /^application\/json/.test(type);
    const body = (
      response.body === ""
        ? null
        : json
          ? response.json()
          : type.startsWith("application/pdf")
            ? response.rawPayload
            : response.body
    ) as T;
    if (isMe(body)) this.csrfToken = body.csrfToken;
    return { status: response.statusCode, body, headers: response.headers };
  }

  /**
   * A multipart/form-data POST as a browser's FormData sends it: the body is built by the
   * platform's own encoder (Request), so boundaries and headers are what a browser would send.
   */
  async upload<T = unknown>(
    url: string,
    file: { name: string; content: string | Uint8Array } | null,
    fields: Record<string, string> = {},
    options: RequestOptions = {},
  ) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file) form.append("file", new Blob([file.content]), file.name);
    const encoded = new Request("http://test.invalid/", { method: "POST", body: form });
    const rawBody = Buffer.from(await encoded.arrayBuffer());
    const contentType = encoded.headers.get("content-type") ?? "multipart/form-data";
    return this.request<T>("POST", url, {
      rawBody,
      ...options,
      headers: { "content-type": contentType, ...options.headers },
    });
  }

  get<T = unknown>(url: string, options: RequestOptions = {}) {
    return this.request<T>("GET", url, options);
  }
  post<T = unknown>(url: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>("POST", url, { body, ...options });
  }
  put<T = unknown>(url: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>("PUT", url, { body, ...options });
  }
  patch<T = unknown>(url: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>("PATCH", url, { body, ...options });
  }
  delete<T = unknown>(url: string, options: RequestOptions = {}) {
    return this.request<T>("DELETE", url, options);
  }
}

export interface RequestOptions {
  /** false: send no x-csrf-token even when the client knows one. */
  csrf?: boolean;
  headers?: Record<string, string>;
}

function isMe(body: unknown): body is Me {
  return typeof body === "object" && body !== null && "csrfToken" in body && "user" in body;
}
