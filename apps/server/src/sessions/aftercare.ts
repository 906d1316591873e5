import { createHash } from "node:crypto";
import {
  FEEDBACK_QUESTIONS,
  type FeedbackBody,
  type FeedbackSummary,
  type Reflection,
  type ReflectionBody,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import { isUniqueViolation } from "../storage/constraints.js";
import type { Database } from "../storage/schema.js";

/*
 * What is said about a session after it: the facilitator's reflection and the participants'
 * anonymous feedback. Both live beside the event log (a closed session takes no commands).
 */

export async function saveReflection(
  db: Kysely<Database>,
  sessionId: string,
  body: ReflectionBody,
  userId: string,
  now: Date,
): Promise<void> {
  const row = {
    what_we_did: body.whatWeDid,
    how_we_did_it: body.howWeDidIt,
    effect: body.effect,
    updated_by: userId,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto("session_reflections")
    .values({ session_id: sessionId, ...row })
    .onConflict((conflict) => conflict.column("session_id").doUpdateSet(row))
    .execute();
}

export async function findReflection(
  db: Kysely<Database>,
  sessionId: string,
): Promise<Reflection | null> {
  const row = await db
    .selectFrom("session_reflections")
    .innerJoin("users", "users.id", "session_reflections.updated_by")
    .select([
      "what_we_did",
      "how_we_did_it",
      "effect",
      "users.display_name as updated_by_name",
      "session_reflections.updated_at",
    ])
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    whatWeDid: row.what_we_did,
    howWeDidIt: row.how_we_did_it,
    effect: row.effect,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

/**
 * Records one participant's feedback; false when they already gave it. The key is a hash that
 * lets the unique index refuse a second answer without any row naming the participant.
 */
export async function addFeedback(
  db: Kysely<Database>,
  sessionId: string,
  participantId: string,
  body: FeedbackBody,
  now: Date,
): Promise<boolean> {
  const participantKey = createHash("sha256")
    .update(`feedback\u0000${sessionId}\u0000${participantId}`)
    .digest("hex");
  try {
    await db
      .insertInto("session_feedback")
      .values({
        id: newId(),
        session_id: sessionId,
        participant_key: participantKey,
        heard: body.heard ?? null,
        safe: body.safe ?? null,
        clear: body.clear ?? null,
        comment: body.comment || null,
        created_at: now.toISOString(),
      })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function summariseFeedback(
  db: Kysely<Database>,
  sessionId: string,
): Promise<FeedbackSummary> {
  const rows = await db
    .selectFrom("session_feedback")
    .select(["heard", "safe", "clear", "comment"])
    .where("session_id", "=", sessionId)
    // By the comment's text, so the order says nothing about who answered when.
    .orderBy("comment")
    .execute();
  const questions = Object.fromEntries(
    FEEDBACK_QUESTIONS.map((question) => {
      const scores = rows.flatMap((row) => (row[question] === null ? [] : [row[question]]));
      const counts = [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length);
      const mean = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
      return [question, { answered: scores.length, mean, counts }];
    }),
  ) as FeedbackSummary["questions"];
  return {
    responses: rows.length,
    questions,
    comments: rows.flatMap((row) => (row.comment ? [row.comment] : [])),
  };
}
