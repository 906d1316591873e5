import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { actorRefSchema } from "../session/actor.js";
import { messageSchema, textSchema } from "../session/schema-helpers.js";
import { chartSnapshotSchema } from "./chart-snapshot.js";

/**
 * What a contribution is. A method chooses which kinds a step takes: facts in "share facts",
 * reflections in "reflect", insights in "discover", wording suggestions and questions in "decide".
 */
export const CONTRIBUTION_KINDS = [
  "fact",
  "question",
  "reflection",
  "insight",
  "idea",
  "suggestion",
  "comment",
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const contributionKindSchema = z.enum(CONTRIBUTION_KINDS);

/** The fixed set of reactions: 👍 ❤️ 💡 ❓. Names, not emoji, so clients choose how to draw them. */
export const REACTIONS = ["thumbs_up", "heart", "light_bulb", "question"] as const;
export type Reaction = (typeof REACTIONS)[number];
export const reactionSchema = z.enum(REACTIONS);

/** Counted in code points, as a person counts characters: an emoji is one, not two. */
export const MAX_CONTRIBUTION_CHARS = 2_000;
// The wire bound is in UTF-16 code units, where a code point takes at most two.
const contributionTextSchema = z
  .string()
  .trim()
  .max(MAX_CONTRIBUTION_CHARS * 2);

/**
 * Where a fact comes from: a link to the source, the figure it states ("41 days"), and for a
 * flow chart shared from a process page, the frozen chart itself.
 */
export const factSourceSchema = z.strictObject({
  url: z.string().optional(),
  figure: z.string().optional(),
  chart: chartSnapshotSchema.optional(),
});
export type FactSource = z.infer<typeof factSourceSchema>;

const factSourceInputSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(1_000)
      .optional(),
    figure: textSchema(1, 120).optional(),
    chart: chartSnapshotSchema.optional(),
  })
  .refine(
    (source) =>
      source.url !== undefined || source.figure !== undefined || source.chart !== undefined,
    { message: "Give a link, a figure or a chart" },
  );

export const reactionTallySchema = z.strictObject({
  count: z.number().int().nonnegative(),
  /** Who reacted, as far as the viewer may know: everyone, only themselves, or nobody. */
  by: z.array(idSchema),
});
export type ReactionTally = z.infer<typeof reactionTallySchema>;

/**
 * A contribution as one viewer sees it. Fields a viewer may not see are absent, not blanked:
 * `text` (withdrawn, or withheld: silent step before its reveal, hidden by a facilitator),
 * `author` (the anonymity mode hides it). `hidden: true` says "something was written here".
 */
export const contributionSchema = z.strictObject({
  id: idSchema,
  stepId: idSchema,
  kind: contributionKindSchema,
  text: z.string().optional(),
  /** Facts only; withheld with the text. */
  source: factSourceSchema.optional(),
  author: actorRefSchema.optional(),
  /** Only in a view personalised for its author. */
  mine: z.literal(true).optional(),
  hidden: z.literal(true).optional(),
  replyTo: idSchema.nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** Hidden by a facilitator; the reason is shown to facilitators and the author only. */
  moderation: z.strictObject({ at: z.string(), reason: z.string().optional() }).nullable(),
  groupId: idSchema.nullable(),
  /** Facts only: a facilitator marked it disputed (a fact, unlike an opinion, can be checked). */
  disputed: z.strictObject({ at: z.string(), note: z.string().optional() }).optional(),
  /** Dots per step id (a contribution may be voted on in more than one step). */
  votes: z.record(idSchema, z.number().int().nonnegative()),
  reactions: z.partialRecord(reactionSchema, reactionTallySchema),
});
export type Contribution = z.infer<typeof contributionSchema>;

/**
 * What one viewer may now read of a contribution whose visibility changed (a silent step
 * revealed, a contribution hidden or shown again by a facilitator). Only redacted events carry
 * these; evolve puts them over the content the viewer had. Counters (votes, reactions) are not
 * part of it, so a disclosure taken from a later state never counts a vote twice.
 */
export const disclosureSchema = contributionSchema.pick({
  id: true,
  text: true,
  source: true,
  author: true,
  mine: true,
  hidden: true,
  moderation: true,
});
export type Disclosure = z.infer<typeof disclosureSchema>;
export const disclosuresSchema = z.array(disclosureSchema).optional();

export const contributionCommandSchemas = [
  messageSchema("contribution.add", {
    kind: contributionKindSchema,
    text: contributionTextSchema,
    replyTo: idSchema.optional(),
    source: factSourceInputSchema.optional(),
  }),
  messageSchema("contribution.edit", { contributionId: idSchema, text: contributionTextSchema }),
  messageSchema("contribution.withdraw", { contributionId: idSchema }),
  messageSchema("contribution.hide", { contributionId: idSchema, reason: textSchema(1, 500) }),
  messageSchema("contribution.unhide", { contributionId: idSchema }),
  messageSchema("contribution.dispute", {
    contributionId: idSchema,
    note: textSchema(0, 500).optional(),
  }),
  messageSchema("contribution.undispute", { contributionId: idSchema }),
] as const;

export const contributionEventSchemas = [
  messageSchema("contribution.added", {
    contributionId: idSchema,
    ...contributionSchema.pick({
      stepId: true,
      kind: true,
      text: true,
      source: true,
      author: true,
      mine: true,
      hidden: true,
      replyTo: true,
    }).shape,
  }),
  messageSchema("contribution.edited", { contributionId: idSchema, text: z.string().optional() }),
  messageSchema("contribution.withdrawn", { contributionId: idSchema }),
  messageSchema("contribution.hidden", {
    contributionId: idSchema,
    reason: z.string().optional(),
    disclosures: disclosuresSchema,
  }),
  messageSchema("contribution.unhidden", {
    contributionId: idSchema,
    disclosures: disclosuresSchema,
  }),
  messageSchema("contribution.disputed", {
    contributionId: idSchema,
    note: z.string().optional(),
  }),
  messageSchema("contribution.undisputed", { contributionId: idSchema }),
] as const;
