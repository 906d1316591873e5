import WebSocket from "ws";

/** A facilitator's HTTP client for tests against a running product: cookie and CSRF handled. */
export class HttpClient {
  private csrf = "";
  constructor(
    private readonly base: string,
    public cookie = "",
  ) {}

  // biome-ignore lint/suspicious/noExplicitAny: JSON answers of several shapes.
  async request(method: string, path: string, body?: unknown): Promise<any> {
    if (method !== "GET" && !this.csrf && this.cookie) {
      this.csrf = (await this.request("GET", "/api/auth/me")).csrfToken;
    }
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { "x-csrf-token": this.csrf } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const json = response.status === 204 ? null : await response.json();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    if (json && typeof json === "object" && "csrfToken" in json) this.csrf = json.csrfToken;
    return json;
  }
  get(path: string) {
    return this.request("GET", path);
  }
  post(path: string, body: unknown) {
    return this.request("POST", path, body);
  }
}

/** A participant's WebSocket client: counts events by seq, resends commands refused as rate_limited. */
export class LiveClient {
  readonly acks = new Map<string, number>();
  readonly refusals = new Map<string, string>();
  readonly seqs: number[] = [];
  lastSeq = 0;
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString());
      if (message.t === "welcome") this.lastSeq = message.seq;
      if (message.t === "events") {
        for (const event of message.events) {
          this.seqs.push(event.seq);
          this.lastSeq = event.seq;
        }
      }
      if (message.t === "ack") this.acks.set(message.commandId, message.seq);
      if (message.t === "error" && message.commandId)
        this.refusals.set(message.commandId, message.code);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(
    base: string,
    sessionId: string,
    token: string,
    lastSeq?: number,
  ): Promise<LiveClient> {
    const socket = new WebSocket(`${base.replace("http", "ws")}/api/live`);
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    const client = new LiveClient(socket);
    socket.send(
      JSON.stringify({
        t: "hello",
        v: 1,
        sessionId,
        token,
        ...(lastSeq === undefined ? {} : { lastSeq }),
      }),
    );
    await client.until(() => client.lastSeq > 0 || lastSeq === 0);
    return client;
  }

  send(commandId: string, type: string, payload: unknown): void {
    this.socket.send(JSON.stringify({ t: "command", commandId, type, payload }));
  }

  /** Sends until acknowledged: a per-participant rate limit answers bursts with rate_limited. */
  async command(type: string, payload: unknown, commandId: string): Promise<number> {
    for (;;) {
      this.refusals.delete(commandId);
      this.send(commandId, type, payload);
      await this.until(() => this.acks.has(commandId) || this.refusals.has(commandId));
      const refusal = this.refusals.get(commandId);
      if (refusal === undefined) return this.acks.get(commandId) as number;
      if (refusal !== "rate_limited") throw new Error(`${commandId} refused: ${refusal}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  waitForSeq(seq: number): Promise<void> {
    return this.until(() => this.lastSeq >= seq);
  }

  waitForAcks(count: number): Promise<void> {
    return this.until(() => this.acks.size >= count);
  }

  private until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out")), 20_000);
      const check = () => {
        if (done()) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** `run` for a facilitator's commands on one session, each under a fresh command id. */
export const facilitatorCommands =
  (api: HttpClient, sessionId: string) => (type: string, payload: unknown) =>
    api.post(`/api/sessions/${sessionId}/commands`, {
      commandId: crypto.randomUUID(),
      type,
      payload,
    });

/**
 * Participants joined by code under `names`, one after the other (the join order is the
 * session's), each with its own WebSocket open.
 */
export async function joinOverWebSocket(
  baseUrl: string,
  session: { id: string; joinCode: string },
  names: readonly string[],
): Promise<LiveClient[]> {
  const clients: LiveClient[] = [];
  for (const displayName of names) {
    const joined = await new HttpClient(baseUrl).post("/api/join", {
      code: session.joinCode,
      displayName,
    });
    clients.push(await LiveClient.open(baseUrl, session.id, joined.token));
  }
  return clients;
}

/**
 * A facilitator signs up on `baseUrl` and opens a session with one share-facts step. `run` sends
 * further facilitator commands to that session.
 */
export async function openSessionWithOneStep(baseUrl: string, title: string) {
  const api = new HttpClient(baseUrl);
  const me = await api.post("/api/auth/signup", {
    email: `kari-${crypto.randomUUID()}@lillehammer.example`,
    password: "a long enough passphrase",
    displayName: "Kari",
    organisationName: "Lillehammer kommune",
  });
  const session: { id: string; joinCode: string } = await api.post(
    `/api/orgs/${me.activeOrganisationId}/sessions`,
    { title, question: "", language: "nb" },
  );
  const run = facilitatorCommands(api, session.id);
  await run("step.add", { step: { phase: "share_facts", methodName: "Fakta" } });
  await run("session.open", {});
  return { api, session, run };
}
