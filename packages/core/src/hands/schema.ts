import { idSchema } from "../accounts/schemas.js";
import { messageSchema } from "../session/schema-helpers.js";

const participantRef = { participantId: idSchema };

export const handCommandSchemas = [
  messageSchema("hand.raise", {}),
  /** A participant lowers their own hand; a facilitator names whose. */
  messageSchema("hand.lower", { participantId: idSchema.optional() }),
  /** Without `participantId`, to the first raised hand in the queue. */
  messageSchema("hand.give_floor", { participantId: idSchema.optional() }),
  messageSchema("hand.end_floor", {}),
  messageSchema("hand.clear", {}),
] as const;

export const handEventSchemas = [
  messageSchema("hand.raised", participantRef),
  messageSchema("hand.lowered", participantRef),
  messageSchema("hand.floor_given", participantRef),
  messageSchema("hand.floor_ended", participantRef),
  messageSchema("hand.queue_cleared", {}),
] as const;
