import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";

// Reference values from scikit-learn's adjusted_rand_score documentation and Hubert & Arabie.
describe("adjustedRandIndex", () => {
  it("is 1 for the same partition under other names", () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
  });
  it("matches scikit-learn on a refined partition", () => {
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714285715, 12);
  });
  it("is negative for worse-than-chance agreement", () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });
  it("matches a hand-computed contingency table", () => {
    // Pairs together in both: 7; in a: 13; in b: 14; of 45 -> (7 - 13·14/45) / (13.5 - 13·14/45).
    const a = [0, 0, 1, 1, 1, 1, 2, 2, 2, 2];
    const b = [0, 1, 0, 1, 1, 2, 2, 2, 2, 2];
    expect(adjustedRandIndex(a, b)).toBeCloseTo((7 - 182 / 45) / (13.5 - 182 / 45), 12);
  });
  it("refuses labelings of different lengths", () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(RangeError);
  });
});
