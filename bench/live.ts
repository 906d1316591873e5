/**
 * Live fan-out benchmark (issue 3): the real server (`node bin/samspel.js start`, embedded
 * SQLite in a temporary DATA_DIR) and participants as real WebSocket clients spread over worker
 * processes (`bench/live-worker.ts`). Per scenario: sign up, create a session with one step,
 * open it, join every participant over HTTP, connect them (hello, acknowledge the ground rules),
 * start the session and the step, then send commands at the scenario's aggregate rate (mostly
 * `contribution.add`, some `reaction.toggle` and `vote.cast`) and measure for a fixed window
 * after a warm-up. Prints JSON lines (ARCHITECTURE.md).
 *
 * `two-instances-2000` runs two server processes on one PostgreSQL (`DATABASE_URL`, in a private
 * `bench_*` schema dropped afterwards) and one Redis (`REDIS_URL`), participants split evenly
 * between them; it is skipped when either is unset.
 *
 * Needs `npm run build` first. Mind `ulimit -n`: every participant is a socket in a worker and
 * one in the server.
 *
 *   npm run bench:live                        all scenarios
 *   npm run bench:live -- one-session-1000    one of them
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { WorkerCommand, WorkerMessage, WorkerReport } from "./live-worker.ts";
import { printFigure, printSkipped } from "./report.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORKER = fileURLToPath(new URL("./live-worker.ts", import.meta.url));
const WORKERS = Number(process.env.BENCH_WORKERS ?? 3);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 5);
const MEASURE_S = Number(process.env.BENCH_MEASURE_S ?? 15);
const SAMPLE_EVERY = 20;

interface Scenario {
  name: string;
  participants: number;
  commandsPerSecond: number;
  p99TargetMs: number;
  instances: 1 | 2;
}

const SCENARIOS: Scenario[] = [
  {
    name: "one-session-1000",
    participants: 1000,
    commandsPerSecond: 100,
    p99TargetMs: 200,
    instances: 1,
  },
  {
    name: "town-hall-5000",
    participants: 5000,
    commandsPerSecond: 20,
    p99TargetMs: 500,
    instances: 1,
  },
  {
    name: "two-instances-2000",
    participants: 2000,
    commandsPerSecond: 100,
    p99TargetMs: 300,
    instances: 2,
  },
];

async function main(): Promise<void> {
  const wanted = process.argv[2];
  const chosen = SCENARIOS.filter((scenario) => wanted === undefined || scenario.name === wanted);
  if (chosen.length === 0)
    throw new Error(`No scenario ${wanted}; one of ${SCENARIOS.map((s) => s.name).join(", ")}`);
  for (const scenario of chosen) {
    if (scenario.instances === 2 && !(process.env.DATABASE_URL && process.env.REDIS_URL)) {
      const missing = ["DATABASE_URL", "REDIS_URL"].filter((name) => !process.env[name]);
      printSkipped(
        "live",
        scenario.name,
        `needs ${missing.join(" and ")} (two instances on one PostgreSQL over Redis)`,
      );
      continue;
    }
    await runScenario(scenario);
  }
}

// ---- the server ----

interface Server {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

interface SharedBackend {
  databaseUrl: string;
  redisUrl: string;
}

/** A server on embedded SQLite, or on the shared PostgreSQL and Redis of `backend`. */
async function startServer(backend?: SharedBackend): Promise<Server> {
  const dataDir = await mkdtemp(join(tmpdir(), "samspel-bench-live-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.NODE_OPTIONS;
  if (backend) {
    env.DATABASE_URL = backend.databaseUrl;
    env.REDIS_URL = backend.redisUrl;
  }
  const proc = spawn(process.execPath, [join(ROOT, "bin/samspel.js"), "start"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((done, failed) => {
    let out = "";
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) done(match[1]);
    });
    proc.once("exit", (code) => failed(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    url,
    proc,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill("SIGTERM");
        await new Promise((done) => proc.once("exit", done));
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh `bench_*` schema on the PostgreSQL of `databaseUrl`, and that URL with the schema as its
 * search_path (the servers migrate into it). `drop` removes it with everything in it.
 */
async function privateSchema(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const options = `options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url: `${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}${options}`,
    drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

/** The server's peak resident set (VmHWM), in MB. */
async function serverRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1] ?? "0";
  return Number(kb) / 1024;
}

// ---- HTTP as a facilitator ----

class Facilitator {
  private cookie = "";
  private csrf = "";
  constructor(private readonly base: string) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== "GET") headers["x-csrf-token"] = this.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(new URL(path, this.base), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie();
    const login = cookies.find((cookie) => cookie.startsWith("samspel_session="));
    if (login) this.cookie = login.split(";")[0] as string;
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async signUp(): Promise<string> {
    await this.request("POST", "/api/auth/signup", {
      email: `bench-${randomUUID()}@example.com`,
      password: "bench-password-0123456789",
      displayName: "Bench facilitator",
      organisationName: "Bench organisation",
    });
    const me = await this.request<{
      csrfToken: string;
      activeOrganisationId: string | null;
      organisations: { id: string }[];
    }>("GET", "/api/auth/me");
    this.csrf = me.csrfToken;
    const orgId = me.activeOrganisationId ?? me.organisations[0]?.id;
    if (!orgId) throw new Error("no organisation after sign-up");
    return orgId;
  }

  command(sessionId: string, type: string, payload: object): Promise<{ seq: number }> {
    return this.request("POST", `/api/sessions/${sessionId}/commands`, {
      commandId: randomUUID(),
      type,
      payload,
    });
  }
}

async function joinAll(
  base: string,
  code: string,
  count: number,
  firstName = 1,
): Promise<string[]> {
  const tokens: string[] = new Array(count);
  let index = 0;
  const lane = async () => {
    while (index < count) {
      const mine = index++;
      const response = await fetch(new URL("/api/join", base), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code, displayName: `P${firstName + mine}` }),
      });
      if (response.status !== 201)
        throw new Error(`join: ${response.status} ${await response.text()}`);
      tokens[mine] = ((await response.json()) as { token: string }).token;
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
  return tokens;
}

// ---- workers ----

class Worker {
  private readonly proc: ChildProcess;
  private waiting: ((message: WorkerMessage) => void) | undefined;
  private failure: Error | undefined;

  constructor() {
    this.proc = fork(WORKER, [], { execArgv: process.execArgv, stdio: "inherit" });
    this.proc.on("message", (message: WorkerMessage) => {
      if (message.type === "failed") this.failure = new Error(message.message);
      this.waiting?.(message);
    });
  }

  tell(command: WorkerCommand): void {
    this.proc.send(command);
  }

  ask<T extends WorkerMessage["type"]>(
    command: WorkerCommand,
    type: T,
  ): Promise<Extract<WorkerMessage, { type: T }>> {
    return new Promise((done, failed) => {
      if (this.failure) return failed(this.failure);
      this.waiting = (message) => {
        if (message.type === "failed") failed(new Error(message.message));
        else if (message.type === type) done(message as Extract<WorkerMessage, { type: T }>);
      };
      this.tell(command);
    });
  }

  stop(): void {
    if (this.proc.connected) this.tell({ cmd: "exit" });
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

// ---- one scenario ----

async function runScenario(scenario: Scenario): Promise<void> {
  const servers: Server[] = [];
  const workers: Worker[] = [];
  let dropSchema: (() => Promise<void>) | undefined;
  try {
    if (scenario.instances === 2) {
      const schema = await privateSchema(process.env.DATABASE_URL as string);
      dropSchema = schema.drop;
      const backend = { databaseUrl: schema.url, redisUrl: process.env.REDIS_URL as string };
      // One after the other: each migrates the shared schema on start.
      for (let i = 0; i < scenario.instances; i++) servers.push(await startServer(backend));
    } else {
      servers.push(await startServer());
    }
    const server = servers[0] as Server;
    const facilitator = new Facilitator(server.url);
    const orgId = await facilitator.signUp();
    const session = await facilitator.request<{ id: string; joinCode: string }>(
      "POST",
      `/api/orgs/${orgId}/sessions`,
      { title: `Bench ${scenario.name}`, question: "", language: "en" },
    );
    // A reflect step, not silent, so reactions and dot votes see each other's contributions.
    await facilitator.command(session.id, "step.add", {
      step: {
        phase: "reflect",
        methodName: "Bench",
        settings: { silent: false, dotVoteBudget: 3 },
      },
    });
    await facilitator.command(session.id, "session.open", {});
    const joinStarted = performance.now();
    // Participant i joins (and connects to) server i % servers.length.
    const shares = servers.map((_, s) =>
      Math.floor((scenario.participants - s + servers.length - 1) / servers.length),
    );
    const joined = await Promise.all(
      servers.map((each, s) =>
        joinAll(
          each.url,
          session.joinCode,
          shares[s] as number,
          1 + shares.slice(0, s).reduce((a, b) => a + b, 0),
        ),
      ),
    );
    const clients = Array.from({ length: scenario.participants }, (_, i) => {
      const s = i % servers.length;
      return {
        wsUrl: `${(servers[s] as Server).url.replace(/^http/, "ws")}/api/live`,
        token: joined[s]?.[Math.floor(i / servers.length)] as string,
      };
    });
    const joinSeconds = (performance.now() - joinStarted) / 1000;

    const connectStarted = performance.now();
    for (let w = 0; w < WORKERS; w++) workers.push(new Worker());
    await Promise.all(
      workers.map((worker, w) =>
        worker.ask(
          {
            cmd: "connect",
            sessionId: session.id,
            clients: clients.filter((_, i) => i % WORKERS === w),
            sampleEvery: SAMPLE_EVERY,
            worker: w,
          },
          "connected",
        ),
      ),
    );
    const connectSeconds = (performance.now() - connectStarted) / 1000;

    await facilitator.command(session.id, "session.start", {});
    const view = await facilitator.request<{ state: { stepOrder: string[] } }>(
      "GET",
      `/api/sessions/${session.id}/view`,
    );
    await facilitator.command(session.id, "step.start", { stepId: view.state.stepOrder[0] });

    for (const worker of workers)
      worker.tell({ cmd: "load", commandsPerSecond: scenario.commandsPerSecond / WORKERS });
    await sleep(WARMUP_S * 1000);
    for (const worker of workers) worker.tell({ cmd: "measure" });
    const measureStarted = performance.now();
    await sleep(MEASURE_S * 1000);
    for (const worker of workers) worker.tell({ cmd: "stop-load" });
    const windowSeconds = (performance.now() - measureStarted) / 1000;
    const window = await Promise.all(
      workers.map((worker) => worker.ask({ cmd: "report" }, "report")),
    );

    // Let the last events drain, then compare every client with the session's final seq.
    await sleep(3000);
    const final = await facilitator.request<{ seq: number }>(
      "GET",
      `/api/sessions/${session.id}/view`,
    );
    const after = await Promise.all(
      workers.map((worker) => worker.ask({ cmd: "report" }, "report")),
    );
    // The larger peak resident set of the servers.
    const rssMb = Math.max(
      ...(await Promise.all(
        servers.map((each) =>
          each.proc.pid === undefined ? Number.NaN : serverRssMb(each.proc.pid),
        ),
      )),
    );

    const reports = window.map((message) => message.report);
    const drained = after.map((message) => message.report);
    const sum = (pick: (report: WorkerReport) => number, from = reports) =>
      from.reduce((total, report) => total + pick(report), 0);
    const latencies = reports.flatMap((report) => report.latencies).sort((a, b) => a - b);
    const tailLost = drained
      .flatMap((report) => report.heldSeqs)
      .reduce((total, held) => total + Math.max(0, final.seq - held), 0);
    const refusals: Record<string, number> = {};
    for (const report of drained)
      for (const [code, count] of Object.entries(report.refusals))
        refusals[code] = (refusals[code] ?? 0) + count;

    const line = (
      metric: string,
      value: number,
      unit: string,
      better: "lower" | "higher",
      target?: number,
    ) => printFigure("live", scenario.name, { metric, value, unit, better, target });
    line(
      "participants",
      sum((r) => r.clients, reports),
      "clients",
      "higher",
      scenario.participants,
    );
    line(
      "commands_per_s",
      sum((r) => r.acks) / windowSeconds,
      "1/s",
      "higher",
      scenario.commandsPerSecond,
    );
    line("deliveries_per_s", sum((r) => r.deliveries) / windowSeconds, "1/s", "higher");
    line("fanout_p50_ms", percentile(latencies, 50), "ms", "lower");
    line("fanout_p95_ms", percentile(latencies, 95), "ms", "lower");
    line("fanout_p99_ms", percentile(latencies, 99), "ms", "lower", scenario.p99TargetMs);
    line("fanout_max_ms", latencies.at(-1) ?? Number.NaN, "ms", "lower");
    line("lost_events", sum((r) => r.lost, drained) + tailLost, "events", "lower", 0);
    line(
      "duplicated_events",
      sum((r) => r.duplicated, drained),
      "events",
      "lower",
      0,
    );
    line("server_rss_mb", rssMb, "MB", "lower");
    process.stderr.write(
      `${scenario.name}: joined in ${joinSeconds.toFixed(1)} s, connected in ${connectSeconds.toFixed(1)} s; ` +
        `sent ${sum((r) => r.sent)} commands in the window, ${latencies.length} latency samples, ` +
        `final seq ${final.seq}, lost in gaps ${sum((r) => r.lost, drained)} and at the tail ${tailLost}, ` +
        `sockets closed ${sum((r) => r.closed, drained)}, ` +
        `refusals ${JSON.stringify(refusals)}\n`,
    );
  } finally {
    for (const worker of workers) worker.stop();
    await Promise.all(servers.map((each) => each.stop()));
    await dropSchema?.();
  }
}

await main();
