/**
 * One load-generator process of `bench/live.ts`: a share of the participants as real WebSocket
 * clients. Clients stay lean: every client finds its events' `seq` with a regular expression
 * (lost = gaps, duplicated = repeats) and only one in `sampleEvery` parses frames with
 * `JSON.parse`, for fan-out latency (receipt time minus the event's `at`) and contribution ids.
 * Driven over IPC by the parent; see `WorkerCommand` and `WorkerReport`.
 */
import { randomUUID } from "node:crypto";
import WebSocket from "ws";

export type WorkerCommand =
  | {
      cmd: "connect";
      sessionId: string;
      /** Each client's join token and the WebSocket URL of the server it joined. */
      clients: { wsUrl: string; token: string }[];
      sampleEvery: number;
      worker: number;
    }
  | { cmd: "load"; commandsPerSecond: number }
  | { cmd: "measure" }
  | { cmd: "stop-load" }
  | { cmd: "report" }
  | { cmd: "exit" };

export type WorkerMessage =
  | { type: "connected"; clients: number; connectSeconds: number }
  | { type: "report"; report: WorkerReport }
  | { type: "failed"; message: string };

export interface WorkerReport {
  clients: number;
  /** Events received by every client since `measure`. */
  deliveries: number;
  /** Acks and errors received since `measure`. */
  acks: number;
  refusals: Record<string, number>;
  sent: number;
  lost: number;
  duplicated: number;
  /** Each client's last contiguous seq (for lost events at the tail). */
  heldSeqs: number[];
  /** Fan-out latencies in ms of the sampled clients since `measure`. */
  latencies: number[];
  closed: number;
}

interface Client {
  ws: WebSocket;
  held: number;
  sample: boolean;
  votes: number;
  open: boolean;
}

// Events carry their keys in either order: seq before at when stamped here, seq first and at
// last when read back from the log (events another instance committed).
const SEQ = /"seq":(\d+)/g;
const REACTIONS = ["thumbs_up", "heart", "light_bulb", "question"] as const;
const clients: Client[] = [];
const contributions: string[] = [];
let worker = 0;
let commandCounter = 0;
let stats = fresh();
let measuring = false;
let loadTimer: NodeJS.Timeout | undefined;
let next = 0;

function fresh() {
  return {
    deliveries: 0,
    acks: 0,
    sent: 0,
    lost: 0,
    duplicated: 0,
    closed: 0,
    refusals: {} as Record<string, number>,
    latencies: [] as number[],
  };
}

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function seen(client: Client, seq: number): void {
  if (seq === client.held + 1) client.held = seq;
  else if (seq <= client.held) stats.duplicated++;
  else {
    stats.lost += seq - client.held - 1;
    client.held = seq;
  }
}

interface ParsedEvent {
  type: string;
  seq: number;
  at: string;
  payload: { contributionId?: string };
}

function onFrame(client: Client, text: string, received: number): void {
  if (text.startsWith('{"t":"events"')) {
    if (client.sample) {
      const message = JSON.parse(text) as { events: ParsedEvent[] };
      for (const event of message.events) {
        seen(client, event.seq);
        if (measuring) stats.latencies.push(received - Date.parse(event.at));
        if (event.type === "contribution.added" && event.payload.contributionId) {
          contributions.push(event.payload.contributionId);
          if (contributions.length > 500) contributions.splice(0, 250);
        }
      }
      stats.deliveries += message.events.length;
      return;
    }
    SEQ.lastIndex = 0;
    for (let match = SEQ.exec(text); match; match = SEQ.exec(text)) {
      seen(client, Number(match[1]));
      stats.deliveries++;
    }
    return;
  }
  if (text.startsWith('{"t":"ack"')) {
    stats.acks++;
    return;
  }
  if (text.startsWith('{"t":"error"')) {
    const code = /"code":"([^"]+)"/.exec(text)?.[1] ?? "unknown";
    stats.refusals[code] = (stats.refusals[code] ?? 0) + 1;
  }
}

function connectOne(
  wsUrl: string,
  sessionId: string,
  token: string,
  sample: boolean,
): Promise<Client> {
  return new Promise((done, failed) => {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false, skipUTF8Validation: true });
    const client: Client = { ws, held: 0, sample, votes: 0, open: false };
    let stage: "welcome" | "acknowledge" | "ready" = "welcome";
    const ackId = `ack-${worker}-${randomUUID()}`;
    ws.on("open", () => ws.send(JSON.stringify({ t: "hello", v: 1, sessionId, token })));
    ws.on("message", (data: Buffer) => {
      const text = data.toString("latin1");
      if (stage === "ready") return onFrame(client, text, Date.now());
      if (stage === "welcome") {
        const welcome = JSON.parse(text) as { t: string; seq?: number; code?: string };
        if (welcome.t !== "welcome") return failed(new Error(`hello refused: ${text}`));
        client.held = welcome.seq ?? 0;
        client.open = true;
        stage = "acknowledge";
        ws.send(
          JSON.stringify({
            t: "command",
            commandId: ackId,
            type: "participant.acknowledge_ground_rules",
            payload: {},
          }),
        );
        return;
      }
      // Waiting for the acknowledgement's answer; events before it still count.
      onFrame(client, text, Date.now());
      if (text.includes(ackId)) {
        stage = "ready";
        done(client);
      }
    });
    ws.on("error", (error) => {
      if (!client.open) failed(error);
    });
    ws.on("close", () => {
      if (client.open) stats.closed++;
      client.open = false;
    });
  });
}

async function connect(command: Extract<WorkerCommand, { cmd: "connect" }>): Promise<void> {
  worker = command.worker;
  const started = performance.now();
  let index = 0;
  const parallel = 25;
  const lane = async () => {
    while (index < command.clients.length) {
      const mine = index++;
      const { wsUrl, token } = command.clients[mine] as { wsUrl: string; token: string };
      clients.push(
        await connectOne(
          wsUrl,
          command.sessionId,
          token,
          (mine + worker) % command.sampleEvery === 0,
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  send({
    type: "connected",
    clients: clients.length,
    connectSeconds: (performance.now() - started) / 1000,
  });
}

function sendCommand(client: Client): void {
  const roll = Math.random();
  const commandId = `b${worker}-${++commandCounter}-${randomUUID().slice(0, 8)}`;
  let type: string;
  let payload: object;
  const target = contributions[Math.floor(Math.random() * contributions.length)];
  if (target && roll < 0.15) {
    type = "reaction.toggle";
    payload = { contributionId: target, reaction: REACTIONS[commandCounter % REACTIONS.length] };
  } else if (target && roll < 0.2 && client.votes < 3) {
    client.votes++;
    type = "vote.cast";
    payload = { target: { kind: "contribution", id: target } };
  } else {
    type = "contribution.add";
    payload = { kind: "reflection", text: `Lead times grow when hand-offs wait (${commandId})` };
  }
  client.ws.send(JSON.stringify({ t: "command", commandId, type, payload }));
  stats.sent++;
}

function load(commandsPerSecond: number): void {
  const tick = 10;
  let budget = 0;
  let last = performance.now();
  loadTimer = setInterval(() => {
    const now = performance.now();
    budget += ((now - last) / 1000) * commandsPerSecond;
    last = now;
    while (budget >= 1) {
      budget--;
      for (let tries = 0; tries < clients.length; tries++) {
        const client = clients[next++ % clients.length] as Client;
        if (client.open) {
          sendCommand(client);
          break;
        }
      }
    }
  }, tick);
}

process.on("message", (command: WorkerCommand) => {
  switch (command.cmd) {
    case "connect":
      connect(command).catch((error: unknown) =>
        send({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
      break;
    case "load":
      load(command.commandsPerSecond);
      break;
    case "measure":
      // Lost and duplicated events count over the whole run, rates only over the window.
      stats = { ...fresh(), lost: stats.lost, duplicated: stats.duplicated, closed: stats.closed };
      measuring = true;
      break;
    case "stop-load":
      clearInterval(loadTimer);
      measuring = false;
      break;
    case "report":
      send({
        type: "report",
        report: {
          clients: clients.length,
          deliveries: stats.deliveries,
          acks: stats.acks,
          refusals: stats.refusals,
          sent: stats.sent,
          lost: stats.lost,
          duplicated: stats.duplicated,
          heldSeqs: clients.map((client) => client.held),
          latencies: stats.latencies,
          closed: stats.closed,
        },
      });
      break;
    case "exit":
      for (const client of clients) client.ws.terminate();
      process.exit(0);
  }
});
