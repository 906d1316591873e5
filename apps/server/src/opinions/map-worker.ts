import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import {
  buildVoteMatrix,
  type OpinionGroupsState,
  opinionMap,
  type Vote,
  type VoteCell,
} from "@samspel/insight";
import type { MapJob, WorkerResult } from "./job.js";

/*
 * Runs packages/insight's opinion map off the main thread, one job at a time: the event loop
 * that answers commands never waits for a PCA or a k-means.
 */

/** Same votes, same map, on every instance: the wall must not jump for no reason in the data. */
const SEED = 1;

/**
 * The last clustering state per session step (MapJob.warmKey), oldest first. Bounded: a step
 * nobody recomputes any more falls out, and its next recompute starts cold, as after a restart.
 */
const warmStates = new Map<string, OpinionGroupsState>();
const WARM_STATES_KEPT = 64;

function remember(key: string, state: OpinionGroupsState): void {
  warmStates.delete(key);
  warmStates.set(key, state);
  for (const oldest of warmStates.keys()) {
    if (warmStates.size <= WARM_STATES_KEPT) break;
    warmStates.delete(oldest);
  }
}

/**
 * Rows and columns in id order, whatever order the votes arrived in: the clustering starts
 * from the first points, so every instance must see the same matrix for the same votes.
 */
function canonical(ids: readonly string[]): {
  sorted: string[];
  to: Int32Array;
  order: Int32Array<ArrayBuffer>;
} {
  const order = ids.map((_, i) => i).sort((a, b) => ((ids[a] ?? "") < (ids[b] ?? "") ? -1 : 1));
  const to = new Int32Array(ids.length);
  order.forEach((from, at) => {
    to[from] = at;
  });
  return { sorted: order.map((i) => ids[i] ?? ""), to, order: Int32Array.from(order) };
}

function compute(job: MapJob): WorkerResult {
  const participants = canonical(job.participants);
  const statements = canonical(job.statements);
  const cells: VoteCell[] = Array.from(job.rows, (row, i) => ({
    participant: participants.to[row] ?? 0,
    statement: statements.to[job.columns[i] ?? 0] ?? 0,
    vote: (job.values[i] ?? 0) as Vote,
  }));
  const matrix = buildVoteMatrix(participants.sorted, statements.sorted, cells);
  const previous = job.warmKey === undefined ? undefined : warmStates.get(job.warmKey);
  const map = opinionMap(matrix, { seed: SEED, previous });
  if (job.warmKey !== undefined) remember(job.warmKey, map.state);
  return {
    warmStart: previous !== undefined,
    votes: matrix.values.length,
    participantOrder: participants.order,
    statementOrder: statements.order,
    projection: Float64Array.from(map.projection),
    groupOf: Int32Array.from(map.groupOf),
    k: map.k,
    representative: map.representative.map((group) =>
      group.map(({ statement, repfulFor, probability }) => ({ statement, repfulFor, probability })),
    ),
    commonGround: map.commonGround.map(({ statement, agreeByGroup }) => ({
      statement,
      agreeByGroup,
    })),
    divisive: map.divisive.map(({ statement, agreeByGroup, disagreeByGroup }) => ({
      statement,
      agreeByGroup,
      disagreeByGroup,
    })),
  };
}

// On Linux a nice value belongs to the thread that sets it: this makes the math yield the CPU
// to the main thread (commands, fan-out) whenever both want it. Elsewhere it may not apply.
try {
  setPriority(19);
} catch {
  // Not permitted here: the map is still off the main thread, only not deprioritised.
}

parentPort?.on("message", (job: MapJob) => {
  try {
    const result = compute(job);
    const { participantOrder, statementOrder, projection, groupOf } = result;
    parentPort?.postMessage({ ok: true, result }, [
      participantOrder.buffer,
      statementOrder.buffer,
      projection.buffer,
      groupOf.buffer,
    ]);
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: String(error) });
  }
});
