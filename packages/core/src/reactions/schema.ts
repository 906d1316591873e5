import { idSchema } from "../accounts/schemas.js";
import { reactionSchema } from "../contributions/schema.js";
import { messageSchema } from "../session/schema-helpers.js";

const reactionPayload = { contributionId: idSchema, reaction: reactionSchema };
/** `participantId` is absent where the anonymity mode hides who reacted. */
const reactionEventPayload = { ...reactionPayload, participantId: idSchema.optional() };

export const reactionCommandSchemas = [messageSchema("reaction.toggle", reactionPayload)] as const;

// Two events, not one "toggled": a viewer who may not know who reacted could not tell on from off.
export const reactionEventSchemas = [
  messageSchema("reaction.added", reactionEventPayload),
  messageSchema("reaction.removed", reactionEventPayload),
] as const;
