import { parseCsv } from "./csv.js";
import type { TimedVote } from "./replay.js";
import { buildVoteMatrix, type Vote, type VoteCell, type VoteMatrix } from "./vote-matrix.js";

/** The fixed leading columns of Polis's participants-votes.csv; every later column is a statement id. */
const LEADING = ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"];

export interface PolisParticipantsVotes {
  matrix: VoteMatrix;
  /** Polis's own opinion group per participant row; null where Polis did not cluster them. */
  polisGroups: (number | null)[];
}

export class PolisFormatError extends Error {
  readonly code = "polis_format";
}

/** Reads a Polis participants-votes.csv export: 1 agree, -1 disagree, 0 pass, empty not seen. */
export function readParticipantsVotes(text: string): PolisParticipantsVotes {
  const [header, ...body] = parseCsv(text);
  if (!header || LEADING.some((name, i) => header[i] !== name)) {
    throw new PolisFormatError(`expected the columns ${LEADING.join(",")} first`);
  }
  const statements = header.slice(LEADING.length);
  const participants: string[] = [];
  const polisGroups: (number | null)[] = [];
  const cells: VoteCell[] = [];
  for (const row of body) {
    if (row.length === 1 && row[0] === "") continue; // blank trailing line
    const participant = participants.length;
    participants.push(row[0] ?? "");
    const group = row[1] ?? "";
    polisGroups.push(group === "" ? null : Number(group));
    for (let j = 0; j < statements.length; j++) {
      const cell = row[LEADING.length + j] ?? "";
      if (cell === "") continue;
      const vote = Number(cell);
      if (vote !== 1 && vote !== -1 && vote !== 0) {
        throw new PolisFormatError(`participant ${row[0]}: vote "${cell}" is not 1, -1 or 0`);
      }
      cells.push({ participant, statement: j, vote: vote as Vote });
    }
  }
  return { matrix: buildVoteMatrix(participants, statements, cells), polisGroups };
}

export interface PolisComment {
  id: string;
  text: string;
  /** Polis moderation: 1 accepted, 0 unmoderated, -1 moderated out. */
  moderated: number;
}

/** Reads a Polis comments.csv export (comment-id, moderated, comment-body). */
export function readComments(text: string): PolisComment[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  const id = header.indexOf("comment-id");
  const moderated = header.indexOf("moderated");
  const bodyAt = header.indexOf("comment-body");
  if (id < 0 || moderated < 0 || bodyAt < 0) {
    throw new PolisFormatError("expected comment-id, moderated and comment-body columns");
  }
  return body
    .filter((row) => row.length > 1)
    .map((row) => ({
      id: row[id] ?? "",
      text: row[bodyAt] ?? "",
      moderated: Number(row[moderated] ?? 0),
    }));
}

/**
 * Reads a Polis votes.csv export (timestamp, comment-id, voter-id, vote; 1 agree, -1 disagree,
 * 0 pass, as in participants-votes.csv): every vote cast, in time, for replaying the live map.
 */
export function readVotes(text: string): TimedVote[] {
  const [header, ...body] = parseCsv(text);
  const at = header?.indexOf("timestamp") ?? -1;
  const statement = header?.indexOf("comment-id") ?? -1;
  const participant = header?.indexOf("voter-id") ?? -1;
  const voteAt = header?.indexOf("vote") ?? -1;
  if (at < 0 || statement < 0 || participant < 0 || voteAt < 0) {
    throw new PolisFormatError("expected timestamp, comment-id, voter-id and vote columns");
  }
  return body
    .filter((row) => row.length > 1)
    .map((row) => {
      const vote = Number(row[voteAt]);
      if (vote !== 1 && vote !== -1 && vote !== 0) {
        throw new PolisFormatError(
          `voter ${row[participant]}: vote "${row[voteAt]}" is not 1, -1 or 0`,
        );
      }
      return {
        participant: row[participant] ?? "",
        statement: row[statement] ?? "",
        vote: vote as Vote,
        at: Number(row[at]),
      };
    });
}
