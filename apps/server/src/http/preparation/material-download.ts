import type { Material } from "@samspel/core";
import type { FastifyReply } from "fastify";
import { AppError } from "../../errors.js";
import type { MaterialFiles } from "../../preparation/materials.js";

/**
 * A material file, always as an attachment with the type we sniffed on upload and nosniff: an
 * uploaded file never renders as a page of ours.
 */
export function sendMaterialFile(
  reply: FastifyReply,
  files: MaterialFiles,
  sessionId: string,
  material: Material | undefined,
) {
  if (material?.kind !== "file" || !material.contentType) {
    throw new AppError(404, "material_not_found", "This session has no such file.");
  }
  const name = material.fileName ?? "material";
  return reply
    .header("content-type", material.contentType)
    .header("x-content-type-options", "nosniff")
    .header(
      "content-disposition",
      `attachment; filename="${name.replace(/[^\w.-]+/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(files.read(sessionId, material.id));
}
