import { z } from "zod";
import { LOCALES } from "../accounts/locales.js";
import { idSchema } from "../accounts/schemas.js";
import { MAX_TIMEBOX_SECONDS, PHASES, stepSettingsSchema } from "../steps/schema.js";

/**
 * The method library (issue 7). A method is a way of asking a group a good question (seed 000):
 * its text says how to run it, its live mapping says which live primitives its step uses, so
 * that choosing it in an agenda configures the step.
 */

/** Shelves of the library, in the order a session usually meets them. */
export const METHOD_CATEGORIES = [
  "opening",
  "ideas",
  "rounds",
  "dialogue",
  "sensemaking",
  "prioritising",
  "decision",
  "reflection",
  "closing",
] as const;
export type MethodCategory = (typeof METHOD_CATEGORIES)[number];

/**
 * Which round the console offers for a method's step. Speaking rounds and the consent process's
 * rounds are run from the console, not from step settings, so the method names the kind.
 */
export const METHOD_ROUND_KINDS = ["speaking", "clarifying", "reactions", "consent"] as const;
export type MethodRoundKind = (typeof METHOD_ROUND_KINDS)[number];

/** A town hall is the largest group the live session is built for (rounds/schema.ts). */
export const MAX_GROUP_SIZE = 5_000;
/** A working day; a method longer than that is a programme, not a method. */
export const MAX_METHOD_MINUTES = 480;

const line = (max: number) => z.string().trim().min(1).max(max);
const list = (min: number, max: number, itemMax: number) =>
  z.array(line(itemMax)).min(min).max(max);

/** What a method says in one language. Every field is required: a method is read whole. */
export const methodTextSchema = z.strictObject({
  name: line(120),
  purpose: line(1_000),
  whenToUse: line(1_000),
  steps: list(1, 20, 600),
  /** The question the method asks the group, as a facilitator would put it. */
  question: line(500),
  /** How to phrase a good question for this method: advice, with examples. */
  goodQuestions: list(1, 10, 500),
  materials: list(0, 10, 200),
  pitfalls: list(1, 10, 500),
});
export type MethodText = z.infer<typeof methodTextSchema>;

const rangeSchema = (max: number) =>
  z
    .strictObject({ min: z.number().int().min(1).max(max), max: z.number().int().min(1).max(max) })
    .refine((range) => range.min <= range.max, {
      message: "min must not exceed max",
      path: ["max"],
    });

export const groupSizeSchema = rangeSchema(MAX_GROUP_SIZE);
export const minutesSchema = rangeSchema(MAX_METHOD_MINUTES);

/** The live primitives a method's step uses: what `stepInputFromMethod` configures. */
export const liveMappingSchema = z.strictObject({
  settings: stepSettingsSchema,
  round: z.enum(METHOD_ROUND_KINDS).nullable(),
  timeboxSeconds: z.number().int().min(1).max(MAX_TIMEBOX_SECONDS),
});
export type LiveMapping = z.infer<typeof liveMappingSchema>;

/** What a method is apart from its words: the same in every language. */
export const methodShapeSchema = z.strictObject({
  category: z.enum(METHOD_CATEGORIES),
  phases: z
    .array(z.enum(PHASES))
    .min(1)
    .max(PHASES.length)
    .refine((phases) => new Set(phases).size === phases.length, "Each phase once"),
  groupSize: groupSizeSchema,
  minutes: minutesSchema,
  live: liveMappingSchema,
});
export type MethodShape = z.infer<typeof methodShapeSchema>;

/** A stable slug: it is stored in steps (`methodId`) and links, so it never changes. */
export const methodSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(64);

/**
 * A built-in method. `texts` is a record over every locale, so a method missing a language (or a
 * language missing a field) does not compile.
 */
export type BuiltInMethod = MethodShape & {
  id: string;
  texts: Record<(typeof LOCALES)[number], MethodText>;
};

export const METHOD_SOURCES = ["builtin", "organisation"] as const;
export type MethodSource = (typeof METHOD_SOURCES)[number];

/** A method as read in one language: a built-in one localised, or an organisation's own. */
export const methodViewSchema = z.object({
  id: idSchema,
  source: z.enum(METHOD_SOURCES),
  language: z.enum(LOCALES),
  ...methodShapeSchema.shape,
  ...methodTextSchema.shape,
});
export type MethodView = z.infer<typeof methodViewSchema>;

export const methodListSchema = z.object({
  language: z.enum(LOCALES),
  methods: z.array(methodViewSchema),
});
export type MethodList = z.infer<typeof methodListSchema>;

/** An organisation's own method: written in one language, the author's choice. */
export const organisationMethodBodySchema = z.strictObject({
  language: z.enum(LOCALES),
  ...methodShapeSchema.shape,
  ...methodTextSchema.shape,
});
export type OrganisationMethodBody = z.infer<typeof organisationMethodBodySchema>;

export const organisationMethodPatchSchema = organisationMethodBodySchema.partial();
export type OrganisationMethodPatch = z.infer<typeof organisationMethodPatchSchema>;

export const organisationMethodSchema = methodViewSchema.extend({
  organisationId: idSchema,
  createdBy: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationMethod = z.infer<typeof organisationMethodSchema>;
