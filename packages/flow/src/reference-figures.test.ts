import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlowFilters } from "./analysis/filters.js";
import { openFlowLog } from "./analysis/flow-log.js";
import { type Summary, summary } from "./facts/summary.js";
import {
  EVENTLOGS,
  HAVE_EVENTLOGS,
  importCsvFile,
  importXesFile,
  scratch,
  unwrap,
} from "./test-support/fixtures.js";

// Reference figures from pm4py 2.7.11 on the same files (../shared/data/README.md). Data: 4TU
// ResearchData event logs (receipt phase of an environmental permit process; helpdesk ticketing
// of an Italian software company; sepsis cases of a Dutch hospital), as kept in pm4py and bupaR.
type Reference = Record<Exclude<keyof Summary, "p95">, number>;

const REFERENCES: Record<string, Reference> = {
  receipt: {
    cases: 1434,
    events: 8577,
    activities: 27,
    dfg_edges: 99,
    variants: 116,
    median: 0.033,
    p85: 11.101,
    mean: 5.408,
  },
  helpdesk: {
    cases: 4580,
    events: 21348,
    activities: 14,
    dfg_edges: 55,
    variants: 226,
    median: 39.859,
    p85: 50.054,
    mean: 40.858,
  },
  sepsisWithoutNa: {
    cases: 1049,
    events: 15190,
    activities: 16,
    dfg_edges: 115,
    variants: 845,
    median: 5.339,
    p85: 50.983,
    mean: 28.485,
  },
};

/** Within 0.5 % of the reference (the tolerance); the reference has 3 decimals. */
function expectNear(actual: number | null, expected: number, name: string): void {
  const tolerance = Math.max(Math.abs(expected) * 0.005, 0.0005);
  expect(actual, name).not.toBeNull();
  expect(
    Math.abs((actual as number) - expected),
    `${name}: ${actual} vs ${expected}`,
  ).toBeLessThanOrEqual(tolerance);
}

function expectReference(actual: Summary, reference: Reference): void {
  for (const [name, expected] of Object.entries(reference)) {
    expectNear(actual[name as keyof Summary], expected, name);
  }
}

async function summaryOf(path: string, filters: FlowFilters = {}): Promise<Summary> {
  const log = unwrap(await openFlowLog(path, { filters }));
  try {
    return await summary(log);
  } finally {
    log.close();
  }
}

describe.skipIf(!HAVE_EVENTLOGS)(
  "reference figures of the shared event logs (pm4py 2.7.11)",
  () => {
    let dir: { dir: string; remove(): Promise<void> };
    beforeAll(async () => {
      dir = await scratch();
    });
    afterAll(() => dir.remove());

    it("receipt.csv, honouring each timestamp's own offset", async () => {
      const imported = unwrap(await importCsvFile(dir.dir, join(EVENTLOGS, "receipt.csv")));
      expect(imported.report.rowsSkipped).toBe(0);
      expectReference(await summaryOf(imported.path), REFERENCES.receipt as Reference);
    });

    it("helpdesk.xes.gz", async () => {
      const imported = unwrap(await importXesFile(dir.dir, join(EVENTLOGS, "helpdesk.xes.gz")));
      expect(imported.report.lifecycle.mode).toBe("complete-only");
      expectReference(await summaryOf(imported.path), REFERENCES.helpdesk as Reference);
    });

    it("sepsis.csv keeps the case named NA, and matches pm4py with it filtered out", async () => {
      const imported = unwrap(await importCsvFile(dir.dir, join(EVENTLOGS, "sepsis.csv")));
      const all = await summaryOf(imported.path);
      expect(all.cases).toBe(1050);
      expect(all.events).toBe(15214);
      const withoutNa = await summaryOf(imported.path, {
        attributes: [{ key: "case_id", values: ["NA"], exclude: true }],
      });
      expectReference(withoutNa, REFERENCES.sepsisWithoutNa as Reference);
    });

    it("interval_event_log.csv pairs start and completion columns", async () => {
      const imported = unwrap(
        await importCsvFile(dir.dir, join(EVENTLOGS, "interval_event_log.csv")),
      );
      expect(imported.report.lifecycle.mode).toBe("start-complete");
      const figures = await summaryOf(imported.path);
      expect(figures.cases).toBe(1266);
      expect(figures.events).toBe(8109);
    });
  },
);
