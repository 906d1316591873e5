import type { FlowError, FlowErrorCode } from "../errors.js";
import { CodedColumn, GrowableArray } from "./dictionary.js";
import { SKIPPED_DETAIL_LIMIT, type TransitionCounts } from "./report.js";
import { codedBatchColumn, type XesBatch } from "./xes-batch.js";
import { CASE_PREFIX, type XesMapping } from "./xes-mapping.js";
import type { ScannedAttributes, ScannedTrace } from "./xes-scan.js";
import { parseXesDate } from "./xes-timestamp.js";

/** A skipped event or trace, located by character offset until the file is scanned for lines. */
export interface PendingSkip {
  offset: number;
  error: Omit<FlowError, "line" | "column">;
}

/** Events in columns, strings as dictionary codes, ready for DuckDB's appender. */
export class EventColumns {
  readonly caseId = new CodedColumn();
  readonly activity = new CodedColumn();
  readonly resource = new CodedColumn();
  readonly unit = new CodedColumn();
  readonly timestampMs = new GrowableArray((length) => new Float64Array(length), 0);
  /** NaN where the event has no start. */
  readonly startMs = new GrowableArray((length) => new Float64Array(length), Number.NaN);
  /** Attribute key -> column; a key first seen late has no value (-1) in earlier rows. */
  readonly attributes = new Map<string, CodedColumn>();
  /** File row number of the batch's first row. */
  private firstRow = 0;
  length = 0;

  setAttribute(row: number, key: string, value: string): void {
    let column = this.attributes.get(key);
    if (column === undefined) {
      column = new CodedColumn();
      this.attributes.set(key, column);
    }
    column.set(row, value);
  }

  /**
   * The rows so far as a batch, and empty again. Dictionaries are kept, so codes stay valid
   * across batches; each batch carries the values its dictionaries gained.
   */
  takeBatch(): XesBatch {
    const { length } = this;
    const columns = [
      this.caseId,
      this.activity,
      this.resource,
      this.unit,
      ...this.attributes.values(),
    ];
    const batch: XesBatch = {
      firstRow: this.firstRow,
      length,
      timestampMs: this.timestampMs.take(length),
      startMs: this.startMs.take(length),
      columns: columns.map((column) => codedBatchColumn(column, length)),
      attributeKeys: [...this.attributes.keys()],
    };
    this.firstRow += length;
    this.length = 0;
    return batch;
  }
}

/**
 * Turns scanned traces into event rows. Lifecycle transitions are paired as pm4py's interval
 * conversion does: a `complete` takes the earliest open `start` of the same activity in the same
 * case (first in, first out) as its start time; a `complete` without a start has none; other
 * transitions (schedule, assign, suspend, ...) are counted and left out.
 */
export class XesRowBuilder {
  readonly rows = new EventColumns();
  readonly transitions: TransitionCounts = {
    starts: 0,
    completes: 0,
    paired: 0,
    unmatchedStarts: 0,
    ignored: {},
  };
  readonly skips: PendingSkip[] = [];
  readonly skippedByCode: Partial<Record<FlowErrorCode, number>> = {};
  skipped = 0;
  eventsRead = 0;
  hasResource = false;
  hasUnit = false;

  /** Attribute key -> the role it plays, for the one-pass lookup per event. */
  private readonly roleOf: Map<string, keyof XesMapping>;

  constructor(private readonly mapping: XesMapping) {
    const roles = Object.entries(mapping) as [keyof XesMapping, string][];
    this.roleOf = new Map(roles.map(([role, key]) => [key, role]));
  }

  addTrace(trace: ScannedTrace): void {
    const caseId = attributeValue(trace, "concept:name");
    if (caseId === undefined || caseId === "") {
      this.eventsRead += trace.events.length;
      for (const event of trace.events) {
        this.skip(event.offset, "missing_case_id", "The trace has no concept:name (case id).");
      }
      return;
    }
    const openStarts = new Map<string, number[]>();
    for (const event of trace.events) {
      this.eventsRead += 1;
      this.addEvent(caseId, trace, event, openStarts);
    }
    for (const starts of openStarts.values()) this.transitions.unmatchedStarts += starts.length;
  }

  private addEvent(
    caseId: string,
    trace: ScannedTrace,
    event: ScannedAttributes,
    openStarts: Map<string, number[]>,
  ): void {
    const { mapping } = this;
    const found = this.roles(event);
    if (found.activity === undefined || found.activity === "") {
      this.skip(event.offset, "missing_activity", `The event has no ${mapping.activity}.`);
      return;
    }
    if (found.timestamp === undefined) {
      this.skip(event.offset, "missing_timestamp", `The event has no ${mapping.timestamp}.`);
      return;
    }
    const time = parseXesDate(found.timestamp);
    if (Number.isNaN(time)) {
      this.skip(event.offset, "invalid_timestamp", `'${found.timestamp}' is not an xs:dateTime.`, {
        expected: "an xs:dateTime such as 2012-10-09T14:50:17+02:00",
        found: found.timestamp,
      });
      return;
    }
    const transition = (found.lifecycle ?? "complete").toLowerCase();
    if (transition === "start") {
      this.transitions.starts += 1;
      const starts = openStarts.get(found.activity);
      if (starts) starts.push(time);
      else openStarts.set(found.activity, [time]);
      return;
    }
    if (transition !== "complete") {
      this.transitions.ignored[transition] = (this.transitions.ignored[transition] ?? 0) + 1;
      return;
    }
    this.transitions.completes += 1;
    const start = openStarts.get(found.activity)?.shift();
    if (start !== undefined) this.transitions.paired += 1;
    const unit = mapping.unit.startsWith(CASE_PREFIX)
      ? attributeValue(trace, mapping.unit.slice(CASE_PREFIX.length))
      : found.unit;
    this.append(caseId, found.activity, time, start ?? null, found.resource, unit, trace, event);
  }

  /** The mapped attributes of an event, found in one pass over its keys. */
  private roles(event: ScannedAttributes): Partial<Record<keyof XesMapping, string>> {
    const found: Partial<Record<keyof XesMapping, string>> = {};
    const { keys, values } = event;
    for (let index = 0; index < keys.length; index += 1) {
      const role = this.roleOf.get(keys[index] as string);
      if (role !== undefined) found[role] = values[index] as string;
    }
    return found;
  }

  private append(
    caseId: string,
    activity: string,
    time: number,
    start: number | null,
    resource: string | undefined,
    unit: string | undefined,
    trace: ScannedTrace,
    event: ScannedAttributes,
  ): void {
    const { rows } = this;
    const row = rows.length;
    rows.length += 1;
    rows.caseId.set(row, caseId);
    rows.activity.set(row, activity);
    rows.resource.set(row, resource);
    rows.unit.set(row, unit);
    rows.timestampMs.set(row, time);
    if (start !== null) rows.startMs.set(row, start);
    this.hasResource ||= resource !== undefined;
    this.hasUnit ||= unit !== undefined;
    const { keys, values } = event;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      if (!this.roleOf.has(key)) rows.setAttribute(row, key, values[index] as string);
    }
    for (let index = 0; index < trace.keys.length; index += 1) {
      const key = trace.keys[index] as string;
      if (key !== "concept:name") {
        rows.setAttribute(row, `${CASE_PREFIX}${key}`, trace.values[index] as string);
      }
    }
  }

  private skip(
    offset: number,
    code: FlowErrorCode,
    message: string,
    extra: Partial<FlowError> = {},
  ): void {
    this.skipped += 1;
    this.skippedByCode[code] = (this.skippedByCode[code] ?? 0) + 1;
    if (this.skips.length < SKIPPED_DETAIL_LIMIT)
      this.skips.push({ offset, error: { code, message, ...extra } });
  }
}

function attributeValue(element: ScannedAttributes, key: string): string | undefined {
  const index = element.keys.indexOf(key);
  return index === -1 ? undefined : element.values[index];
}
