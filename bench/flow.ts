/**
 * Flow analytics benchmark (issue 6): import plus every flow fact, as JSON lines
 * (ARCHITECTURE.md). Scenarios: the shared event logs as they are; `xes-250k`, helpdesk.xes.gz
 * replicated to 250,000 events as XES.gz; `csv-10m`, receipt.csv replicated to 10 million events
 * as CSV. Each scenario runs in a child process of its own, so `peak_rss_mb` is that scenario's.
 *
 * Data: 4TU.ResearchData event logs (receipt phase of an environmental permit process; helpdesk
 * of an Italian software company; sepsis cases; an interval log), as kept by pm4py and bupaR.
 *
 *   npm run bench:flow                       all scenarios
 *   npm run bench:flow -- csv-10m            one of them
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip, gunzipSync } from "node:zlib";
import {
  allFacts,
  FACTS,
  type FactName,
  importCsv,
  importXes,
  openFlowLog,
  planCsvImport,
  type Result,
} from "@samspel/flow";
import { printFigure } from "./report.js";

const EVENTLOGS = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/data/eventlogs");

interface Scenario {
  name: string;
  /** Writes the scenario's file into `dir` (or names a shared one) and returns its path. */
  prepare(dir: string): Promise<string>;
  format: "csv" | "xes";
  targets: { importAndFacts?: number; peakRss?: number; recompute?: number };
}

const shared = (file: string, format: "csv" | "xes"): Scenario => ({
  name: file.split(".")[0] as string,
  prepare: async () => join(EVENTLOGS, file),
  format,
  targets: {},
});

const SCENARIOS: Scenario[] = [
  shared("receipt.csv", "csv"),
  shared("sepsis.csv", "csv"),
  shared("interval_event_log.csv", "csv"),
  shared("helpdesk.xes.gz", "xes"),
  {
    name: "xes-250k",
    prepare: (dir) =>
      replicateXes(join(EVENTLOGS, "helpdesk.xes.gz"), 250_000, join(dir, "helpdesk-250k.xes.gz")),
    format: "xes",
    targets: { importAndFacts: 2, recompute: 1 },
  },
  {
    name: "csv-10m",
    prepare: (dir) =>
      replicateCsv(join(EVENTLOGS, "receipt.csv"), 10_000_000, join(dir, "receipt-10m.csv")),
    format: "csv",
    targets: { importAndFacts: 30, peakRss: 2048, recompute: 1 },
  },
];

// ---- parent: prepare data, run each scenario in a child, print JSON lines ----

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "--child") return child(args);
  const chosen = SCENARIOS.filter((scenario) => mode === undefined || scenario.name === mode);
  if (chosen.length === 0)
    throw new Error(`No scenario ${mode}; one of ${SCENARIOS.map((s) => s.name).join(", ")}`);
  const dir = await mkdtemp(join(tmpdir(), "samspel-bench-flow-"));
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
  try {
    for (const scenario of chosen) {
      const file = await scenario.prepare(dir);
      const figures = await runChild(scenario, file, dir);
      print(scenario, figures);
    }
  } finally {
    await cleanUp();
  }
}

interface Figures {
  importAndFactsSeconds: number;
  importSeconds: number;
  openSeconds: number;
  peakRssMb: number;
  recompute: Record<string, number>;
  events: number;
}

function runChild(scenario: Scenario, file: string, dir: string): Promise<Figures> {
  return new Promise((done, failed) => {
    const script = fileURLToPath(import.meta.url);
    const proc = spawn(
      process.execPath,
      [...process.execArgv, script, "--child", scenario.name, file, dir],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.on("error", failed);
    proc.on("exit", (code) => {
      if (code === 0) done(JSON.parse(out) as Figures);
      else failed(new Error(`scenario ${scenario.name} exited with ${code}`));
    });
  });
}

function print(scenario: Scenario, figures: Figures): void {
  const line = (metric: string, value: number, unit: string, target?: number) =>
    printFigure("flow", scenario.name, {
      metric,
      value,
      unit,
      target,
      better: "lower",
      extra: { events: figures.events },
    });
  line("import_and_facts_s", figures.importAndFactsSeconds, "s", scenario.targets.importAndFacts);
  line("import_s", figures.importSeconds, "s");
  line("open_s", figures.openSeconds, "s");
  line("peak_rss_mb", figures.peakRssMb, "MB", scenario.targets.peakRss);
  const slowest = Math.max(...Object.values(figures.recompute));
  line("fact_recompute_s", slowest, "s", scenario.targets.recompute);
  for (const [fact, seconds] of Object.entries(figures.recompute)) {
    line(`fact_recompute_s.${fact}`, seconds, "s", scenario.targets.recompute);
  }
}

// ---- child: one scenario, measured from a fresh process ----

async function child([name, file, dir]: string[]): Promise<void> {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario || !file || !dir) throw new Error("bad child arguments");
  const started = performance.now();
  const target = { flowDir: join(dir, "flow"), logId: scenario.name };
  const imported = expectOk(
    scenario.format === "xes"
      ? await importXes(file, target)
      : await importCsvWithPlan(file, target),
  );
  const importedAt = performance.now();
  const log = expectOk(await openFlowLog(imported.path));
  const openedAt = performance.now();
  await allFacts(log);
  const finished = performance.now();
  const recompute: Record<string, number> = {};
  for (const fact of Object.keys(FACTS) as FactName[]) {
    const t = performance.now();
    await FACTS[fact](log);
    recompute[fact] = (performance.now() - t) / 1000;
  }
  log.close();
  const figures: Figures = {
    importAndFactsSeconds: (finished - started) / 1000,
    importSeconds: (importedAt - started) / 1000,
    openSeconds: (openedAt - importedAt) / 1000,
    // maxRSS is in kilobytes: the process's peak, DuckDB's native memory included.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    recompute,
    events: imported.report.eventsImported,
  };
  process.stdout.write(JSON.stringify(figures));
}

async function importCsvWithPlan(file: string, target: { flowDir: string; logId: string }) {
  const plan = expectOk(await planCsvImport(file));
  return importCsv(plan, target);
}

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

// ---- data: real logs replicated with new case ids (timestamps kept, so facts stay the same) ----

/** helpdesk.xes.gz's traces repeated under new case names until exactly `events` events. */
async function replicateXes(source: string, events: number, path: string): Promise<string> {
  const text = gunzipSync(await readFile(source)).toString("utf8");
  const first = text.indexOf("<trace>");
  const last = text.lastIndexOf("</trace>") + "</trace>".length;
  const traces = text
    .slice(first, last)
    .split("</trace>")
    .filter((trace) => trace.includes("<event>"))
    .map((trace) => {
      const head = trace.slice(0, trace.indexOf("<event>"));
      const body = trace
        .slice(trace.indexOf("<event>"))
        .split("</event>")
        .filter((part) => part.includes("<event>"));
      return { head, events: body.map((event) => `${event}</event>`) };
    });
  const out = createGzip({ level: 6 });
  const file = createWriteStream(path);
  out.pipe(file);
  const finished = once(file, "finish");
  out.write(text.slice(0, first));
  let written = 0;
  for (let copy = 0; written < events; copy += 1) {
    for (const trace of traces) {
      if (written >= events) break;
      const taken = trace.events.slice(0, events - written);
      const head = trace.head.replace(/(key="concept:name" value=")/, `$1r${copy}-`);
      if (!out.write(`${head}${taken.join("")}\n\t</trace>\n\t`)) await drained(out);
      written += taken.length;
    }
  }
  out.end(text.slice(last));
  await finished;
  return path;
}

/** receipt.csv's rows repeated with new case ids until `events` rows. */
async function replicateCsv(source: string, events: number, path: string): Promise<string> {
  const [header, ...rows] = (await readFile(source, "utf8"))
    .split("\n")
    .filter((row) => row.length > 0);
  const caseColumn = (header as string).split(",").indexOf("case:concept:name");
  // receipt.csv has no quoted fields, so a comma split is exact here.
  const parts = rows.map((row) => {
    const fields = row.split(",");
    return [
      `${fields.slice(0, caseColumn).join(",")},`,
      fields[caseColumn],
      `,${fields.slice(caseColumn + 1).join(",")}\n`,
    ];
  });
  const out = createWriteStream(path);
  const finished = once(out, "finish");
  out.write(`${header}\n`);
  let written = 0;
  let batch: string[] = [];
  for (let copy = 0; written < events; copy += 1) {
    const suffix = `-r${copy.toString(36)}`;
    for (const [before, id, after] of parts) {
      if (written >= events) break;
      batch.push(before as string, id as string, suffix, after as string);
      written += 1;
    }
    if (batch.length > 200_000) {
      if (!out.write(batch.join(""))) await drained(out);
      batch = [];
    }
  }
  out.end(batch.join(""));
  await finished;
  return path;
}

async function drained(stream: NodeJS.WritableStream): Promise<void> {
  await once(stream, "drain");
}

await main();
