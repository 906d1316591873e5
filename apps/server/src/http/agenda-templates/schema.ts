import { idSchema } from "@samspel/core";
import { z } from "zod";

export const orgParamsSchema = z.strictObject({ orgId: idSchema });
export const templateParamsSchema = z.strictObject({ orgId: idSchema, templateId: idSchema });
