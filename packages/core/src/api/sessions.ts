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
