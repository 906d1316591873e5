import { idSchema } from "@samspel/core";
import { z } from "zod";

export const sessionParamsSchema = z.strictObject({ sessionId: idSchema });
export const perspectiveParamsSchema = z.strictObject({
  sessionId: idSchema,
  perspectiveId: idSchema,
});
export const invitationParamsSchema = z.strictObject({
  sessionId: idSchema,
  invitationId: idSchema,
});
export const materialParamsSchema = z.strictObject({ sessionId: idSchema, materialId: idSchema });
export const tokenParamsSchema = z.strictObject({ token: z.string().min(16).max(128) });
