import { stat } from "node:fs/promises";
import type { CsvImportPlan, LogFormat } from "@samspel/flow";
import type { FastifyRequest } from "fastify";
import { AppError } from "../../errors.js";
import type { UploadMeta, UploadPurpose, Uploads } from "../../processes/uploads.js";

/**
 * Step 1 of every import: the one file of a multipart upload streamed to disk under the size
 * bound, read by `detect` (the flow room looks at its first bytes), and kept with what was
 * detected for the confirmation. A file that cannot be read leaves nothing behind.
 */
export async function receiveUpload(
  request: FastifyRequest,
  uploads: Uploads,
  upload: { processId: string; purpose: UploadPurpose; now: Date },
  detect: (path: string) => Promise<{ format: LogFormat; plan: CsvImportPlan | null }>,
): Promise<UploadMeta> {
  if (!request.isMultipart()) {
    throw new AppError(415, "unsupported_media_type", "Send the file as multipart/form-data.");
  }
  const part = await request.file({ limits: { fileSize: uploads.maxBytes, files: 1, fields: 5 } });
  if (!part) {
    throw new AppError(400, "upload_file_missing", "Choose a file to upload.", {
      path: ["file"],
    });
  }
  const id = await uploads.receive(part.file);
  try {
    const meta: UploadMeta = {
      id,
      processId: upload.processId,
      purpose: upload.purpose,
      // Only the last path segment: browsers on some systems send the full path.
      fileName: (part.filename.split(/[\\/]/).pop() ?? "").slice(0, 255) || "upload",
      createdAt: upload.now.toISOString(),
      sizeBytes: (await stat(uploads.sourcePath(id))).size,
      ...(await detect(uploads.sourcePath(id))),
    };
    await uploads.save(meta);
    return meta;
  } catch (error) {
    await uploads.discard(id);
    throw error;
  }
}
