import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningProduct {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the product the way a user does after `npm start` built it: the `samspel start`
 * binary, on the embedded SQLite default in a fresh data folder, on a free port.
 */
export async function startProduct(
  extraEnv: Record<string, string> = {},
  /** sharedServices: keep DATABASE_URL and REDIS_URL from the environment (several instances). */
  options: { dataDir?: string; sharedServices?: boolean } = {},
): Promise<RunningProduct & { kill(): Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "samspel-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  // The embedded default is what a new user gets; CI's PostgreSQL and Redis are for other suites.
  if (!options.sharedServices) {
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
  }
  const child = spawn(process.execPath, [path.join(ROOT, "bin/samspel.js"), "start"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await waitForUrl(child);
  return {
    url: url.replace("localhost", "127.0.0.1"),
    dataDir,
    /** A crash: SIGKILL, no shutdown hooks, the data folder kept for a restart. */
    async kill() {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
