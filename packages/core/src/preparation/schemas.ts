import { z } from "zod";
import { displayNameSchema, emailSchema, idSchema } from "../accounts/schemas.js";

/**
 * Preparing a session: wire shapes shared by the server (validation, serialisation, OpenAPI)
 * and the web app. Requests are strict: an unknown field is a client bug.
 */

/** The whole and the detail: those who decide, those who do the work, those it is done for. */
export const PERSPECTIVE_KINDS = [
  "management",
  "doing_the_work",
  "customer",
  "expert",
  "other",
] as const;
export type PerspectiveKind = (typeof PERSPECTIVE_KINDS)[number];

export const RSVP_ANSWERS = ["yes", "no", "maybe"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

const longText = z.string().trim().max(5_000);

export const preparationSchema = z.object({
  sessionId: z.string(),
  purpose: z.string(),
  desiredOutcome: z.string(),
  /** When the meeting starts, ISO 8601 UTC; null until decided. */
  startsAt: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  /** A room, an address or a video link. */
  place: z.string(),
  updatedAt: z.string().nullable(),
});
export type Preparation = z.infer<typeof preparationSchema>;

export const updatePreparationBodySchema = z.strictObject({
  purpose: longText,
  desiredOutcome: longText,
  startsAt: z.iso.datetime({ offset: true }).nullable(),
  /** Up to a working day: a longer gathering is several sessions. */
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(12 * 60)
    .nullable(),
  place: z.string().trim().max(500),
});
export type UpdatePreparationBody = z.input<typeof updatePreparationBodySchema>;

export const perspectiveNameSchema = z.string().trim().min(1).max(200);

export const perspectiveSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PERSPECTIVE_KINDS),
  required: z.boolean(),
});
export type Perspective = z.infer<typeof perspectiveSchema>;

export const createPerspectiveBodySchema = z.strictObject({
  name: perspectiveNameSchema,
  kind: z.enum(PERSPECTIVE_KINDS),
  required: z.boolean().default(true),
});
export type CreatePerspectiveBody = z.input<typeof createPerspectiveBodySchema>;

export const updatePerspectiveBodySchema = z
  .strictObject({
    name: perspectiveNameSchema.optional(),
    kind: z.enum(PERSPECTIVE_KINDS).optional(),
    required: z.boolean().optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, "Change at least one field.");

const coversSchema = z
  .array(idSchema)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, "Each perspective once.");

/** A member by account, or someone outside the organisation by name and, optionally, address. */
export const createSessionInvitationBodySchema = z.union([
  z.strictObject({
    userId: idSchema,
    covers: coversSchema.default([]),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  }),
  z.strictObject({
    name: displayNameSchema,
    email: emailSchema.nullable().default(null),
    covers: coversSchema.default([]),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  }),
]);
export type CreateSessionInvitationBody = z.input<typeof createSessionInvitationBodySchema>;

export const updateSessionInvitationBodySchema = z.strictObject({ covers: coversSchema });

export const SESSION_INVITATION_STATUSES = ["open", "expired", "revoked"] as const;
export type SessionInvitationStatus = (typeof SESSION_INVITATION_STATUSES)[number];

export const sessionInvitationSchema = z.object({
  id: z.string(),
  /** Set when the invitee is a member, invited by account. */
  userId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  covers: z.array(z.string()),
  rsvp: z.enum(RSVP_ANSWERS).nullable(),
  note: z.string(),
  respondedAt: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(SESSION_INVITATION_STATUSES),
  /** Whether an e-mail with the link went out (only where SMTP_URL is configured). */
  emailedAt: z.string().nullable(),
  /** Shown once, when the link is made or renewed: only a hash of its token is kept. */
  link: z.string().optional(),
});
export type SessionInvitation = z.infer<typeof sessionInvitationSchema>;

export const rsvpBodySchema = z.strictObject({
  answer: z.enum(RSVP_ANSWERS),
  note: z.string().trim().max(1_000).default(""),
});
export type RsvpBody = z.input<typeof rsvpBodySchema>;

export const MATERIAL_KINDS = ["text", "link", "file"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const materialSchema = z.object({
  id: z.string(),
  kind: z.enum(MATERIAL_KINDS),
  title: z.string(),
  /** The facts to read, for a text. */
  body: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Material = z.infer<typeof materialSchema>;

const materialTitleSchema = z.string().trim().min(1).max(200);
const httpUrlSchema = z.url({ protocol: /^https?$/ }).max(2_000);

export const createMaterialBodySchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("text"),
    title: materialTitleSchema,
    body: z.string().trim().min(1).max(20_000),
  }),
  z.strictObject({ kind: z.literal("link"), title: materialTitleSchema, url: httpUrlSchema }),
]);
export type CreateMaterialBody = z.input<typeof createMaterialBodySchema>;

export const perspectiveCoverageSchema = z.object({
  perspectiveId: z.string(),
  /** Invitations that cover it and have not said no (open, or answered yes or maybe). */
  coveredBy: z.array(z.string()),
  /** Invitations that cover it but whose invitee said no. */
  declinedBy: z.array(z.string()),
  state: z.enum(["covered", "declined", "missing"]),
});
export type PerspectiveCoverage = z.infer<typeof perspectiveCoverageSchema>;

export const preparationOverviewSchema = z.object({
  preparation: preparationSchema,
  perspectives: z.array(perspectiveSchema),
  invitations: z.array(sessionInvitationSchema),
  materials: z.array(materialSchema),
  coverage: z.array(perspectiveCoverageSchema),
  /** Required perspectives nobody who may come covers: what to fix before sending. */
  gaps: z.array(z.string()),
  /** Whether invitations go out by e-mail too (SMTP_URL configured). */
  emailEnabled: z.boolean(),
});
export type PreparationOverview = z.infer<typeof preparationOverviewSchema>;

export const agendaItemSchema = z.object({
  title: z.string(),
  phase: z.string(),
  minutes: z.number().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** What an invitation link shows, without a login. */
export const invitationToSessionSchema = z.object({
  sessionTitle: z.string(),
  organisationName: z.string(),
  language: z.string(),
  question: z.string(),
  purpose: z.string(),
  desiredOutcome: z.string(),
  startsAt: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  place: z.string(),
  groundRules: z.array(z.string()),
  agenda: z.array(agendaItemSchema),
  materials: z.array(materialSchema),
  inviteeName: z.string(),
  rsvp: z.enum(RSVP_ANSWERS).nullable(),
  note: z.string(),
  respondedAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationToSession = z.infer<typeof invitationToSessionSchema>;

/** A logged-in member's own invitations, with the token-free way back to each. */
export const myInvitationSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  organisationName: z.string(),
  startsAt: z.string().nullable(),
  rsvp: z.enum(RSVP_ANSWERS).nullable(),
  status: z.enum(SESSION_INVITATION_STATUSES),
});
export type MyInvitation = z.infer<typeof myInvitationSchema>;
