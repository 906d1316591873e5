import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import {
  CONTRIBUTION_KINDS,
  contributionKindSchema,
  disclosuresSchema,
} from "../contributions/schema.js";
import { opinionMapSettingSchema } from "../opinions/schema.js";
import { messageSchema, textSchema } from "../session/schema-helpers.js";

/** The four Decisions-by-Design steps (seed 001), and `other` for openings, breaks, check-outs. */
export const PHASES = ["share_facts", "reflect", "discover", "decide", "other"] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Who may cluster contributions into groups in a step. Affinity grouping is collaborative, like
 * moving sticky notes on a wall, so `everyone` lets participants create, rename and fill groups;
 * see groups/decide.ts for what only a facilitator may do.
 */
export const GROUPING_MODES = ["off", "facilitator", "everyone"] as const;
export type GroupingMode = (typeof GROUPING_MODES)[number];

export const MAX_STEPS = 50;
export const MAX_DOT_VOTE_BUDGET = 20;
/** A day: a timebox is for one sitting; longer work belongs in several sessions. */
export const MAX_TIMEBOX_SECONDS = 86_400;

/** The live primitives a method configures for its step (issue 7: "choosing it configures"). */
export const stepSettingsSchema = z.strictObject({
  /** Kinds this step takes; empty means the step takes no contributions. */
  contributionKinds: z
    .array(contributionKindSchema)
    .max(CONTRIBUTION_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, "Each kind once"),
  /** Silent writing: peers see only that something was written until the step is revealed. */
  silent: z.boolean(),
  /** Dots each participant may place in this step; 0 means no dot voting. */
  dotVoteBudget: z.number().int().min(0).max(MAX_DOT_VOTE_BUDGET),
  reactions: z.boolean(),
  grouping: z.enum(GROUPING_MODES),
  /** Statements voted agree/disagree/pass and mapped into opinion groups; null or absent: off. */
  opinionMap: opinionMapSettingSchema.nullable().optional(),
});
export type StepSettings = z.infer<typeof stepSettingsSchema>;

/** A step as the session's design holds it; events carry it whole, normalised. */
export const stepDefinitionSchema = z.strictObject({
  id: idSchema,
  phase: z.enum(PHASES),
  /** The method library's id, when the step was built from a library method. */
  methodId: idSchema.nullable(),
  methodName: z.string(),
  prompt: z.string(),
  timeboxSeconds: z.number().int().positive().nullable(),
  /** The facilitator's own notes: never shown to participants or the wall. */
  notes: z.string().nullable(),
  settings: stepSettingsSchema,
});
export type StepDefinition = z.infer<typeof stepDefinitionSchema>;

/** What a facilitator writes; omitted settings come from the phase's defaults. */
export const stepInputSchema = z.strictObject({
  phase: z.enum(PHASES),
  methodId: idSchema.nullable().optional(),
  methodName: textSchema(1, 120),
  prompt: textSchema(0, 1_000).optional(),
  timeboxSeconds: z.number().int().min(1).max(MAX_TIMEBOX_SECONDS).nullable().optional(),
  notes: textSchema(0, 2_000).nullable().optional(),
  settings: stepSettingsSchema.partial().optional(),
});
export type StepInput = z.infer<typeof stepInputSchema>;

const stepIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_STEPS - 1);

export const stepCommandSchemas = [
  messageSchema("step.add", { step: stepInputSchema, index: stepIndexSchema.optional() }),
  messageSchema("step.update", { stepId: idSchema, changes: stepInputSchema.partial() }),
  messageSchema("step.remove", { stepId: idSchema }),
  messageSchema("step.move", { stepId: idSchema, index: stepIndexSchema }),
  messageSchema("step.start", { stepId: idSchema }),
  messageSchema("step.reveal", { stepId: idSchema }),
] as const;

export const stepEventSchemas = [
  messageSchema("step.added", { step: stepDefinitionSchema, index: stepIndexSchema }),
  messageSchema("step.updated", { step: stepDefinitionSchema }),
  messageSchema("step.removed", { stepId: idSchema }),
  messageSchema("step.moved", { stepId: idSchema, index: stepIndexSchema }),
  messageSchema("step.started", { stepId: idSchema }),
  messageSchema("step.revealed", { stepId: idSchema, disclosures: disclosuresSchema }),
] as const;
