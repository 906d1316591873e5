import type { ColumnMapping } from "@samspel/core";
import { type ImportedLog, importCsv, importXes } from "@samspel/flow";
import { orThrow } from "./flow-errors.js";
import type { FlowFiles } from "./flow-files.js";
import type { UploadMeta, Uploads } from "./uploads.js";

/** Imports an upload as the person confirmed it, to `DATA_DIR/flow/<logId>/events.parquet`. */
export async function runImport(
  files: FlowFiles,
  uploads: Uploads,
  upload: UploadMeta,
  mapping: ColumnMapping,
  logId: string,
): Promise<ImportedLog> {
  const target = { flowDir: files.flowDir, logId };
  if (upload.plan) return orThrow(await importCsv({ ...upload.plan, mapping }, target));
  // XES: the case is the trace, starts are lifecycle transitions; the rest are attribute keys.
  const { activity, timestamp, resource, unit } = mapping;
  const keys = Object.fromEntries(
    Object.entries({ activity, timestamp, resource, unit }).filter(([, key]) => key),
  );
  return orThrow(await importXes(uploads.sourcePath(upload.id), target, { mapping: keys }));
}
