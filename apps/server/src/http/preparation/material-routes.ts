import { stat } from "node:fs/promises";
import { createMaterialBodySchema, materialSchema, PREPARATION_LIMITS } from "@samspel/core";
import { z } from "zod";
import { newId } from "../../accounts/tokens.js";
import { AppError } from "../../errors.js";
import {
  addMaterial,
  findMaterial,
  type MaterialFiles,
  materialFromBody,
  materialUsage,
  removeMaterial,
} from "../../preparation/materials.js";
import { sniffContentType } from "../../preparation/sniff.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { asFacilitator, limitReached } from "./access.js";
import { sendMaterialFile } from "./material-download.js";
import { materialParamsSchema, sessionParamsSchema } from "./schema.js";

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Preparation material: facts to read, links and files. Registered in the multipart scope (see
 * app.ts); JSON bodies work there as everywhere.
 */
export function registerMaterialRoutes(app: App, ctx: AppContext, files: MaterialFiles): void {
  async function assertRoomForOneMore(sessionId: string) {
    const usage = await materialUsage(ctx.storage.db, sessionId);
    if (usage.count >= PREPARATION_LIMITS.materials) {
      throw limitReached("materials", PREPARATION_LIMITS.materials);
    }
    return usage;
  }

  app.post(
    "/api/sessions/:sessionId/materials",
    {
      schema: {
        summary: "Add facts to read (text) or a link to the preparation material",
        tags: ["preparation"],
        params: sessionParamsSchema,
        body: createMaterialBodySchema,
        response: { 201: materialSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row, userId } = await asFacilitator(request, ctx);
      // VALIDATION
      await assertRoomForOneMore(row.id);
      // RESOLUTION
      const material = await addMaterial(
        ctx.storage.db,
        row.id,
        materialFromBody(request.body),
        userId,
        ctx.clock.now(),
      );
      return reply.status(201).send(material);
    },
  );

  app.post(
    "/api/sessions/:sessionId/materials/files",
    {
      schema: {
        summary: `Upload a file (multipart, field "file", optional "title"): documents, images or plain text, ${megabytes(PREPARATION_LIMITS.fileBytes)} MB each, ${megabytes(PREPARATION_LIMITS.sessionFileBytes)} MB per session`,
        tags: ["preparation"],
        params: sessionParamsSchema,
        response: { 201: materialSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row, userId } = await asFacilitator(request, ctx);
      // VALIDATION: the bounds are checked while the file streams in, then its content.
      const usage = await assertRoomForOneMore(row.id);
      if (!request.isMultipart()) {
        throw new AppError(415, "unsupported_media_type", "Send the file as multipart/form-data.");
      }
      const part = await request.file({
        limits: { fileSize: PREPARATION_LIMITS.fileBytes, files: 1, fields: 2 },
      });
      if (!part) {
        throw new AppError(400, "upload_file_missing", "Choose a file to upload.", {
          path: ["file"],
        });
      }
      const id = newId();
      await files.receive(row.id, id, part.file);
      try {
        if (part.file.truncated) {
          throw new AppError(
            413,
            "material_too_large",
            `A file may be at most ${megabytes(PREPARATION_LIMITS.fileBytes)} MB.`,
            { maxBytes: PREPARATION_LIMITS.fileBytes },
          );
        }
        const sizeBytes = (await stat(files.path(row.id, id))).size;
        if (usage.bytes + sizeBytes > PREPARATION_LIMITS.sessionFileBytes) {
          throw new AppError(
            413,
            "materials_quota_exceeded",
            `A session's files may take at most ${megabytes(PREPARATION_LIMITS.sessionFileBytes)} MB together.`,
            { maxBytes: PREPARATION_LIMITS.sessionFileBytes, usedBytes: usage.bytes },
          );
        }
        // Only the last path segment: browsers on some systems send the full path.
        const fileName = (part.filename.split(/[\\/]/).pop() ?? "").slice(0, 255) || "material";
        const contentType = sniffContentType(await files.head(row.id, id), fileName);
        if (!contentType) {
          throw new AppError(
            415,
            "material_type_not_allowed",
            "Only PDF, office documents, images (PNG, JPEG, GIF, WebP) and plain text files can be shared.",
          );
        }
        const titleField = part.fields.title;
        const title =
          titleField && "value" in titleField && typeof titleField.value === "string"
            ? titleField.value.trim().slice(0, 200)
            : "";
        // RESOLUTION
        const material = await addMaterial(
          ctx.storage.db,
          row.id,
          {
            kind: "file",
            title: title || fileName,
            file: { name: fileName, contentType, sizeBytes },
          },
          userId,
          ctx.clock.now(),
          id,
        );
        return reply.status(201).send(material);
      } catch (error) {
        await files.remove(row.id, id);
        throw error;
      }
    },
  );

  app.get(
    "/api/sessions/:sessionId/materials/:materialId/file",
    {
      schema: {
        summary: "Download a preparation file (facilitators), as an attachment",
        tags: ["preparation"],
        params: materialParamsSchema,
        response: { 200: z.unknown(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row } = await asFacilitator(request, ctx);
      const material = await findMaterial(ctx.storage.db, row.id, request.params.materialId);
      return sendMaterialFile(reply, files, row.id, material);
    },
  );

  app.delete(
    "/api/sessions/:sessionId/materials/:materialId",
    {
      schema: {
        summary: "Remove a piece of preparation material (and its file)",
        tags: ["preparation"],
        params: materialParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { row } = await asFacilitator(request, ctx);
      // VALIDATION
      const material = await findMaterial(ctx.storage.db, row.id, request.params.materialId);
      if (!material)
        throw new AppError(404, "material_not_found", "This session has no such material.");
      // RESOLUTION: the row first, so a file left by a crash is only an orphan, never a broken link.
      await removeMaterial(ctx.storage.db, row.id, material.id);
      if (material.kind === "file") await files.remove(row.id, material.id);
      return reply.status(204).send(null);
    },
  );
}
