import { idSchema } from "@samspel/core";
import { z } from "zod";

export const orgParamsSchema = z.strictObject({ orgId: idSchema });
export const processParamsSchema = z.strictObject({ processId: idSchema });
