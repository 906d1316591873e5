import type { DecisionRecord, DecisionSummary, Position } from "@samspel/core";
import { type DiffSegment, wordDiff } from "./word-diff";

export type RecordVersion = DecisionRecord["versions"][number];
export type RecordRound = DecisionRecord["rounds"][number];
export type RecordEntry = RecordRound["entries"][number];
export type RecordObjection = DecisionRecord["objections"][number];

/** One version of the proposal with what happened to it: the record read as a story. */
export interface VersionChapter {
  version: RecordVersion;
  /** Word by word against the version before; null for the first. */
  changes: DiffSegment[] | null;
  /** The upheld objections this version was written to meet. */
  meets: RecordObjection[];
  /** The rounds asked about this version, oldest first. */
  rounds: RecordRound[];
}

/**
 * The proposal's trail, version by version: each wording, how it differs from the one before,
 * which objections it met, and the rounds held on it. A round belongs to the version it asked
 * about, so an amendment starts a new chapter, as it does in the room.
 */
export function chaptersOf(record: DecisionRecord): VersionChapter[] {
  const versions = [...record.versions].sort((a, b) => a.version - b.version);
  return versions.map((version, index) => {
    const previous = versions[index - 1];
    return {
      version,
      changes: previous ? wordDiff(previous.text, version.text) : null,
      meets: record.objections.filter((objection) => objection.integratedIn === version.version),
      rounds: record.rounds.filter((round) => round.version === version.version),
    };
  });
}

/** How many gave each position, in the method's order (consent first, objection last but one). */
export function positionCounts(entries: Array<{ position?: Position | null }>): Array<{
  position: Position;
  count: number;
}> {
  const counts = new Map<Position, number>();
  for (const { position } of entries) {
    if (position) counts.set(position, (counts.get(position) ?? 0) + 1);
  }
  return POSITION_ORDER.flatMap((position) => {
    const count = counts.get(position) ?? 0;
    return count > 0 ? [{ position, count }] : [];
  });
}

const POSITION_ORDER: Position[] = ["consent", "concern", "stand_aside", "objection"];

export interface People {
  lead: string[];
  coFacilitators: string[];
  /** Display names; null for someone who gave none. */
  participants: Array<string | null>;
}

/** Who took part, by role: the lead facilitator is the one who created the session. */
export function peopleOf(record: DecisionRecord): People {
  return {
    lead: record.facilitators.filter((f) => f.lead).map((f) => f.displayName),
    coFacilitators: record.facilitators.filter((f) => !f.lead).map((f) => f.displayName),
    participants: record.participants.map((p) => p.displayName),
  };
}

/** The register's order: the decision taken last on top, as a reader looks for the latest. */
export function newestFirst(decisions: DecisionSummary[]): DecisionSummary[] {
  return [...decisions].sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
}

/** The host of a fact's source link, for a short label; null for a link that is not one. */
export function sourceHost(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
