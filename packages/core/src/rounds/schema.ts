import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { messageSchema } from "../session/schema-helpers.js";

/** A town hall's worth: larger groups speak in smaller circles, not one round. */
export const MAX_ROUND_TURNS = 5_000;
export const MAX_TURN_SECONDS = 3_600;

export const TURN_OUTCOMES = ["spoke", "passed", "interrupted"] as const;
export type TurnOutcome = (typeof TURN_OUTCOMES)[number];

export const ROUND_END_REASONS = ["completed", "ended_by_facilitator", "session_closed"] as const;
export type RoundEndReason = (typeof ROUND_END_REASONS)[number];

const turnRef = {
  roundId: idSchema,
  turn: z
    .number()
    .int()
    .min(0)
    .max(MAX_ROUND_TURNS - 1),
};

export const roundCommandSchemas = [
  messageSchema("round.start", {
    /** The speaking order; without it, everyone who may take part (ground rules acknowledged), in join order. */
    participantIds: z
      .array(idSchema)
      .min(1)
      .max(MAX_ROUND_TURNS)
      .refine((ids) => new Set(ids).size === ids.length, "Each participant once")
      .optional(),
    turnSeconds: z.number().int().min(1).max(MAX_TURN_SECONDS).optional(),
  }),
  // `turn` names the turn the sender means to end, so a double tap (or two co-facilitators
  // tapping at once) cannot end the next speaker's turn as well.
  messageSchema("round.end_turn", turnRef),
  messageSchema("round.pass", turnRef),
  messageSchema("round.end", { roundId: idSchema }),
] as const;

export const roundEventSchemas = [
  messageSchema("round.started", {
    roundId: idSchema,
    stepId: idSchema.nullable(),
    participantIds: z.array(idSchema),
    turnSeconds: z.number().int().positive().nullable(),
  }),
  messageSchema("round.turn_ended", {
    ...turnRef,
    participantId: idSchema,
    outcome: z.enum(["spoke", "passed"]),
  }),
  messageSchema("round.ended", { roundId: idSchema, reason: z.enum(ROUND_END_REASONS) }),
] as const;
