import type {
  CreatePerspectiveBody,
  Perspective,
  PerspectiveKind,
  Preparation,
  UpdatePreparationBody,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import type { Database } from "../storage/schema.js";

type Db = Kysely<Database>;

/** A session's preparation; a session nobody has prepared yet answers blanks, not a 404. */
export async function findPreparation(db: Db, sessionId: string): Promise<Preparation> {
  const row = await db
    .selectFrom("session_preparations")
    .selectAll()
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  return {
    sessionId,
    purpose: row?.purpose ?? "",
    desiredOutcome: row?.desired_outcome ?? "",
    startsAt: row?.starts_at ?? null,
    durationMinutes: row?.duration_minutes ?? null,
    place: row?.place ?? "",
    updatedAt: row?.updated_at ?? null,
  };
}

export async function savePreparation(
  db: Db,
  sessionId: string,
  body: Required<UpdatePreparationBody>,
  by: string,
  now: Date,
): Promise<void> {
  const values = {
    purpose: body.purpose,
    desired_outcome: body.desiredOutcome,
    // Stored in UTC whatever offset the client sent, so times compare as text.
    starts_at: body.startsAt === null ? null : new Date(body.startsAt).toISOString(),
    duration_minutes: body.durationMinutes,
    place: body.place,
    updated_by: by,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto("session_preparations")
    .values({ session_id: sessionId, ...values })
    .onConflict((conflict) => conflict.column("session_id").doUpdateSet(values))
    .execute();
}

export async function listPerspectives(db: Db, sessionId: string): Promise<Perspective[]> {
  const rows = await db
    .selectFrom("session_perspectives")
    .selectAll()
    .where("session_id", "=", sessionId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    required: row.importance === "required",
  }));
}

export async function countPerspectives(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom("session_perspectives")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("session_id", "=", sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function addPerspective(
  db: Db,
  sessionId: string,
  body: Required<CreatePerspectiveBody>,
  now: Date,
): Promise<Perspective> {
  const id = newId();
  await db
    .insertInto("session_perspectives")
    .values({
      id,
      session_id: sessionId,
      name: body.name,
      kind: body.kind,
      importance: body.required ? "required" : "optional",
      created_at: now.toISOString(),
    })
    .execute();
  return { id, name: body.name, kind: body.kind, required: body.required };
}

/** Returns false when the session has no such perspective. */
export async function updatePerspective(
  db: Db,
  sessionId: string,
  id: string,
  changes: {
    name?: string | undefined;
    kind?: PerspectiveKind | undefined;
    required?: boolean | undefined;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("session_perspectives")
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.kind !== undefined && { kind: changes.kind }),
      ...(changes.required !== undefined && {
        importance: changes.required ? "required" : "optional",
      }),
    })
    .where("id", "=", id)
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function removePerspective(db: Db, sessionId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("session_perspectives")
    .where("id", "=", id)
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
