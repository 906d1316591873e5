/**
 * Opinion-map benchmark (issue 8): recompute time and peak memory of the whole opinion map
 * (PCA, projection, base and group clusters, representative / common-ground / divisive
 * statements) for 1,000 / 10,000 / 50,000 participants × 100 / 1,000 statements with 10 % of
 * cells voted. Votes are synthetic, from three camps with their own agree rates, so that the
 * clustering has structure to find. Each scenario runs in a child process of its own, so
 * `peak_rss_mb` is that scenario's. `warm_recompute_s` is the live case: the map is recomputed
 * after 1 % more votes, starting from the previous recompute's state.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { opinionMap, seededRandom, type VoteMatrix } from "@samspel/insight";
import { printFigure } from "./report.js";

const BENCH = "insight";
const DENSITY = 0.1;
const SCENARIOS = [1_000, 10_000, 50_000].flatMap((participants) =>
  [100, 1_000].map((statements) => ({
    name: `${participants}x${statements}`,
    participants,
    statements,
    // The target: 10,000 × 1,000 in under a second.
    target: participants === 10_000 && statements === 1_000 ? 1 : undefined,
  })),
);

/** Built straight into CSR: a cell list of 5 million votes would measure the builder, not the math. */
function syntheticVotes(participants: number, statements: number): VoteMatrix {
  const random = seededRandom(8); // seeded: every run measures the same matrix
  const camps = 3;
  const agreeRate = Array.from({ length: camps * statements }, () => random());
  const rowStart = new Int32Array(participants + 1);
  const columns: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < participants; i++) {
    const camp = i % camps;
    for (let j = 0; j < statements; j++) {
      if (random() >= DENSITY) continue;
      const p = agreeRate[camp * statements + j] ?? 0.5;
      const r = random();
      columns.push(j);
      values.push(r < p * 0.9 ? 1 : r < 0.9 ? -1 : 0);
    }
    rowStart[i + 1] = columns.length;
  }
  return {
    participants: Array.from({ length: participants }, (_, i) => `p${i}`),
    statements: Array.from({ length: statements }, (_, j) => `s${j}`),
    rowStart,
    columns: Int32Array.from(columns),
    values: Int8Array.from(values),
  };
}

/** The matrix as it stood before its last votes: every hundredth vote not yet cast. */
function earlier(matrix: VoteMatrix): VoteMatrix {
  const rowStart = new Int32Array(matrix.rowStart.length);
  const columns: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < matrix.participants.length; i++) {
    for (let k = matrix.rowStart[i] ?? 0; k < (matrix.rowStart[i + 1] ?? 0); k++) {
      if (k % 100 === 99) continue;
      columns.push(matrix.columns[k] ?? 0);
      values.push(matrix.values[k] ?? 0);
    }
    rowStart[i + 1] = columns.length;
  }
  return { ...matrix, rowStart, columns: Int32Array.from(columns), values: Int8Array.from(values) };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000) / 1000;
}

async function parent(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  for (const scenario of SCENARIOS) {
    const proc = spawn(process.execPath, [...process.execArgv, script, "--child", scenario.name], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    const [code] = await once(proc, "exit");
    if (code !== 0) process.exitCode = 1;
  }
}

function child(name: string): void {
  const scenario = SCENARIOS.find((s) => s.name === name);
  if (!scenario) throw new Error(`unknown scenario ${name}`);
  const matrix = syntheticVotes(scenario.participants, scenario.statements);
  opinionMap(matrix); // warm-up: the figure is a live recompute, not the JIT's first pass
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const map = opinionMap(matrix);
  const seconds = (performance.now() - started) / 1000;
  // CPU seconds beside wall seconds: on a shared machine the wall figure carries the load.
  const extra = { votes: matrix.values.length, groups: map.k, cpu_s: cpuSeconds(cpuStarted) };
  printFigure(BENCH, scenario.name, {
    metric: "recompute_s",
    value: seconds,
    unit: "s",
    better: "lower",
    target: scenario.target,
    extra,
  });
  printFigure(BENCH, scenario.name, {
    metric: "peak_rss_mb",
    // maxRSS is in kilobytes: the process's peak, synthetic data included.
    value: process.resourceUsage().maxRSS / 1024,
    unit: "MB",
    better: "lower",
    extra,
  });
  const previous = opinionMap(earlier(matrix)).state;
  const warmStarted = performance.now();
  const warmCpuStarted = process.cpuUsage();
  const warm = opinionMap(matrix, { previous });
  const warmCpu = cpuSeconds(warmCpuStarted);
  printFigure(BENCH, scenario.name, {
    metric: "warm_recompute_s",
    value: (performance.now() - warmStarted) / 1000,
    unit: "s",
    better: "lower",
    target: scenario.target,
    extra: { ...extra, groups: warm.k, cpu_s: warmCpu },
  });
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(process.argv[at + 1] ?? "");
else await parent();
