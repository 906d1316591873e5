import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { fail, ok, type Result } from "../errors.js";

/** Where a log lives: `<flowDir>/<logId>/events.parquet`, `flowDir` being `DATA_DIR/flow`. */
export interface LogLocation {
  flowDir: string;
  logId: string;
}

const LOG_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function eventsPath(location: LogLocation): Result<string> {
  if (!LOG_ID.test(location.logId)) {
    return fail(
      "invalid_log_id",
      `A log id is 1-128 letters, digits, '-' or '_': ${location.logId}`,
    );
  }
  return ok(join(location.flowDir, location.logId, "events.parquet"));
}

/**
 * A staging file beside the final one. Same directory, so the final `rename` stays on one file
 * system and is atomic: a reader sees the old log or the new one, never half of either.
 */
export async function stagingFile(finalPath: string): Promise<string> {
  await mkdir(join(finalPath, ".."), { recursive: true });
  return `${finalPath}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
}

export async function commitStaged(staging: string, finalPath: string): Promise<void> {
  await rename(staging, finalPath);
}

export async function discardStaged(staging: string): Promise<void> {
  await rm(staging, { force: true });
}

export async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
