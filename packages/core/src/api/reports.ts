import { z } from "zod";
import { decisionSummarySchema } from "./decisions.js";

/*
 * After a session (seed 003: "reflect on what you do, how you do it and what effect it has"):
 * the facilitator's reflection, participants' anonymous feedback, and the session report.
 */

const reflectionText = z.string().trim().max(4_000);

/** The facilitator's three prompts, saved with the session. */
export const reflectionBodySchema = z.strictObject({
  whatWeDid: reflectionText,
  howWeDidIt: reflectionText,
  effect: reflectionText,
});
export type ReflectionBody = z.infer<typeof reflectionBodySchema>;

export const reflectionSchema = reflectionBodySchema.extend({
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type Reflection = z.infer<typeof reflectionSchema>;

export const FEEDBACK_QUESTIONS = ["heard", "safe", "clear"] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

const scoreSchema = z.number().int().min(1).max(5);

/** Every part is optional: feedback is a gift, and a blank answer is still an answer. */
export const feedbackBodySchema = z.strictObject({
  heard: scoreSchema.optional(),
  safe: scoreSchema.optional(),
  clear: scoreSchema.optional(),
  comment: z.string().trim().max(2_000).optional(),
});
export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

export const feedbackSummarySchema = z.object({
  responses: z.number().int(),
  /** Per question: the mean of those who answered it (null when nobody did) and counts of 1..5. */
  questions: z.record(
    z.enum(FEEDBACK_QUESTIONS),
    z.object({
      answered: z.number().int(),
      mean: z.number().nullable(),
      counts: z.array(z.number().int()).length(5),
    }),
  ),
  /** Free texts, in no particular order: never tied to who wrote them. */
  comments: z.array(z.string()),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

export const participationSchema = z.object({
  participants: z.number().int(),
  steps: z.array(
    z.object({
      stepId: z.string(),
      methodName: z.string(),
      phase: z.string(),
      contributors: z.number().int(),
      share: z.number(),
    }),
  ),
  perParticipant: z.array(
    z.object({
      participantId: z.string(),
      displayName: z.string().nullable(),
      contributions: z.number().int(),
      talkSeconds: z.number(),
    }),
  ),
  gini: z.object({ contributions: z.number(), talkTime: z.number() }),
});

export const sessionReportSchema = z.object({
  session: z.object({
    id: z.string(),
    title: z.string(),
    question: z.string(),
    language: z.string(),
    status: z.string(),
    startedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  }),
  decisions: z.array(decisionSummarySchema),
  participation: participationSchema,
  feedback: feedbackSummarySchema,
  reflection: reflectionSchema.nullable(),
  /** Whether this reader may write the reflection: they run the session, by role or booking. */
  mayReflect: z.boolean(),
});
export type SessionReport = z.infer<typeof sessionReportSchema>;
