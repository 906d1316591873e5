import type { SessionEvent } from "@samspel/core";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { syntheticOpinionState } from "../test-support/opinion-votes.js";
import { OpinionMaps } from "./live-maps.js";
import { MapThread } from "./map-thread.js";

describe("the live opinion map's pace", () => {
  it("starts a session's recomputes at least the minimum interval apart, however fast votes come", async () => {
    const { state, stepId } = syntheticOpinionState(40, 8, 0.5);
    const thread = new MapThread();
    const starts: number[] = [];
    const minIntervalMs = 400;
    const maps = new OpinionMaps(
      (job) => {
        starts.push(performance.now());
        return thread.compute(job);
      },
      Fastify({ logger: false }).log,
      0,
      minIntervalMs,
    );
    let published = 0;
    maps.onMap(() => {
      published += 1;
    });
    try {
      maps.watch("paced", state, 1);
      // A vote every 20 ms for 1.5 s: without pacing, a recompute would start after each answer.
      for (let seq = 2; seq < 77; seq++) {
        const voted = {
          seq,
          at: "2026-11-24T09:00:00.000Z",
          actor: { kind: "participant" },
          type: "opinion.voted",
          payload: { stepId, statementId: "s-0", vote: "agree", previous: null },
        } as SessionEvent;
        maps.committed("paced", [{ event: voted, stateAfter: state }]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      maps.close();
      await thread.close();
    }
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.length).toBeLessThanOrEqual(Math.ceil(1500 / minIntervalMs) + 1);
    const gaps = starts.slice(1).map((at, i) => at - (starts[i] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(minIntervalMs - 5);
    expect(published).toBeGreaterThanOrEqual(1);
  });
});
