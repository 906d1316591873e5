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

const DAY = 86_400_000;
// The test clock stands on Monday 2026-11-23, sixteen weeks after this one.
const FIRST_MONDAY = Date.parse("2026-08-03T00:00:00Z");

/**
 * An event log's rows with one case per week from `fromWeek` (week 0 starts 2026-08-03),
 * finishing on the week's Wednesday at noon after `leadDays(week)` days. Sixteen weeks of 9 or
 * 11 days make a baseline with centre 10 and limits 10 ± 5.32 for a decision on 2026-11-23.
 */
export function weeklyCaseRows(
  fromWeek: number,
  weeks: number,
  leadDays: (week: number) => number,
): string[] {
  return Array.from({ length: weeks }, (_, offset) => {
    const week = fromWeek + offset;
    const end = FIRST_MONDAY + week * 7 * DAY + 2.5 * DAY;
    const start = end - leadDays(week) * DAY;
    const at = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19);
    return `c${week},register,${at(start)}\nc${week},close,${at(end)}`;
  });
}

/** Sixteen steady weeks before 2026-11-23: lead times of 9 or 11 days, centre 10. */
export const BASELINE_ROWS = weeklyCaseRows(0, 16, (week) => (week % 2 === 0 ? 9 : 11));

/** An event-log upload of `rows` (weeklyCaseRows). */
export function logFile(rows: readonly string[]): { name: string; content: string } {
  return { name: "byggesak.csv", content: `case,activity,timestamp\n${rows.join("\n")}\n` };
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
