import { z } from "zod";
import { proposalEventSchemas } from "../consent/schema.js";
import { contributionEventSchemas } from "../contributions/schema.js";
import { groupEventSchemas } from "../groups/schema.js";
import { handEventSchemas } from "../hands/schema.js";
import { opinionEventSchemas } from "../opinions/schema.js";
import { participantEventSchemas } from "../participants/schema.js";
import { reactionEventSchemas } from "../reactions/schema.js";
import { roundEventSchemas } from "../rounds/schema.js";
import { stepEventSchemas } from "../steps/schema.js";
import { timerEventSchemas } from "../timers/schema.js";
import { voteEventSchemas } from "../votes/schema.js";
import { type ActingActor, actorRef, actorRefSchema } from "./actor.js";
import { commandIdSchema } from "./commands.js";
import { sessionEventSchemas } from "./schema.js";
import { timestampSchema, withMessage } from "./schema-helpers.js";

/** What `decide` returns: an event before the server has given it its place in the log. */
export const sessionEventDraftSchema = z.discriminatedUnion("type", [
  ...sessionEventSchemas,
  ...stepEventSchemas,
  ...participantEventSchemas,
  ...contributionEventSchemas,
  ...reactionEventSchemas,
  ...groupEventSchemas,
  ...voteEventSchemas,
  ...roundEventSchemas,
  ...handEventSchemas,
  ...timerEventSchemas,
  ...proposalEventSchemas,
  ...opinionEventSchemas,
]);
export type SessionEventDraft = z.infer<typeof sessionEventDraftSchema>;
export type EventType = SessionEventDraft["type"];
export type EventPayload<T extends EventType> = Extract<SessionEventDraft, { type: T }>["payload"];

export const EVENT_TYPES = sessionEventDraftSchema.options.map(
  (option) => option.shape.type.value,
) as EventType[];

/** The fields the server adds when it appends an event to the session's log. */
const eventEnvelopeShape = {
  /** 1, 2, … per session, without gaps. */
  seq: z.number().int().positive(),
  /** When the command was decided (`DecideContext.now`). */
  at: timestampSchema,
  actor: actorRefSchema,
  /** On the first event of a command only. */
  commandId: commandIdSchema.optional(),
};

export const sessionEventSchema = withMessage(sessionEventDraftSchema, eventEnvelopeShape);
export type SessionEvent = z.infer<z.ZodObject<typeof eventEnvelopeShape>> & SessionEventDraft;
export type EventOf<T extends EventType> = Extract<SessionEvent, { type: T }>;

/** An event draft with its payload checked against its type. */
export function eventDraft<T extends EventType>(
  type: T,
  payload: EventPayload<T>,
): SessionEventDraft {
  return { type, payload } as SessionEventDraft;
}

export interface EventStamp {
  /** The seq of the last event already in the log (0 for a new session). */
  lastSeq: number;
  now: Date;
  actor: ActingActor;
  commandId?: string;
}

/**
 * Gives a command's drafts their place in the log, as the server stores them: consecutive seqs,
 * the decide time, the actor, and the command id on the first event only (a retried command is
 * recognised by it once, however many events it produced).
 */
export function stampEvents(
  drafts: readonly SessionEventDraft[],
  stamp: EventStamp,
): SessionEvent[] {
  const at = stamp.now.toISOString();
  const actor = actorRef(stamp.actor);
  return drafts.map((draft, index) => ({
    ...draft,
    seq: stamp.lastSeq + index + 1,
    at,
    actor,
    ...(index === 0 && stamp.commandId !== undefined && { commandId: stamp.commandId }),
  }));
}
