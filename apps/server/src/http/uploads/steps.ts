import type { CsvImportPlan, LogFormat } from "@samspel/flow";
import type { FastifyRequest } from "fastify";
import type { ProcessRow } from "../../processes/register.js";
import type { UploadMeta, UploadPurpose, Uploads } from "../../processes/uploads.js";
import type { AppContext } from "../context.js";
import { receiveUpload } from "../event-logs/receive-file.js";
import { requireLogin } from "../plugins/session.js";
import { processOr404 } from "../processes/access.js";

/**
 * The two steps every import under a process shares (event log, customer scores), so both
 * guard the same way: only someone who may manage the process uploads or confirms, and an
 * upload is only ever opened under the process and for the purpose it was received for.
 */

/** Step 1: the gate, then the file received and planned by `detect` and kept for step 2. */
export async function receiveProcessUpload(
  request: FastifyRequest,
  ctx: AppContext,
  uploads: Uploads,
  processId: string,
  purpose: UploadPurpose,
  detect: (path: string) => Promise<{ format: LogFormat; plan: CsvImportPlan | null }>,
): Promise<UploadMeta> {
  // AUTH
  const process = await processOr404(request, ctx, processId, "manageProcesses");
  // VALIDATION + RESOLUTION: the file on disk, its first bytes read by the flow room for a
  // plan that waits beside it for the confirmation.
  return receiveUpload(
    request,
    uploads,
    { processId: process.id, purpose, now: ctx.clock.now() },
    detect,
  );
}

/** Step 2: the gate, who confirms, and the upload waiting for this process and purpose. */
export async function openUpload(
  request: FastifyRequest & { params: { processId: string; uploadId: string } },
  ctx: AppContext,
  uploads: Uploads,
  purpose: UploadPurpose,
): Promise<{ process: ProcessRow; userId: string; upload: UploadMeta }> {
  const ids = request.params;
  // AUTH
  const process = await processOr404(request, ctx, ids.processId, "manageProcesses");
  const { userId } = requireLogin(request);
  // VALIDATION: another process's or another purpose's upload is not found.
  const upload = await uploads.open(ids.uploadId, process.id, purpose);
  return { process, userId, upload };
}
