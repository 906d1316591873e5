import { createHmac, randomBytes } from "node:crypto";
import {
  alignOpinionMap,
  type ComputedOpinionMap,
  type OpinionMapView,
  presentOpinionMap,
  type SessionState,
} from "@samspel/core";
import type { FastifyBaseLogger } from "fastify";
import type { Committed } from "../sessions/runtime.js";
import { VoteCells } from "./job.js";
import type { ComputeMap } from "./map-thread.js";

/** Votes come in bursts; one map after the burst is worth more than one per vote. */
export const DEFAULT_DEBOUNCE_MS = 500;

/**
 * Recomputes of one session start at least this far apart. The wall takes 900 ms to move the
 * dots to a new map, so a faster map is not seen, yet each one costs the thread that answers
 * commands its share (the job's copy, the answer, presenting 10,000 dots, serialising them for
 * the screens): under continuous voting at a town hall that share is what raised the commands'
 * p99.
 */
export const MIN_RECOMPUTE_INTERVAL_MS = 1000;

/** Events after which the map may differ: votes, statements opening for votes, a new step. */
const RECOMPUTING = new Set([
  "opinion.voted",
  "opinion.submitted",
  "opinion.moderated",
  "step.started",
]);

type MapListener = (sessionId: string, map: OpinionMapView) => void;

interface SessionMaps {
  /** The newest state seen: a recompute always takes it, whatever came before. */
  state: SessionState;
  seq: number;
  /** The current step's votes, kept up to date event by event; rebuilt when the step changes. */
  cells: VoteCells | undefined;
  timer: NodeJS.Timeout | undefined;
  inFlight: boolean;
  /** When the last recompute started (performance.now()), for MIN_RECOMPUTE_INTERVAL_MS. */
  startedAt: number;
  /** Votes arrived while a recompute ran: run again when it ends. */
  stale: boolean;
  computed: ComputedOpinionMap | undefined;
  view: OpinionMapView | undefined;
  /** Dot ids by participant id: an HMAC each, worth computing once per participant, not per map. */
  dotIds: Map<string, string>;
}

/**
 * The live opinion map of each session with viewers on this instance: derived data, never an
 * event. After votes arrive it waits `debounceMs` (and until `minIntervalMs` after the last
 * start), then computes off the main thread; at most one computation runs per session, and what
 * arrived meanwhile coalesces into one more run on the newest state (only the latest matrix
 * matters).
 *
 * Several instances: each computes for the sessions it has viewers of, from the same log with a
 * fixed seed, so they reach the same groups and positions for the same votes. Only the dots'
 * opaque ids differ between instances (each keys them with its own secret), so a browser that
 * reconnects to another instance sees its dots re-keyed once; nothing identifies anyone either way.
 */
export class OpinionMaps {
  private readonly sessions = new Map<string, SessionMaps>();
  private readonly listeners: MapListener[] = [];
  private readonly secret = randomBytes(32);
  private closed = false;

  constructor(
    private readonly compute: ComputeMap,
    private readonly log: FastifyBaseLogger,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
    private readonly minIntervalMs = MIN_RECOMPUTE_INTERVAL_MS,
  ) {}

  onMap(listener: MapListener): void {
    this.listeners.push(listener);
  }

  /** The latest map of the session's current step, for a viewer who just arrived. */
  latest(sessionId: string): OpinionMapView | undefined {
    return this.sessions.get(sessionId)?.view;
  }

  /** Committed events of a session someone here is watching. */
  committed(sessionId: string, committed: readonly Committed[]): void {
    const last = committed.at(-1);
    if (last === undefined) return;
    const entry = this.observe(sessionId, last.stateAfter, last.event.seq);
    for (const { event } of committed) {
      if (event.type === "step.started") entry.cells = undefined;
      if (event.type !== "opinion.voted" || entry.cells?.stepId !== event.payload.stepId) continue;
      const { participantId, statementId, vote } = event.payload;
      if (participantId !== undefined) entry.cells.add(participantId, statementId, vote);
    }
    if (committed.some((c) => RECOMPUTING.has(c.event.type))) this.schedule(sessionId, entry);
    else if (committed.some((c) => c.event.type === "opinion.name_shown"))
      this.rename(sessionId, entry);
  }

  /** A viewer arrived: make sure there is a map for what the session holds already. */
  watch(sessionId: string, state: SessionState, seq: number): void {
    const entry = this.observe(sessionId, state, seq);
    if (entry.computed === undefined && !entry.inFlight) this.schedule(sessionId, entry);
  }

  /** Nobody here watches the session any more. */
  forget(sessionId: string): void {
    clearTimeout(this.sessions.get(sessionId)?.timer);
    this.sessions.delete(sessionId);
  }

  close(): void {
    this.closed = true;
    for (const id of [...this.sessions.keys()]) this.forget(id);
  }

  private observe(sessionId: string, state: SessionState, seq: number): SessionMaps {
    let entry = this.sessions.get(sessionId);
    if (entry === undefined) {
      entry = {
        state,
        seq,
        cells: undefined,
        timer: undefined,
        inFlight: false,
        startedAt: Number.NEGATIVE_INFINITY,
        stale: false,
        computed: undefined,
        view: undefined,
        dotIds: new Map(),
      };
      this.sessions.set(sessionId, entry);
    } else if (seq >= entry.seq) {
      entry.state = state;
      entry.seq = seq;
    }
    return entry;
  }

  private schedule(sessionId: string, entry: SessionMaps): void {
    if (this.closed) return;
    if (entry.inFlight) {
      entry.stale = true;
      return;
    }
    const paced = entry.startedAt + this.minIntervalMs - performance.now();
    entry.timer ??= setTimeout(
      () => {
        entry.timer = undefined;
        void this.recompute(sessionId, entry);
      },
      Math.max(this.debounceMs, paced),
    );
  }

  private async recompute(sessionId: string, entry: SessionMaps): Promise<void> {
    const { currentStepId, steps } = entry.state;
    const step = currentStepId === null ? undefined : steps[currentStepId];
    if (step?.settings.opinionMap == null) return;
    if (entry.cells?.stepId !== step.id) entry.cells = VoteCells.fromState(entry.state, step.id);
    const job = entry.cells.job(entry.seq);
    if (job === undefined) return;
    // Each recompute of a step starts from the last one (Polis's update loop), so groups keep
    // their identity and the axes their orientation while votes come in, and it converges faster.
    job.warmKey = `${sessionId}\u0000${step.id}`;
    entry.inFlight = true;
    entry.startedAt = performance.now();
    entry.stale = false;
    try {
      const { warmStart, ...result } = await this.compute(job);
      this.log.debug({ sessionId, stepId: job.stepId, warmStart }, "opinion map computed");
      if (this.closed || this.sessions.get(sessionId) !== entry) return;
      entry.computed = {
        ...result,
        stepId: job.stepId,
        seq: job.seq,
        computedAt: new Date().toISOString(),
      };
      this.publish(sessionId, entry);
    } catch (error) {
      this.log.warn({ err: error, sessionId }, "could not compute the opinion map");
    } finally {
      entry.inFlight = false;
      if (entry.stale && !this.closed) this.schedule(sessionId, entry);
    }
  }

  /** Names changed, votes did not: the same map with the names as they now stand. */
  private rename(sessionId: string, entry: SessionMaps): void {
    if (entry.computed !== undefined) this.publish(sessionId, entry);
  }

  private publish(sessionId: string, entry: SessionMaps): void {
    if (entry.computed === undefined) return;
    const view = alignOpinionMap(
      entry.view,
      presentOpinionMap(entry.computed, entry.state, (participantId) => {
        let id = entry.dotIds.get(participantId);
        if (id === undefined) {
          id = this.opaque(sessionId, participantId);
          entry.dotIds.set(participantId, id);
        }
        return id;
      }),
    );
    entry.view = view;
    for (const listener of this.listeners) listener(sessionId, view);
  }

  /** Keyed with a secret: the participant list is public, so a plain hash would be reversible. */
  private opaque(sessionId: string, participantId: string): string {
    return createHmac("sha256", this.secret)
      .update(`${sessionId}\0${participantId}`)
      .digest("base64url")
      .slice(0, 16);
  }
}
