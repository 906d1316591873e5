import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "./config.js";
import { startServer } from "./server.js";
import { migrateToLatest, openStorage } from "./storage/database.js";

const HELP = `Usage: samspel <command> [options]

Commands:
  start      Run the server (migrates the database first)
  migrate    Bring the database schema up to date, then exit
  flow analyze FILE [--json]
             Print the flow facts of an event log (CSV, XES, XES.gz) without a server;
             \`samspel flow --help\` lists the column-mapping options
  insight suggest-groups TEXTS.json [--lang nb] [--json]
             Suggested groups of similar short texts, with precision against human themes
  insight groups PARTICIPANTS_VOTES.csv [--comments FILE] [--json]
             Opinion groups, representative, common-ground and divisive statements of a
             Polis-format export, with the agreement against Polis's own groups

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, REDIS_URL,
PUBLIC_URL, LOG_LEVEL. See the README.`;

export async function main(argv: string[]): Promise<number> {
  // `flow` has options of its own and needs no configuration: it is handed its arguments as they are.
  if (argv[0] === "flow") return runFlow(argv.slice(1));
  if (argv[0] === "insight") return runInsight(argv.slice(1));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || command === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const config = loadConfig();
    if (values.version) {
      process.stdout.write(`${config.version}\n`);
      return 0;
    }
    switch (command) {
      case "start":
        return await start(config);
      case "migrate":
        return await migrate(config);
      case undefined:
        process.stdout.write(`${HELP}\n`);
        return 0;
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${HELP}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

async function start(config: ReturnType<typeof loadConfig>): Promise<number> {
  const server = await startServer(config);
  const storage = config.databaseUrl ? "PostgreSQL" : `SQLite in ${config.dataDir}`;
  process.stdout.write(`\nSamspel is running at ${server.url}  (storage: ${storage})\n\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}

async function migrate(config: ReturnType<typeof loadConfig>): Promise<number> {
  const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(storage);
    process.stdout.write(
      applied.length === 0
        ? "The database schema is up to date.\n"
        : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join("")}`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}

// Loaded on demand, so `samspel start` never loads DuckDB's native module.
async function runInsight(argv: string[]): Promise<number> {
  const { runInsightCommand } = await import("@samspel/insight");
  const { readFile } = await import("node:fs/promises");
  return runInsightCommand(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: (path) => readFile(path, "utf8"),
  });
}

async function runFlow(argv: string[]): Promise<number> {
  const { runFlowCommand } = await import("@samspel/flow");
  return runFlowCommand(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
