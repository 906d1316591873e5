import { z } from "zod";
import { proposalCommandSchemas } from "../consent/schema.js";
import { contributionCommandSchemas } from "../contributions/schema.js";
import { groupCommandSchemas } from "../groups/schema.js";
import { handCommandSchemas } from "../hands/schema.js";
import { opinionCommandSchemas } from "../opinions/schema.js";
import { participantCommandSchemas } from "../participants/schema.js";
import { reactionCommandSchemas } from "../reactions/schema.js";
import { roundCommandSchemas } from "../rounds/schema.js";
import { stepCommandSchemas } from "../steps/schema.js";
import { timerCommandSchemas } from "../timers/schema.js";
import { voteCommandSchemas } from "../votes/schema.js";
import { sessionCommandSchemas } from "./schema.js";
import { withMessage } from "./schema-helpers.js";

/** Every command a session takes, `{type, payload}`, each payload strict and bounded. */
export const sessionCommandSchema = z.discriminatedUnion("type", [
  ...sessionCommandSchemas,
  ...stepCommandSchemas,
  ...participantCommandSchemas,
  ...contributionCommandSchemas,
  ...reactionCommandSchemas,
  ...groupCommandSchemas,
  ...voteCommandSchemas,
  ...roundCommandSchemas,
  ...handCommandSchemas,
  ...timerCommandSchemas,
  ...proposalCommandSchemas,
  ...opinionCommandSchemas,
]);
export type SessionCommand = z.infer<typeof sessionCommandSchema>;
export type CommandType = SessionCommand["type"];
export type CommandOf<T extends CommandType> = Extract<SessionCommand, { type: T }>;

export const COMMAND_TYPES = sessionCommandSchema.options.map(
  (option) => option.shape.type.value,
) as CommandType[];

/** The id a client gives a command, so that a retry is recognised and answered once. */
export const commandIdSchema = z.string().min(1).max(64);

/** `{commandId, type, payload}`: a command as a client sends it. */
export const commandEnvelopeSchema = withMessage(sessionCommandSchema, {
  commandId: commandIdSchema,
});
export type CommandEnvelope = z.output<typeof commandEnvelopeSchema>;
