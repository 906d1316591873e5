import { z } from "zod";

/**
 * The session HTTP API's answers, shared by the server (serialisation, OpenAPI) and the web app
 * (parsing). The live state itself travels as core's SessionState, not through these.
 */
export const sessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  language: z.string(),
  anonymity: z.string(),
  joinCode: z.string(),
  participantCount: z.number().int(),
  lastSeq: z.number().int(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** What a join code shows before joining. */
export const joinPreviewSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  status: z.string(),
  language: z.string(),
  anonymity: z.string(),
});
export type JoinPreview = z.infer<typeof joinPreviewSchema>;

/** A participant's identity: keep `token` secret, in the browser only. */
export const joinedSchema = z.object({
  sessionId: z.string(),
  participantId: z.string(),
  token: z.string(),
});
export type Joined = z.infer<typeof joinedSchema>;

/** A booking's grant to run one session: the booked one leads, resource persons co-facilitate. */
export const sessionGrantRoleSchema = z.enum(["facilitator", "co_facilitator"]);

/**
 * Sessions someone may run only because a booking sent them there (docs/training.md): another
 * organisation's, or one where their role does not run sessions.
 */
export const facilitatedSessionsSchema = z.object({
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      title: z.string(),
      status: z.string(),
      organisationId: z.string(),
      organisationName: z.string(),
      role: sessionGrantRoleSchema,
    }),
  ),
});
export type FacilitatedSessions = z.infer<typeof facilitatedSessionsSchema>;

/**
 * Who is booked to run a session, from the grants its linked bookings wrote: known before any of
 * them acts, unlike the session record's facilitators, who enter it by acting.
 */
export const bookedPeopleSchema = z.object({
  people: z.array(
    z.object({ userId: z.string(), displayName: z.string(), role: sessionGrantRoleSchema }),
  ),
});
export type BookedPeople = z.infer<typeof bookedPeopleSchema>;
