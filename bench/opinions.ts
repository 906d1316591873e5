/**
 * The live opinion map against commands (issue 8: "the live session stays responsive — command
 * p99 unchanged within 20 % — while recomputing"). In one process, as one server instance runs:
 * the real app on SQLite, participants voting over the real WebSocket, their acks timed. Run
 * twice: with no map being computed, then while the map of a town hall (10,000 participants ×
 * 500 statements, 10 % voted) is recomputed as often as the server recomputes one session's map
 * under continuous voting (no debounce, one start per MIN_RECOMPUTE_INTERVAL_MS) through the
 * server's own path (the matrix read from the state on the main thread, the math in the worker
 * thread). `BENCH_MIN_INTERVAL_MS=0` recomputes back to back instead, a pace the server never
 * runs at. Prints JSON lines (ARCHITECTURE.md).
 *
 *   npm run bench:opinions
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { MIN_RECOMPUTE_INTERVAL_MS, OpinionMaps } from "../apps/server/src/opinions/live-maps.js";
import { MapThread } from "../apps/server/src/opinions/map-thread.js";
import { sqlite } from "../apps/server/src/test-support/backends.js";
import { TestClient } from "../apps/server/src/test-support/client.js";
import { signUp } from "../apps/server/src/test-support/factories.js";
import { LiveTestClient } from "../apps/server/src/test-support/live-client.js";
import { syntheticOpinionState } from "../apps/server/src/test-support/opinion-votes.js";
import { createTestApp } from "../apps/server/src/test-support/test-app.js";
import { printFigure } from "./report.js";

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 20);
const STATEMENTS = 20;
/** Per participant; within the live endpoint's 10 a second. */
const COMMANDS_PER_SECOND = 4;
const MEASURE_S = Number(process.env.BENCH_MEASURE_S ?? 15);
/**
 * Commands sent before the measured ones, and not counted: the first few hundred run through
 * cold code (JIT, statement caches), and the idle run goes first, so without this it would carry
 * that cost alone and flatter the ratio. A p99 over ~1,200 commands rests on its 12 slowest.
 */
const WARM_UP_S = Number(process.env.BENCH_WARM_UP_S ?? 3);
const TOWN_HALL = { participants: 10_000, statements: 500, density: 0.1 };
const MIN_INTERVAL_MS = Number(process.env.BENCH_MIN_INTERVAL_MS ?? MIN_RECOMPUTE_INTERVAL_MS);

interface Voter {
  socket: LiveTestClient;
}

async function main(): Promise<void> {
  const baseline = await measure(false);
  report("idle", baseline);
  const busy = await measure(true);
  report("recomputing", busy);
  const ratio = percentile(busy.latencies, 0.99) / percentile(baseline.latencies, 0.99);
  printFigure("opinions", "recomputing-vs-idle", {
    metric: "command_p99_ratio",
    value: ratio,
    unit: "x",
    better: "lower",
    target: 1.2,
  });
}

interface Run {
  latencies: number[];
  recomputes: number;
  /** The event loop's delay while commands ran: what the main thread could not answer at once. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

function report(
  scenario: string,
  { latencies, recomputes, loopDelayP99Ms, loopDelayMaxMs }: Run,
): void {
  printFigure("opinions", scenario, {
    metric: "command_p99_ms",
    value: percentile(latencies, 0.99),
    unit: "ms",
    better: "lower",
    extra: {
      commands: latencies.length,
      median_ms: Number(percentile(latencies, 0.5).toFixed(2)),
      participants: PARTICIPANTS,
      loop_delay_p99_ms: Number(loopDelayP99Ms.toFixed(2)),
      loop_delay_max_ms: Number(loopDelayMaxMs.toFixed(2)),
      ...(recomputes > 0 && {
        recomputes,
        town_hall: `${TOWN_HALL.participants} x ${TOWN_HALL.statements}, ${TOWN_HALL.density * 100} % voted`,
        min_interval_ms: MIN_INTERVAL_MS,
      }),
    },
  });
}

async function measure(recomputing: boolean): Promise<Run> {
  const t = await createTestApp(sqlite);
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  const facilitator = new TestClient(t.app);
  const { organisationId } = await signUp(facilitator);
  const created = await facilitator.post<{ id: string; joinCode: string }>(
    `/api/orgs/${organisationId}/sessions`,
    {
      title: "Bench",
      question: "Opinion map under load",
      language: "en",
      steps: [
        { phase: "discover", methodName: "Map", settings: { opinionMap: { moderation: "auto" } } },
      ],
    },
  );
  const sessionId = created.body.id;
  const command = async (type: string, payload: unknown) => {
    const response = await facilitator.post<Record<string, unknown>>(
      `/api/sessions/${sessionId}/commands`,
      { commandId: crypto.randomUUID(), type, payload },
    );
    if (response.status !== 200) throw new Error(`${type}: ${JSON.stringify(response.body)}`);
  };
  await command("session.open", {});
  const voters: Voter[] = [];
  for (let i = 0; i < PARTICIPANTS; i += 1) {
    const joined = await new TestClient(t.app).post<{ token: string }>("/api/join", {
      code: created.body.joinCode,
      displayName: `P${i}`,
    });
    const socket = await LiveTestClient.connect(`${address.replace("http", "ws")}/api/live`);
    socket.send({ t: "hello", v: 1, sessionId, token: joined.body.token });
    await socket.waitFor((m) => m.t === "welcome");
    voters.push({ socket });
  }
  await command("session.start", {});
  const view = await facilitator.get<{ state: { stepOrder: string[] } }>(
    `/api/sessions/${sessionId}/view`,
  );
  await command("step.start", { stepId: view.body.state.stepOrder[0] });
  for (let s = 0; s < STATEMENTS; s += 1)
    await command("opinion.submit", { text: `Statement ${s}` });
  const state = await facilitator.get<{ state: { statementOrder: Record<string, string[]> } }>(
    `/api/sessions/${sessionId}/view`,
  );
  const statementIds = Object.values(state.body.state.statementOrder)[0] ?? [];

  // The town hall's map, recomputed at the server's pace while the room votes.
  const thread = new MapThread();
  const maps = new OpinionMaps(thread.compute, t.app.log, 0, MIN_INTERVAL_MS);
  let recomputes = 0;
  let running = recomputing;
  if (recomputing) {
    const big = syntheticOpinionState(
      TOWN_HALL.participants,
      TOWN_HALL.statements,
      TOWN_HALL.density,
    );
    let seq = 1;
    maps.onMap(() => {
      recomputes += 1;
      if (running)
        maps.committed("town-hall", [{ event: voteEvent(++seq), stateAfter: big.state }]);
    });
    maps.watch("town-hall", big.state, seq);
  }

  const latencies: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const warmUntil = performance.now() + WARM_UP_S * 1000;
  const until = warmUntil + MEASURE_S * 1000;
  setTimeout(() => loop.enable(), WARM_UP_S * 1000).unref();
  await Promise.all(
    voters.map(async (voter, v) => {
      let n = 0;
      // Spread the voters over the second, so the load is steady rather than in waves.
      await sleep((1000 / COMMANDS_PER_SECOND) * (v / voters.length));
      while (performance.now() < until) {
        const commandId = crypto.randomUUID();
        const sent = performance.now();
        voter.socket.send({
          t: "command",
          commandId,
          type: "opinion.vote",
          payload: {
            statementId: statementIds[n % statementIds.length],
            vote: n % 3 === 0 ? "agree" : n % 3 === 1 ? "disagree" : "pass",
          },
        });
        await voter.socket.waitFor(
          (m) => (m.t === "ack" || m.t === "error") && m.commandId === commandId,
          10_000,
        );
        if (sent >= warmUntil) latencies.push(performance.now() - sent);
        n += 1;
        await sleep(Math.max(0, 1000 / COMMANDS_PER_SECOND - (performance.now() - sent)));
      }
    }),
  );
  loop.disable();
  running = false;
  maps.close();
  await thread.close();
  for (const voter of voters) voter.socket.close();
  await t.close();
  return {
    latencies,
    recomputes,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
  };
}

function voteEvent(seq: number) {
  return {
    seq,
    at: new Date().toISOString(),
    actor: { kind: "participant" as const },
    type: "opinion.voted" as const,
    payload: { stepId: "step-map", statementId: "s-0", vote: "agree" as const, previous: null },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

await main();
