import type {
  ColumnMapping,
  CustomerScores,
  EventLog,
  ImportReport,
  OpenCaseRule,
  Process,
  ScoreMapping,
} from "@samspel/core";
import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import { AppError } from "../errors.js";
import type {
  CustomerScoresTable,
  Database,
  EventLogTable,
  ProcessTable,
} from "../storage/schema.js";

type Db = Kysely<Database> | Transaction<Database>;
export type ProcessRow = Selectable<ProcessTable>;

export const processNotFound = () =>
  new AppError(404, "process_not_found", "No such process, or you cannot see it.");

export async function findProcessRow(db: Db, processId: string): Promise<ProcessRow | undefined> {
  return db.selectFrom("processes").selectAll().where("id", "=", processId).executeTakeFirst();
}

function selectProcesses(db: Db) {
  return db
    .selectFrom("processes")
    .leftJoin("users", "users.id", "processes.owner_user_id")
    .selectAll("processes")
    .select("users.display_name as owner_name");
}

/** The organisation's processes with owners, logs and scores: three queries, not one per row. */
export async function listProcesses(db: Db, organisationId: string): Promise<Process[]> {
  const rows = await selectProcesses(db)
    .where("processes.organisation_id", "=", organisationId)
    .orderBy("processes.name")
    .orderBy("processes.id")
    .execute();
  return withLogs(db, rows);
}

export async function getProcess(db: Db, processId: string): Promise<Process> {
  const rows = await selectProcesses(db).where("processes.id", "=", processId).execute();
  const [process] = await withLogs(db, rows);
  if (!process) throw processNotFound();
  return process;
}

async function withLogs(
  db: Db,
  rows: (ProcessRow & { owner_name: string | null })[],
): Promise<Process[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const logs = await db
    .selectFrom("event_logs")
    .leftJoin("users", "users.id", "event_logs.imported_by")
    .selectAll("event_logs")
    .select("users.display_name as imported_by_name")
    .where("process_id", "in", ids)
    .execute();
  const scores = await db
    .selectFrom("customer_scores")
    .selectAll()
    .where("process_id", "in", ids)
    .execute();
  const logByProcess = new Map(logs.map((log) => [log.process_id, log]));
  const scoresByProcess = new Map(scores.map((score) => [score.process_id, score]));
  return rows.map((row) => {
    const log = logByProcess.get(row.id);
    const score = scoresByProcess.get(row.id);
    return {
      id: row.id,
      organisationId: row.organisation_id,
      name: row.name,
      purpose: row.purpose,
      ownerUserId: row.owner_user_id,
      ownerName: row.owner_name,
      parentId: row.parent_id,
      units: JSON.parse(row.units) as string[],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      eventLog: log ? toEventLog(log, log.imported_by_name) : null,
      customerScores: score ? toCustomerScores(score) : null,
    };
  });
}

export function toEventLog(row: Selectable<EventLogTable>, importedBy: string | null): EventLog {
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    mapping: JSON.parse(row.mapping) as ColumnMapping,
    openCaseRule: JSON.parse(row.open_case_rule) as OpenCaseRule,
    importedAt: row.imported_at,
    importedBy,
    cases: Number(row.cases),
    events: Number(row.events),
    report: JSON.parse(row.report) as ImportReport,
  };
}

function toCustomerScores(row: Selectable<CustomerScoresTable>): CustomerScores {
  const report = JSON.parse(row.report) as { rowsSkipped?: number };
  return {
    id: row.id,
    fileName: row.file_name,
    kind: row.kind,
    mapping: JSON.parse(row.mapping) as ScoreMapping,
    importedAt: row.imported_at,
    responses: Number(row.responses),
    rowsSkipped: report.rowsSkipped ?? 0,
  };
}

/**
 * Would making `parentId` the parent of `processId` close a loop? Walks up from the new parent;
 * the register is small (tens to hundreds of processes), so one query per level is fine.
 */
export async function createsCycle(db: Db, processId: string, parentId: string): Promise<boolean> {
  let current: string | null = parentId;
  const seen = new Set<string>();
  while (current !== null) {
    if (current === processId || seen.has(current)) return true;
    seen.add(current);
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom("processes")
      .select("parent_id")
      .where("id", "=", current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return false;
}

export async function countSubprocesses(db: Db, processId: string): Promise<number> {
  const row = await db
    .selectFrom("processes")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("parent_id", "=", processId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Makes `row` the process's event log in one transaction and answers the ids of the logs it
 * replaced, whose files the caller removes once this has committed.
 */
export async function replaceEventLog(
  db: Kysely<Database>,
  row: Insertable<EventLogTable>,
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const earlier = await trx
      .selectFrom("event_logs")
      .select("id")
      .where("process_id", "=", row.process_id)
      .execute();
    await trx.deleteFrom("event_logs").where("process_id", "=", row.process_id).execute();
    await trx.insertInto("event_logs").values(row).execute();
    return earlier.map((log) => log.id);
  });
}
