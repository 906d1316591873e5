import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { CreateMaterialBody, Material } from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import type { Database } from "../storage/schema.js";
import { SNIFF_BYTES } from "./sniff.js";

type Db = Kysely<Database>;

const ID = /^[0-9a-f-]{36}$/;

/**
 * Material files live under `DATA_DIR/preparation/<session id>/<material id>`: on disk rather
 * than in the database, so a 10 MB file never sits in a row or in the heap.
 */
export class MaterialFiles {
  constructor(private readonly dataDir: string) {}

  path(sessionId: string, materialId: string): string {
    if (!ID.test(sessionId) || !ID.test(materialId)) throw new Error("not a material id");
    return join(this.dataDir, "preparation", sessionId, materialId);
  }

  /** Streams the file to disk; `truncated` tells whether it passed the size bound. */
  async receive(sessionId: string, materialId: string, file: Readable): Promise<void> {
    const target = this.path(sessionId, materialId);
    await mkdir(join(target, ".."), { recursive: true });
    try {
      await pipeline(file, createWriteStream(target));
    } catch (error) {
      await this.remove(sessionId, materialId);
      throw error;
    }
  }

  async head(sessionId: string, materialId: string): Promise<Uint8Array> {
    const handle = await open(this.path(sessionId, materialId), "r");
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  read(sessionId: string, materialId: string): Readable {
    return createReadStream(this.path(sessionId, materialId));
  }

  async remove(sessionId: string, materialId: string): Promise<void> {
    await rm(this.path(sessionId, materialId), { force: true });
  }
}

function toMaterial(row: Database["preparation_materials"]): Material {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: row.url,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at,
  };
}

export async function listMaterials(db: Db, sessionId: string): Promise<Material[]> {
  const rows = await db
    .selectFrom("preparation_materials")
    .selectAll()
    .where("session_id", "=", sessionId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toMaterial);
}

export async function findMaterial(db: Db, sessionId: string, id: string) {
  const row = await db
    .selectFrom("preparation_materials")
    .selectAll()
    .where("id", "=", id)
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  return row && toMaterial(row);
}

/** How many materials the session has and how many bytes its files take together. */
export async function materialUsage(db: Db, sessionId: string) {
  const row = await db
    .selectFrom("preparation_materials")
    .select((eb) => [
      eb.fn.countAll<string | number>().as("count"),
      eb.fn.sum<string | number | null>("size_bytes").as("bytes"),
    ])
    .where("session_id", "=", sessionId)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), bytes: Number(row.bytes ?? 0) };
}

export interface NewMaterial {
  kind: Material["kind"];
  title: string;
  body?: string;
  url?: string;
  file?: { name: string; contentType: string; sizeBytes: number };
}

export async function addMaterial(
  db: Db,
  sessionId: string,
  material: NewMaterial,
  by: string,
  now: Date,
  id = newId(),
): Promise<Material> {
  const row = {
    id,
    session_id: sessionId,
    kind: material.kind,
    title: material.title,
    body: material.body ?? "",
    url: material.url ?? null,
    file_name: material.file?.name ?? null,
    content_type: material.file?.contentType ?? null,
    size_bytes: material.file?.sizeBytes ?? null,
    created_by: by,
    created_at: now.toISOString(),
  };
  await db.insertInto("preparation_materials").values(row).execute();
  return toMaterial(row);
}

export function materialFromBody(body: CreateMaterialBody): NewMaterial {
  return body.kind === "text"
    ? { kind: "text", title: body.title, body: body.body }
    : { kind: "link", title: body.title, url: body.url };
}

export async function removeMaterial(db: Db, sessionId: string, id: string): Promise<void> {
  await db
    .deleteFrom("preparation_materials")
    .where("id", "=", id)
    .where("session_id", "=", sessionId)
    .execute();
}
