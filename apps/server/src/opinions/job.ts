import {
  type ComputedOpinionMap,
  type OpinionVote,
  opinionVotesOf,
  type SessionState,
  statementsOf,
} from "@samspel/core";

/**
 * One recompute's input, in typed arrays so it crosses to the worker without being copied
 * cell by cell: participant row, statement column and vote (1 agree, -1 disagree, 0 pass). A
 * pair may appear more than once (a changed vote): the later cell wins.
 */
export interface MapJob {
  stepId: string;
  seq: number;
  participants: string[];
  statements: string[];
  rows: Int32Array<ArrayBuffer>;
  columns: Int32Array<ArrayBuffer>;
  values: Int8Array<ArrayBuffer>;
  /**
   * Names the session's step: the worker keeps the last recompute's clustering state under this
   * key and starts the next recompute of the same key from it (warm start). The state stays in
   * the worker because at a town hall it holds 10,000 participant ids: carried to the main thread
   * and back on every recompute, it cost the event loop a copy each way and a young-generation
   * collection full of survivors, time the commands waited.
   */
  warmKey?: string | undefined;
}

/**
 * What the worker answers: the computed map without the fields the caller adds, and whether it
 * started from the state kept under the job's `warmKey`.
 */
export type MapResult = Omit<ComputedOpinionMap, "stepId" | "seq" | "computedAt"> & {
  warmStart: boolean;
};

/**
 * What crosses back from the worker: typed arrays (moved, not copied) and the canonical order
 * as indexes into the job's own id lists, so the main thread deserialises no 10,000 strings.
 */
export interface WorkerResult
  extends Omit<MapResult, "participants" | "statements" | "projection" | "groupOf"> {
  /** Canonical row -> index into `job.participants`; likewise for columns and statements. */
  participantOrder: Int32Array<ArrayBuffer>;
  statementOrder: Int32Array<ArrayBuffer>;
  projection: Float64Array<ArrayBuffer>;
  groupOf: Int32Array<ArrayBuffer>;
}

/** The worker's answer with the ids put back, in the canonical order it computed in. */
export function resultOf(
  job: Pick<MapJob, "participants" | "statements">,
  answer: WorkerResult,
): MapResult {
  const { participantOrder, statementOrder, ...rest } = answer;
  return {
    ...rest,
    participants: Array.from(participantOrder, (i) => job.participants[i] ?? ""),
    statements: Array.from(statementOrder, (i) => job.statements[i] ?? ""),
  };
}

const VOTE_VALUE = { agree: 1, disagree: -1, pass: 0 } as const;

/** Below this the map says nothing a glance at the votes would not: no groups to find. */
export const MIN_MAP_PARTICIPANTS = 4;
export const MIN_MAP_STATEMENTS = 2;

/**
 * A step's votes as they arrive, kept beside the state so that a recompute copies three typed
 * arrays instead of walking every participant's votes on the main thread (130–250 ms for a
 * town hall of 500,000 votes, time the commands would wait). Only approved statements take
 * votes, so every statement here is one the map may show.
 */
export class VoteCells {
  readonly participants: string[] = [];
  readonly statements: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly columnOf = new Map<string, number>();
  private rows = new Int32Array(1024);
  private columns = new Int32Array(1024);
  private values = new Int8Array(1024);
  private length = 0;

  constructor(readonly stepId: string) {}

  /** Every vote the state holds for the step: once, when a session is first watched. */
  static fromState(state: SessionState, stepId: string): VoteCells {
    const cells = new VoteCells(stepId);
    const approved = new Set(
      statementsOf(state, stepId)
        .filter((s) => s.status === "approved")
        .map((s) => s.id),
    );
    for (const participantId of state.participantOrder) {
      for (const [statementId, vote] of Object.entries(
        opinionVotesOf(state, stepId, participantId),
      )) {
        if (approved.has(statementId)) cells.add(participantId, statementId, vote);
      }
    }
    return cells;
  }

  add(participantId: string, statementId: string, vote: OpinionVote): void {
    if (this.length === this.rows.length) this.grow();
    this.rows[this.length] = indexIn(this.rowOf, this.participants, participantId);
    this.columns[this.length] = indexIn(this.columnOf, this.statements, statementId);
    this.values[this.length] = VOTE_VALUE[vote];
    this.length += 1;
  }

  /** The job for the votes so far, or undefined while there is too little to map. */
  job(seq: number): MapJob | undefined {
    if (this.participants.length < MIN_MAP_PARTICIPANTS) return undefined;
    if (this.statements.length < MIN_MAP_STATEMENTS) return undefined;
    return {
      stepId: this.stepId,
      seq,
      participants: [...this.participants],
      statements: [...this.statements],
      rows: this.rows.slice(0, this.length),
      columns: this.columns.slice(0, this.length),
      values: this.values.slice(0, this.length),
    };
  }

  private grow(): void {
    const size = this.rows.length * 2;
    const rows = new Int32Array(size);
    rows.set(this.rows);
    const columns = new Int32Array(size);
    columns.set(this.columns);
    const values = new Int8Array(size);
    values.set(this.values);
    this.rows = rows;
    this.columns = columns;
    this.values = values;
  }
}

function indexIn(index: Map<string, number>, ids: string[], id: string): number {
  let at = index.get(id);
  if (at === undefined) {
    at = ids.length;
    index.set(id, at);
    ids.push(id);
  }
  return at;
}
