import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineMacros } from "../analysis/tables.js";
import { type Database, openDatabase } from "../duckdb/database.js";
import { distribution } from "./distribution.js";

// Expected values from Python 3: statistics.quantiles(data, n=100, method="exclusive")[i - 1],
// statistics.median, statistics.mean, statistics.stdev. Data are in days (86,400 s).
const CASES: [
  number[],
  { median: number; p85: number; p95: number; mean: number; stdDev: number },
][] = [
  [
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    { median: 5.5, p85: 9.35, p95: 10.45, mean: 5.5, stdDev: 3.0276503540974917 },
  ],
  [
    [3.5, 1.25, 9, 2, 7],
    { median: 3.5, p85: 9.2, p95: 10.4, mean: 4.55, stdDev: 3.3279122584587473 },
  ],
  [[4, 2], { median: 3, p85: 5.1, p95: 5.7, mean: 3, stdDev: Math.SQRT2 }],
];

describe("distribution (Python's exclusive quantiles, as pm4py's reference figures)", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase();
    await defineMacros(db);
  });
  afterAll(() => db.close());

  async function of(days: readonly number[]) {
    const values = days.map((day) => `(${day * 86_400})`).join(", ");
    return distribution(db, "s", `(VALUES ${values}) AS t(s)`);
  }

  for (const [data, expected] of CASES) {
    it(`matches Python for [${data.join(", ")}]`, async () => {
      const result = await of(data);
      for (const [name, value] of Object.entries(expected)) {
        expect(result[name as keyof typeof expected], name).toBeCloseTo(value, 10);
      }
    });
  }

  it("takes a single value as every quantile", async () => {
    expect(await of([2.5])).toMatchObject({
      count: 1,
      median: 2.5,
      p85: 2.5,
      p95: 2.5,
      stdDev: null,
    });
  });
});
