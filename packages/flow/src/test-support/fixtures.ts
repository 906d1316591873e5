import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type FlowLog, type OpenLogOptions, openFlowLog } from "../analysis/flow-log.js";
import type { Result } from "../errors.js";
import type { ColumnMapping } from "../import/column-mapping.js";
import { importCsv } from "../import/csv-import.js";
import { planCsvImport } from "../import/csv-plan.js";
import type { ImportedLog, ImportOptions } from "../import/import-options.js";
import { importXes, type XesImportOptions } from "../import/xes-import.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The shared test logs: `../shared/data/eventlogs` from the repository root, never copied in. */
export const EVENTLOGS = resolve(repoRoot, "../shared/data/eventlogs");
export const HAVE_EVENTLOGS = existsSync(join(EVENTLOGS, "receipt.csv"));
if (!HAVE_EVENTLOGS) {
  console.warn(
    `\n!!! ${EVENTLOGS} is missing: the reference-figure tests are SKIPPED. They need the shared ` +
      "test data beside the repository (../shared/data/eventlogs).\n",
  );
}

/** A scratch directory per test file. */
export async function scratch(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "samspel-flow-test-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

let logCounter = 0;

/** Plans and imports a CSV file with the plan's suggested mapping plus `mapping`. */
export async function importCsvFile(
  dir: string,
  path: string,
  mapping: Partial<ColumnMapping> = {},
  options: ImportOptions = {},
): Promise<Result<ImportedLog>> {
  const plan = await planCsvImport(path, mapping);
  if (!plan.ok) return plan;
  logCounter += 1;
  return importCsv(plan.value, { flowDir: join(dir, "flow"), logId: `log${logCounter}` }, options);
}

export async function importXesFile(
  dir: string,
  path: string,
  options: XesImportOptions = {},
): Promise<Result<ImportedLog>> {
  logCounter += 1;
  return importXes(path, { flowDir: join(dir, "flow"), logId: `log${logCounter}` }, options);
}

/** Writes `text` (or bytes) to a file in `dir` and returns its path. */
export async function fileWith(
  dir: string,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** The value of a Result, or a test failure that shows the error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Imports a CSV given as rows and opens it for facts. */
export async function openCsvLog(
  dir: string,
  name: string,
  rows: readonly string[],
  options: OpenLogOptions & { mapping?: Partial<ColumnMapping> } = {},
): Promise<FlowLog> {
  const path = await fileWith(dir, name, `${rows.join("\n")}\n`);
  const imported = unwrap(await importCsvFile(dir, path, options.mapping));
  return unwrap(await openFlowLog(imported.path, options));
}

/** A small event log as `case,activity,timestamp[,unit]` rows, built from compact tuples. */
export function eventRows(
  events: readonly (readonly [string, string, string, string?])[],
  withUnit = false,
): string[] {
  const header = withUnit ? "case,activity,timestamp,unit" : "case,activity,timestamp";
  return [header, ...events.map((event) => event.slice(0, withUnit ? 4 : 3).join(","))];
}

export interface XesEvent {
  activity: string;
  time: string;
  lifecycle?: string;
  extra?: string;
}

/** A minimal XES document (pm4py's layout) for the given traces. */
export function xesDocument(traces: Record<string, XesEvent[]>): string {
  const body = Object.entries(traces)
    .map(([name, events]) => {
      const lines = events.map((event) =>
        [
          "\t\t<event>",
          `\t\t\t<string key="concept:name" value="${event.activity}"/>`,
          `\t\t\t<date key="time:timestamp" value="${event.time}"/>`,
          event.lifecycle
            ? `\t\t\t<string key="lifecycle:transition" value="${event.lifecycle}"/>`
            : "",
          event.extra ?? "",
          "\t\t</event>",
        ]
          .filter(Boolean)
          .join("\n"),
      );
      return [
        `\t<trace>`,
        `\t\t<string key="concept:name" value="${name}"/>`,
        ...lines,
        "\t</trace>",
      ].join("\n");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n${body}\n</log>\n`;
}

export function gzip(text: string): Uint8Array {
  return gzipSync(text);
}
