import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { CsvImportPlan, LogFormat } from "@samspel/flow";
import { AppError } from "../errors.js";

/** Event logs of a few million events are a few hundred MB of CSV; beyond this, split the log. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** An upload waits this long for its confirmation, then is swept away. */
const UPLOAD_TTL_MS = 24 * 3_600_000;

export type UploadPurpose = "event-log" | "customer-scores";

/** What the first step (upload and detect) leaves for the second (confirm and import). */
export interface UploadMeta {
  id: string;
  processId: string;
  purpose: UploadPurpose;
  fileName: string;
  sizeBytes: number;
  format: LogFormat;
  createdAt: string;
  /** CSV only. Its `path` is rewritten on reading: the upload folder may be mounted elsewhere. */
  plan: CsvImportPlan | null;
}

const ID = /^[0-9a-f-]{36}$/;

/**
 * Uploaded files wait under `DATA_DIR/uploads/<id>/` between the two steps of an import: on
 * disk, not in memory, so a 500 MB log never sits in the heap and the confirmation may reach
 * another instance sharing DATA_DIR.
 */
export class Uploads {
  constructor(
    private readonly dir: string,
    readonly maxBytes = MAX_UPLOAD_BYTES,
  ) {}

  sourcePath(id: string): string {
    return join(this.dir, id, "source");
  }

  /** Streams `file` to disk; refuses it (and keeps nothing) when it passes the size bound. */
  async receive(file: Readable & { truncated?: boolean }): Promise<string> {
    await this.sweep();
    const id = randomUUID();
    await mkdir(join(this.dir, id), { recursive: true });
    try {
      await pipeline(file, createWriteStream(this.sourcePath(id)));
    } catch (error) {
      await this.discard(id);
      throw error;
    }
    if (file.truncated) {
      await this.discard(id);
      throw new AppError(
        413,
        "payload_too_large",
        `The file is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MB.`,
        { maxBytes: this.maxBytes },
      );
    }
    return id;
  }

  async save(meta: UploadMeta): Promise<void> {
    await writeFile(join(this.dir, meta.id, "upload.json"), JSON.stringify(meta));
  }

  /** The upload for this process and purpose, or upload_not_found (unknown, swept or foreign). */
  async open(id: string, processId: string, purpose: UploadPurpose): Promise<UploadMeta> {
    const meta = ID.test(id) ? await this.read(id) : null;
    if (!meta || meta.processId !== processId || meta.purpose !== purpose) {
      throw new AppError(
        404,
        "upload_not_found",
        "This upload is not waiting for confirmation any more. Upload the file again.",
      );
    }
    if (meta.plan) meta.plan = { ...meta.plan, path: this.sourcePath(id) };
    return meta;
  }

  async discard(id: string): Promise<void> {
    await rm(join(this.dir, id), { recursive: true, force: true });
  }

  private async read(id: string): Promise<UploadMeta | null> {
    try {
      return JSON.parse(await readFile(join(this.dir, id, "upload.json"), "utf8")) as UploadMeta;
    } catch {
      return null;
    }
  }

  /** Forgotten uploads (never confirmed) go after a day; cheap enough to do on every upload. */
  private async sweep(): Promise<void> {
    const entries = await readdir(this.dir).catch(() => [] as string[]);
    const cutoff = Date.now() - UPLOAD_TTL_MS;
    for (const entry of entries) {
      const modified = await stat(join(this.dir, entry)).catch(() => null);
      if (modified && modified.mtimeMs < cutoff) await this.discard(entry);
    }
  }
}
