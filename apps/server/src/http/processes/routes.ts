import {
  createProcessBodySchema,
  processListSchema,
  processSchema,
  updateProcessBodySchema,
} from "@samspel/core";
import type { Transaction } from "kysely";
import { z } from "zod";
import { findRole, lockOrganisation } from "../../accounts/organisations.js";
import { newId } from "../../accounts/tokens.js";
import { AppError } from "../../errors.js";
import type { FlowFiles } from "../../processes/flow-files.js";
import {
  countSubprocesses,
  createsCycle,
  findProcessRow,
  getProcess,
  listProcesses,
  type ProcessRow,
} from "../../processes/register.js";
import type { Database } from "../../storage/schema.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability } from "../plugins/session.js";
import { processOr404 } from "./access.js";
import { orgParamsSchema, processParamsSchema } from "./schema.js";

export function registerProcessRoutes(app: App, ctx: AppContext, files: FlowFiles): void {
  app.get(
    "/api/orgs/:orgId/processes",
    {
      schema: {
        summary: "The organisation's process register: every process with owner and event log",
        tags: ["processes"],
        params: orgParamsSchema,
        response: { 200: processListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "viewProcesses");
      return { processes: await listProcesses(ctx.storage.db, orgId) };
    },
  );

  app.post(
    "/api/orgs/:orgId/processes",
    {
      schema: {
        summary:
          "Add a process, optionally as a sub-process of another (admins, facilitators, leaders)",
        tags: ["processes"],
        params: orgParamsSchema,
        body: createProcessBodySchema,
        response: { 201: processSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { orgId } = request.params;
      const { session } = await requireCapability(request, ctx, orgId, "manageProcesses");
      const body = request.body;
      const id = newId();
      const now = ctx.clock.now().toISOString();
      await ctx.storage.db.transaction().execute(async (trx) => {
        await lockOrganisation(trx, orgId, ctx.storage.kind);
        // VALIDATION
        await checkOwner(trx, orgId, body.ownerUserId);
        await checkParent(trx, orgId, id, body.parentId);
        // RESOLUTION
        await trx
          .insertInto("processes")
          .values({
            id,
            organisation_id: orgId,
            name: body.name,
            purpose: body.purpose,
            owner_user_id: body.ownerUserId,
            parent_id: body.parentId,
            units: JSON.stringify(body.units),
            created_by: session.userId,
            created_at: now,
            updated_at: now,
          })
          .execute();
      });
      return reply.status(201).send(await getProcess(ctx.storage.db, id));
    },
  );

  app.get(
    "/api/processes/:processId",
    {
      schema: {
        summary: "A process with its owner, event log and customer scores",
        tags: ["processes"],
        params: processParamsSchema,
        response: { 200: processSchema, ...errorResponses },
      },
    },
    async (request) => {
      await processOr404(request, ctx, request.params.processId, "viewProcesses");
      return getProcess(ctx.storage.db, request.params.processId);
    },
  );

  app.patch(
    "/api/processes/:processId",
    {
      schema: {
        summary: "Change a process: name, purpose, owner, parent, units",
        tags: ["processes"],
        params: processParamsSchema,
        body: updateProcessBodySchema,
        response: { 200: processSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const row = await processOr404(request, ctx, request.params.processId, "manageProcesses");
      const body = request.body;
      await ctx.storage.db.transaction().execute(async (trx) => {
        // Serialises register writes: two moves at once could otherwise each pass the cycle check.
        await lockOrganisation(trx, row.organisation_id, ctx.storage.kind);
        // VALIDATION
        if (body.ownerUserId !== undefined) {
          await checkOwner(trx, row.organisation_id, body.ownerUserId);
        }
        if (body.parentId !== undefined) {
          await checkParent(trx, row.organisation_id, row.id, body.parentId);
        }
        // RESOLUTION
        await trx
          .updateTable("processes")
          .set({
            ...(body.name !== undefined ? { name: body.name } : {}),
            ...(body.purpose !== undefined ? { purpose: body.purpose } : {}),
            ...(body.ownerUserId !== undefined ? { owner_user_id: body.ownerUserId } : {}),
            ...(body.parentId !== undefined ? { parent_id: body.parentId } : {}),
            ...(body.units !== undefined ? { units: JSON.stringify(body.units) } : {}),
            updated_at: ctx.clock.now().toISOString(),
          })
          .where("id", "=", row.id)
          .execute();
      });
      return getProcess(ctx.storage.db, row.id);
    },
  );

  app.delete(
    "/api/processes/:processId",
    {
      schema: {
        summary: "Remove a process with its event log and scores (not while it has sub-processes)",
        tags: ["processes"],
        params: processParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await processOr404(request, ctx, request.params.processId, "manageProcesses");
      const removed = await ctx.storage.db.transaction().execute(async (trx) => {
        await lockOrganisation(trx, row.organisation_id, ctx.storage.kind);
        if ((await countSubprocesses(trx, row.id)) > 0) {
          throw new AppError(
            409,
            "process_has_subprocesses",
            "Move or remove the sub-processes of this process first.",
          );
        }
        const stored = await storedFileIds(trx, row);
        await trx.deleteFrom("processes").where("id", "=", row.id).execute();
        return stored;
      });
      // After the commit: a failed delete must never leave a row whose files are gone.
      await files.remove(removed);
      return reply.status(204).send(null);
    },
  );
}

async function checkOwner(
  trx: Transaction<Database>,
  organisationId: string,
  ownerUserId: string | null,
): Promise<void> {
  if (ownerUserId === null) return;
  if (!(await findRole(trx, organisationId, ownerUserId))) {
    throw new AppError(
      400,
      "process_owner_not_member",
      "The process owner must be a member of this organisation.",
      { path: ["ownerUserId"] },
    );
  }
}

async function checkParent(
  trx: Transaction<Database>,
  organisationId: string,
  processId: string,
  parentId: string | null,
): Promise<void> {
  if (parentId === null) return;
  const parent = await findProcessRow(trx, parentId);
  if (!parent || parent.organisation_id !== organisationId) {
    throw new AppError(
      400,
      "process_parent_not_found",
      "The main process named does not exist in this organisation.",
      { path: ["parentId"] },
    );
  }
  if (await createsCycle(trx, processId, parentId)) {
    throw new AppError(
      409,
      "process_cycle",
      "A process cannot be placed under itself or under one of its own sub-processes.",
      { path: ["parentId"] },
    );
  }
}

async function storedFileIds(trx: Transaction<Database>, row: ProcessRow): Promise<string[]> {
  const logs = await trx
    .selectFrom("event_logs")
    .select("id")
    .where("process_id", "=", row.id)
    .execute();
  const scores = await trx
    .selectFrom("customer_scores")
    .select("id")
    .where("process_id", "=", row.id)
    .execute();
  return [...logs, ...scores].map((stored) => stored.id);
}
