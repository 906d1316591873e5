import type { SessionEvent } from "@samspel/core";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { syntheticOpinionState } from "../test-support/opinion-votes.js";
import { type MapJob, type MapResult, VoteCells } from "./job.js";
import { OpinionMaps } from "./live-maps.js";
import { MapThread } from "./map-thread.js";

describe("the live opinion map's recompute", () => {
  it("starts from the previous recompute's state, and unchanged votes keep every group", async () => {
    const { state, stepId } = syntheticOpinionState(300, 30, 0.5);
    const thread = new MapThread();
    const jobs: MapJob[] = [];
    const results: MapResult[] = [];
    const maps = new OpinionMaps(
      async (job) => {
        jobs.push({ ...job });
        const result = await thread.compute(job);
        results.push(result);
        return result;
      },
      Fastify({ logger: false }).log,
      0,
    );
    const published = (count: number) =>
      new Promise<void>((resolve) => {
        maps.onMap(() => {
          if (results.length >= count) resolve();
        });
      });
    try {
      const first = published(1);
      maps.watch("warm", state, 1);
      await first;
      // A new statement opens for votes: a recompute, with the same votes as before.
      const second = published(2);
      const submitted = {
        seq: 2,
        at: "2026-11-24T09:05:00.000Z",
        actor: { kind: "facilitator" },
        type: "opinion.submitted",
        payload: { statementId: "s-new", stepId, text: "New", status: "approved" },
      } as SessionEvent;
      maps.committed("warm", [{ event: submitted, stateAfter: state }]);
      await second;
    } finally {
      maps.close();
      await thread.close();
    }
    const [before, after] = results;
    expect(jobs[0]?.warmKey).toBeDefined();
    expect(jobs[1]?.warmKey).toBe(jobs[0]?.warmKey);
    expect(before?.warmStart).toBe(false);
    expect(after?.warmStart).toBe(true);
    expect(after?.k).toBe(before?.k);
    // Same participants in the same canonical order, each in the group it was in.
    expect(after?.participants).toEqual(before?.participants);
    expect(Array.from(after?.groupOf ?? [])).toEqual(Array.from(before?.groupOf ?? []));
  });

  it("keeps each step's state apart in the worker: another key starts cold", async () => {
    const { state, stepId } = syntheticOpinionState(60, 10, 0.5);
    // A job's arrays move to the worker, so every compute gets a fresh one.
    const job = (warmKey: string): MapJob => {
      const made = VoteCells.fromState(state, stepId).job(1);
      if (made === undefined) throw new Error("too few votes to map");
      return { ...made, warmKey };
    };
    const thread = new MapThread();
    try {
      const first = await thread.compute(job(`a\u0000${stepId}`));
      const again = await thread.compute(job(`a\u0000${stepId}`));
      const other = await thread.compute(job(`b\u0000${stepId}`));
      expect([first.warmStart, again.warmStart, other.warmStart]).toEqual([false, true, false]);
      expect(Array.from(other.groupOf)).toEqual(Array.from(first.groupOf));
    } finally {
      await thread.close();
    }
  });
});
