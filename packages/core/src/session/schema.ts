import { z } from "zod";
import { displayNameSchema, idSchema, localeSchema } from "../accounts/schemas.js";
import { MAX_STEPS, stepDefinitionSchema, stepInputSchema } from "../steps/schema.js";
import { messageSchema, textSchema } from "./schema-helpers.js";

/**
 * `named`: peers see who wrote, voted and reacted. `anonymous_to_peers`: peers and the wall never
 * do, facilitators do. `anonymous`: nobody does, facilitators included. Display names still show
 * in the participant list, rounds and the hand queue: those are spoken aloud in the room.
 */
export const ANONYMITY_MODES = ["named", "anonymous_to_peers", "anonymous"] as const;
export type AnonymityMode = (typeof ANONYMITY_MODES)[number];

/** draft -> open (lobby: participants join) -> running -> closed. */
export const SESSION_STATUSES = ["draft", "open", "running", "closed"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MAX_GROUND_RULES = 20;
const groundRulesSchema = z.array(textSchema(1, 300)).max(MAX_GROUND_RULES);
const titleSchema = textSchema(1, 200);
const questionSchema = textSchema(0, 1_000);

export const sessionCommandSchemas = [
  // Created over HTTP by a facilitator; the server fills in the organisation it acts for.
  messageSchema("session.create", {
    organisationId: idSchema,
    title: titleSchema,
    question: questionSchema,
    language: localeSchema,
    anonymity: z.enum(ANONYMITY_MODES).optional(),
    groundRules: groundRulesSchema.optional(),
    steps: z.array(stepInputSchema).max(MAX_STEPS).optional(),
  }),
  messageSchema("session.update", {
    title: titleSchema.optional(),
    question: questionSchema.optional(),
    language: localeSchema.optional(),
    anonymity: z.enum(ANONYMITY_MODES).optional(),
    groundRules: groundRulesSchema.optional(),
  }),
  messageSchema("session.open", {}),
  messageSchema("session.start", {}),
  messageSchema("session.close", {}),
] as const;

export const sessionEventSchemas = [
  messageSchema("session.created", {
    organisationId: idSchema,
    title: z.string(),
    question: z.string(),
    language: localeSchema,
    anonymity: z.enum(ANONYMITY_MODES),
    groundRules: z.array(z.string()),
    steps: z.array(stepDefinitionSchema),
    createdBy: z.strictObject({ userId: idSchema, displayName: z.string() }),
  }),
  messageSchema("session.updated", {
    title: z.string().optional(),
    question: z.string().optional(),
    language: localeSchema.optional(),
    anonymity: z.enum(ANONYMITY_MODES).optional(),
    groundRules: z.array(z.string()).optional(),
  }),
  messageSchema("session.opened", {}),
  messageSchema("session.started", {}),
  messageSchema("session.closed", {}),
  /** A facilitator's first command in this session (or their first under a new name). */
  messageSchema("facilitator.joined", { userId: idSchema, displayName: displayNameSchema }),
] as const;
