import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EventLog, ImportPlan, ImportReport } from "@samspel/core";
import { expect } from "vitest";
import type { TestClient } from "./client.js";

/** The shared test logs beside the repository (../shared/data/eventlogs), never copied in. */
export const EVENTLOGS = path.resolve(
  fileURLToPath(new URL("../../../../", import.meta.url)),
  "../shared/data/eventlogs",
);
export const HAVE_EVENTLOGS = existsSync(path.join(EVENTLOGS, "receipt.csv"));
if (!HAVE_EVENTLOGS) {
  console.warn(`\n!!! ${EVENTLOGS} is missing: the event-log route tests are SKIPPED.\n`);
}

export function eventLogFile(name: string): { name: string; content: Uint8Array } {
  return { name, content: readFileSync(path.join(EVENTLOGS, name)) };
}

/** A DATA_DIR of its own for a test app, removed by the returned function. */
export function scratchDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "samspel-flow-routes-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Both import steps with the suggested mapping (plus `mapping`), expecting success. */
export async function importThroughApi(
  client: TestClient,
  processId: string,
  file: { name: string; content: string | Uint8Array },
  mapping: Record<string, string> = {},
): Promise<{ plan: ImportPlan; eventLog: EventLog; report: ImportReport }> {
  const uploaded = await client.upload<ImportPlan>(
    `/api/processes/${processId}/event-log/uploads`,
    file,
  );
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  const confirmed = await client.post<{ eventLog: EventLog; report: ImportReport }>(
    `/api/processes/${processId}/event-log/uploads/${uploaded.body.uploadId}/confirm`,
    { mapping: { ...uploaded.body.mapping, ...mapping } },
  );
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201);
  return { plan: uploaded.body, ...confirmed.body };
}
