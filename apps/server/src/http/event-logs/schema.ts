import { eventLogSchema, idSchema, importReportSchema } from "@samspel/core";
import { z } from "zod";

export const uploadParamsSchema = z.strictObject({
  processId: idSchema,
  uploadId: z.string().min(1).max(64),
});

export const importedSchema = z.object({ eventLog: eventLogSchema, report: importReportSchema });
