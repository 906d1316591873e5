import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openFlowLog } from "../analysis/flow-log.js";
import type { FlowError, Result } from "../errors.js";
import { allFacts } from "../facts/all-facts.js";
import { importCsv } from "../import/csv-import.js";
import { planCsvImport } from "../import/csv-plan.js";
import type { ImportedLog } from "../import/import-options.js";
import { detectLogFormat, type LogFormat } from "../import/log-format.js";
import { importXes } from "../import/xes-import.js";
import { fileExists } from "../storage/log-store.js";
import { analysisJson } from "./analysis-json.js";
import { humanSummary } from "./human-summary.js";

export interface AnalyzeIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const FLOW_HELP = `Usage: samspel flow analyze FILE [options]

Imports an event log (CSV, XES or XES.gz) into a temporary directory and prints its flow facts:
lead time, throughput, WIP, work-item age, XmR stability, process map, bottlenecks, rework,
variants and handoffs.

Options:
  --format csv|xes        The file's format (default: detected from its first bytes)
  --case COL              CSV column with the case id
  --activity COL          CSV column (XES: attribute key) with the activity
  --timestamp COL         CSV column (XES: attribute key) with the completion time
  --start-timestamp COL   CSV column with the start time
  --resource COL          CSV column (XES: attribute key) with the resource
  --unit COL              CSV column (XES: attribute key) with the unit/department
  --json                  Print every fact as JSON
  -h, --help              Show this help

Exit codes: 0 done, 2 bad arguments or a file that cannot be imported.`;

const OPTIONS = {
  format: { type: "string" },
  case: { type: "string" },
  activity: { type: "string" },
  timestamp: { type: "string" },
  "start-timestamp": { type: "string" },
  resource: { type: "string" },
  unit: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

/** `samspel flow ...`: `argv` is what follows `flow`. Returns the exit code. */
export async function runFlowCommand(argv: string[], io: AnalyzeIo): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [subcommand, file, ...extra] = positionals;
  if (values.help || subcommand === undefined) {
    io.stdout(`${FLOW_HELP}\n`);
    return 0;
  }
  if (subcommand !== "analyze") return usage(io, `Unknown flow command: ${subcommand}`);
  if (file === undefined) return usage(io, "Name the event log file to analyze.");
  if (extra.length > 0) return usage(io, `Unexpected arguments: ${extra.join(" ")}`);
  if (values.format !== undefined && values.format !== "csv" && values.format !== "xes") {
    return usage(io, `--format is csv or xes, not ${values.format}`);
  }
  if (!(await fileExists(file)))
    return failed(io, { code: "file_not_found", message: `No such file: ${file}` });
  const format = values.format ?? (await detectLogFormat(file));
  const flowDir = await mkdtemp(join(tmpdir(), "samspel-flow-cli-"));
  try {
    const imported = await importLog(file, format, values, flowDir);
    if (!imported.ok) return failed(io, imported.error);
    const log = await openFlowLog(imported.value.path);
    if (!log.ok) return failed(io, log.error);
    try {
      const facts = await allFacts(log.value);
      const report = imported.value.report;
      io.stdout(
        values.json
          ? `${JSON.stringify(analysisJson(file, format, report, facts), null, 2)}\n`
          : humanSummary(file, format, report, facts),
      );
      return 0;
    } finally {
      log.value.close();
    }
  } finally {
    await rm(flowDir, { recursive: true, force: true });
  }
}

async function importLog(
  file: string,
  format: LogFormat,
  values: Values,
  flowDir: string,
): Promise<Result<ImportedLog>> {
  const target = { flowDir, logId: "cli" };
  if (format === "xes") {
    if (values.case !== undefined || values["start-timestamp"] !== undefined) {
      return {
        ok: false,
        error: {
          code: "invalid_argument",
          message:
            "--case and --start-timestamp are CSV options: in XES the case is the trace and starts are lifecycle transitions.",
        },
      };
    }
    const mapping = definedOnly({
      activity: values.activity,
      timestamp: values.timestamp,
      resource: values.resource,
      unit: values.unit,
    });
    return importXes(file, target, { mapping });
  }
  const plan = await planCsvImport(
    file,
    definedOnly({
      caseId: values.case,
      activity: values.activity,
      timestamp: values.timestamp,
      startTimestamp: values["start-timestamp"],
      resource: values.resource,
      unit: values.unit,
    }),
  );
  if (!plan.ok) return plan;
  return importCsv(plan.value, target);
}

function definedOnly<T extends Record<string, string | undefined>>(
  values: T,
): Partial<Record<keyof T, string>> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<Record<keyof T, string>>;
}

function usage(io: AnalyzeIo, message: string): number {
  io.stderr(`${message}\n\n${FLOW_HELP}\n`);
  return 2;
}

function failed(io: AnalyzeIo, error: FlowError): number {
  const place = [
    error.line === undefined ? null : `line ${error.line}`,
    error.column === undefined ? null : `column ${error.column}`,
  ].filter(Boolean);
  const lines = [`error [${error.code}]: ${error.message}`];
  if (place.length > 0) lines.push(`  at ${place.join(", ")}`);
  if (error.expected) lines.push(`  expected ${error.expected}`);
  if (error.found !== undefined) lines.push(`  found ${error.found}`);
  io.stderr(`${lines.join("\n")}\n`);
  return 2;
}
