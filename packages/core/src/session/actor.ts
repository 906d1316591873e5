import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";

/**
 * Who is acting. Facilitators are organisation members (admins and facilitators); a session may
 * have several (co-facilitators), and the server decides who may facilitate: core checks only
 * `kind`. Participants join by code and are known by an opaque id. Observers (a wall screen)
 * only read.
 */
export type Actor =
  | { kind: "facilitator"; userId: string; displayName: string }
  | { kind: "participant"; participantId: string }
  | { kind: "observer" };

/** An actor that may issue commands: observers never act. */
export type ActingActor = Exclude<Actor, { kind: "observer" }>;

/**
 * Who acted, as stored on an event: `id` is the userId or participantId. Redaction removes `id`
 * where the anonymity mode hides who did something, so it is optional on the wire.
 */
export const actorRefSchema = z.strictObject({
  kind: z.enum(["facilitator", "participant"]),
  id: idSchema.optional(),
});
export type ActorRef = z.infer<typeof actorRefSchema>;

export function actorRef(actor: ActingActor): ActorRef {
  return actor.kind === "facilitator"
    ? { kind: "facilitator", id: actor.userId }
    : { kind: "participant", id: actor.participantId };
}

export const VIEWER_CLASSES = ["facilitator", "participant", "observer"] as const;

/**
 * Who is looking. Fan-out redacts once per class (no `participantId`); the HTTP snapshot and the
 * answer to a participant's own command may be personalised with their `participantId`.
 */
export const viewerSchema = z.strictObject({
  class: z.enum(VIEWER_CLASSES),
  participantId: idSchema.optional(),
});
export type Viewer = z.infer<typeof viewerSchema>;

/** What `decide` may not find out by itself: pure code reads no clock and draws no randomness. */
export interface DecideContext {
  /** Server time: events carry it, reducers never read a clock. */
  now: Date;
  /** Ids of new things (steps, contributions, groups, rounds) are minted here. */
  newId(): string;
}
