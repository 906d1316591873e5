import { openDatabase } from "../duckdb/database.js";
import { sqlString } from "../duckdb/sql.js";
import { catchFlowError, FlowFailure, fail, ok, type Result } from "../errors.js";
import type { CsvImportPlan } from "../import/csv-plan.js";
import { rawColumn, readCsvSql } from "../import/csv-sql.js";
import type { ImportOptions } from "../import/import-options.js";
import { DEFAULT_MAX_SKIPPED_SHARE } from "../import/import-options.js";
import { timestampSql } from "../import/timestamp-format.js";
import { commitStaged, discardStaged, stagingFile } from "../storage/log-store.js";
import type { ScoreMapping } from "./score-mapping.js";

export interface ScoreImportReport {
  fileName: string;
  rowsRead: number;
  responses: number;
  rowsSkipped: number;
  /** The first skipped rows: line (1-based, header counted) and the text that was no score. */
  skipped: { line: number; found: string }[];
  min: number | null;
  max: number | null;
}

const SKIPPED_DETAIL_LIMIT = 20;

/**
 * Writes the scores of a planned CSV to `targetPath` (`scores.parquet`): case id, date and score
 * per answer, replacing an earlier file in one rename as event logs are.
 */
export async function importScores(
  plan: CsvImportPlan,
  mapping: ScoreMapping,
  targetPath: string,
  options: ImportOptions = {},
): Promise<Result<ScoreImportReport>> {
  const checked = checkMapping(plan, mapping);
  if (!checked.ok) return checked;
  const db = await openDatabase(options.database);
  const staging = await stagingFile(targetPath);
  try {
    return await catchFlowError(async () => {
      const first = plan.dialect.header ? 2 : 1;
      await db.run(`CREATE TEMP TABLE raw AS
        SELECT (row_number() OVER ())::INTEGER + ${first - 1} AS line, *
        FROM ${readCsvSql(plan, "strict")}`);
      const score = rawColumn(plan, mapping.score);
      const parsed = `TRY_CAST(replace(trim(${score}), ',', '.') AS DOUBLE)`;
      const date = mapping.date
        ? timestampSql(
            rawColumn(plan, mapping.date),
            plan.timestampFormats[mapping.date]?.formats ?? [],
          )
        : "NULL::TIMESTAMP";
      const caseId = mapping.caseId ? rawColumn(plan, mapping.caseId) : "NULL::VARCHAR";
      await db.run(`CREATE TEMP TABLE scores AS
        SELECT line, ${caseId} AS case_id, ${date} AS answered_at, ${parsed} AS score, ${score} AS raw_score
        FROM raw`);
      const report = await scoreReport(db, plan.fileName);
      const maxShare = options.maxSkippedShare ?? DEFAULT_MAX_SKIPPED_SHARE;
      if (report.responses === 0 || report.rowsSkipped > maxShare * report.rowsRead) {
        const bad = report.skipped[0];
        throw new FlowFailure({
          code: "score_invalid",
          message: `${report.rowsSkipped} of ${report.rowsRead} rows have no number in '${mapping.score}'.`,
          columnName: mapping.score,
          column: plan.columns.indexOf(mapping.score) + 1,
          expected: "a number such as 4 or 8.5",
          ...(bad ? { line: bad.line, found: bad.found } : {}),
        });
      }
      await db.run(`COPY (SELECT case_id, answered_at, score FROM scores WHERE score IS NOT NULL ORDER BY line)
        TO ${sqlString(staging)} (FORMAT parquet)`);
      await commitStaged(staging, targetPath);
      return report;
    });
  } finally {
    await discardStaged(staging);
    db.close();
  }
}

function checkMapping(plan: CsvImportPlan, mapping: ScoreMapping): Result<true> {
  for (const column of [mapping.score, mapping.caseId, mapping.date]) {
    if (column !== undefined && !plan.columns.includes(column)) {
      return fail("mapping_unknown_column", `No column '${column}' in the file.`, {
        columnName: column,
        expected: `one of: ${plan.columns.join(", ")}`,
      });
    }
  }
  if (mapping.caseId === undefined && mapping.date === undefined) {
    return fail("mapping_missing", "Choose the column with the case id, the date, or both.", {
      expected: `one of: ${plan.columns.join(", ")}`,
    });
  }
  if (mapping.date !== undefined && !plan.timestampFormats[mapping.date]) {
    return fail("timestamp_format_unknown", `Column '${mapping.date}' does not read as dates.`, {
      columnName: mapping.date,
      column: plan.columns.indexOf(mapping.date) + 1,
      expected: "dates such as 2024-03-01 or 01/03/2024",
    });
  }
  return ok(true);
}

async function scoreReport(
  db: Awaited<ReturnType<typeof openDatabase>>,
  fileName: string,
): Promise<ScoreImportReport> {
  const [totals] = await db.rows<{ rows: number; responses: number; min: number; max: number }>(`
    SELECT count(*)::DOUBLE AS rows, count(score)::DOUBLE AS responses,
           min(score) AS min, max(score) AS max FROM scores`);
  const skipped = await db.rows<{ line: number; found: string }>(`
    SELECT line, coalesce(raw_score, '') AS found FROM scores WHERE score IS NULL
    ORDER BY line LIMIT ${SKIPPED_DETAIL_LIMIT}`);
  const rows = totals?.rows ?? 0;
  const responses = totals?.responses ?? 0;
  return {
    fileName,
    rowsRead: rows,
    responses,
    rowsSkipped: rows - responses,
    skipped,
    min: totals?.min ?? null,
    max: totals?.max ?? null,
  };
}
