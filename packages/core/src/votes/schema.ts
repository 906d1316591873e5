import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { messageSchema } from "../session/schema-helpers.js";

/** Dots go on a contribution or on a group (a theme, in "discover new insights"). */
export const voteTargetSchema = z.strictObject({
  kind: z.enum(["contribution", "group"]),
  id: idSchema,
});
export type VoteTarget = z.infer<typeof voteTargetSchema>;

/** `participantId` is absent where the anonymity mode hides who voted. */
const voteEventPayload = {
  stepId: idSchema,
  target: voteTargetSchema,
  participantId: idSchema.optional(),
};

export const voteCommandSchemas = [
  messageSchema("vote.cast", { target: voteTargetSchema }),
  messageSchema("vote.retract", { target: voteTargetSchema }),
] as const;

export const voteEventSchemas = [
  messageSchema("vote.recorded", voteEventPayload),
  messageSchema("vote.retracted", voteEventPayload),
] as const;
