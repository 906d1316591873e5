import { z } from "zod";
import { LOCALES } from "./locales.js";
import { ROLES } from "./roles.js";

/**
 * The account API's wire shapes. Shared by the server (validation, OpenAPI) and the web app
 * (form validation, typed responses), so both sides agree by construction. Request objects are
 * strict: an unknown field is a client bug we want to surface, not silently drop.
 */

// Trimmed and lower-cased before the format check, so "  Kari@Kommune.no " signs up as one
// account and logs in later however it is typed.
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

// NIST SP 800-63B: length over composition rules; the upper bound only caps hashing cost.
export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const displayNameSchema = z.string().trim().min(1).max(80);
export const organisationNameSchema = z.string().trim().min(2).max(120);
export const localeSchema = z.enum(LOCALES);
export const roleSchema = z.enum(ROLES);
export const idSchema = z.string().min(1).max(64);

export const signupBodySchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  organisationName: organisationNameSchema,
  locale: localeSchema.optional(),
});
export type SignupBody = z.input<typeof signupBodySchema>;

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  // Not the sign-up rules: a login with a short password is simply wrong, not malformed.
  password: z.string().min(1).max(200),
});
export type LoginBody = z.input<typeof loginBodySchema>;

export const updateMeBodySchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});
export type UpdateMeBody = z.input<typeof updateMeBodySchema>;

export const switchOrganisationBodySchema = z.strictObject({ organisationId: idSchema });

export const createOrganisationBodySchema = z.strictObject({ name: organisationNameSchema });
export const renameOrganisationBodySchema = z.strictObject({ name: organisationNameSchema });

export const changeRoleBodySchema = z.strictObject({ role: roleSchema });

export const createInvitationBodySchema = z.strictObject({
  email: emailSchema,
  role: roleSchema.default("member"),
});
export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;

/** A new account needs a name and password; an existing, logged-in user sends neither. */
export const acceptInvitationBodySchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  password: passwordSchema.optional(),
  locale: localeSchema.optional(),
});
export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;

// Responses

export const membershipSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: localeSchema,
  }),
  organisations: z.array(membershipSummarySchema),
  activeOrganisationId: z.string().nullable(),
  /** Echo this in the `x-csrf-token` header of every write made with the session cookie. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberListSchema = z.object({ members: z.array(memberSchema) });

export const INVITATION_STATUSES = ["pending", "accepted", "expired", "revoked"] as const;
export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(INVITATION_STATUSES),
  invitedByName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** Only in the answer that creates it: the token is stored hashed and cannot be shown again. */
  link: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

/** What the holder of an invitation link sees before accepting. */
export const invitationPreviewSchema = z.object({
  organisationName: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedByName: z.string(),
  expiresAt: z.string(),
  /** True when an account with this e-mail exists: the holder must log in to accept. */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const healthSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
  storage: z.enum(["sqlite", "postgres"]),
});
