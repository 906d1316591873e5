import type { Viewer } from "../session/actor.js";
import type { EventOf, SessionEvent } from "../session/events.js";
import type { IdMap } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";
import { seesIdentities, selfOf } from "../session/viewer.js";
import type { OpinionVote, Statement } from "./schema.js";

/**
 * One statement as `viewer` may see it: its text once approved (before that, and after a
 * rejection, only facilitators and its author read it); a participant author only where the
 * anonymity mode allows, else `mine: true` for the author; a facilitator author always.
 */
export function redactStatement(
  statement: Statement,
  viewer: Viewer,
  state: SessionState,
): Statement {
  const { text, author, mine: _mine, ...rest } = statement;
  const self = selfOf(viewer);
  const mine = self !== undefined && author?.kind === "participant" && author.id === self;
  const readable = statement.status === "approved" || viewer.class === "facilitator" || mine;
  const named =
    author !== undefined &&
    readable &&
    (author.kind === "facilitator" || mine || seesIdentities(viewer, state.anonymity));
  return {
    ...rest,
    ...(text !== undefined && readable && { text }),
    ...(named && { author }),
    ...(mine && { mine: true as const }),
  };
}

export function redactStatements(
  statements: Record<string, Statement>,
  viewer: Viewer,
  state: SessionState,
): Record<string, Statement> {
  const seen: Record<string, Statement> = {};
  for (const [id, statement] of Object.entries(statements)) {
    seen[id] = redactStatement(statement, viewer, state);
  }
  return seen;
}

/**
 * Opinion votes are a secret ballot in every mode, facilitators included: the map is the only
 * view of them, so that a named dot on it is named by its owner's choice alone. Each viewer keeps
 * their own votes (their phone routes the next statement from them).
 */
export function ownOpinionVotes(
  votes: SessionState["opinionVotes"],
  self: string | undefined,
): SessionState["opinionVotes"] {
  const own: SessionState["opinionVotes"] = {};
  if (self === undefined) return own;
  for (const [stepId, byParticipant] of Object.entries(votes)) {
    const mine = byParticipant.map((bucket) =>
      Object.hasOwn(bucket, self) ? { [self]: bucket[self] as Record<string, OpinionVote> } : {},
    );
    if (mine.some((bucket) => Object.keys(bucket).length > 0))
      own[stepId] = mine as IdMap<Record<string, OpinionVote>>;
  }
  return own;
}

type Redaction<T extends SessionEvent["type"]> = (
  event: EventOf<T>,
  viewer: Viewer,
  state: SessionState,
) => SessionEvent;

const submitted: Redaction<"opinion.submitted"> = (event, viewer, state) => {
  const { statementId, stepId, status } = event.payload;
  const current = state.statements[statementId];
  // The status at the time of the event, with what the viewer may read of the statement now.
  const view = current && redactStatement({ ...current, status }, viewer, state);
  const { text, author, mine } = view ?? {};
  return {
    ...event,
    payload: {
      statementId,
      stepId,
      status,
      ...(text !== undefined && { text }),
      ...(author !== undefined && { author }),
      ...(mine !== undefined && { mine }),
    },
  };
};

/** An approval tells peers what they may now read; a rejection tells them nothing more. */
const moderated: Redaction<"opinion.moderated"> = (event, viewer, state) => {
  const { statementId, status } = event.payload;
  const current = state.statements[statementId];
  if (viewer.class === "facilitator" || current === undefined) return event;
  const { text, author } = redactStatement({ ...current, status }, viewer, state);
  return {
    ...event,
    payload: {
      statementId,
      status,
      ...(text !== undefined && { text }),
      ...(author !== undefined && { author }),
    },
  };
};

const voted: Redaction<"opinion.voted"> = (event, viewer) => {
  if (event.payload.participantId === selfOf(viewer)) return event;
  const { commandId: _commandId, actor: _actor, ...rest } = event;
  const { participantId: _participantId, ...payload } = event.payload;
  return { ...rest, actor: { kind: "participant" }, payload };
};

export const opinionRedactions = {
  "opinion.submitted": submitted,
  "opinion.moderated": moderated,
  "opinion.voted": voted,
};
