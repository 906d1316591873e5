import { z } from "zod";
import { displayNameSchema, idSchema } from "../accounts/schemas.js";
import { messageSchema } from "../session/schema-helpers.js";

export const participantCommandSchemas = [
  // Issued by the server on the participant's behalf when it hands out their secret token.
  messageSchema("participant.join", { displayName: displayNameSchema.optional() }),
  messageSchema("participant.rename", { displayName: displayNameSchema.nullable() }),
  messageSchema("participant.acknowledge_ground_rules", {}),
] as const;

export const participantEventSchemas = [
  messageSchema("participant.joined", {
    participantId: idSchema,
    displayName: z.string().nullable(),
  }),
  messageSchema("participant.renamed", {
    participantId: idSchema,
    displayName: z.string().nullable(),
  }),
  messageSchema("participant.ground_rules_acknowledged", { participantId: idSchema }),
] as const;
