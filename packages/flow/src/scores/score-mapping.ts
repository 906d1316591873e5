import { suggestMapping } from "../import/column-mapping.js";
import type { CsvImportPlan } from "../import/csv-plan.js";

/**
 * Customer-experience scores (CSAT, NPS and the like): one score per row, tied to a case (a
 * survey sent when the case closed) or to a date (a period's survey result).
 */
export type ScoreKind = "csat" | "nps";

export interface ScoreMapping {
  score: string;
  /** The case the answer is about; joined to the event log's case ids. */
  caseId?: string;
  /** When the answer was given, or the period it stands for. */
  date?: string;
  /** NPS: 0–10, promoters 9–10, detractors 0–6. CSAT: any scale, the mean is shown. */
  kind: ScoreKind;
}

const SCORE_NAMES = [
  "score",
  "csat",
  "nps",
  "rating",
  "satisfaction",
  "karakter",
  "tilfredshet",
  "betyg",
  "nöjdhet",
  "cijfer",
  "tevredenheid",
  "value",
];

const NUMBER = /^\s*-?\d+([.,]\d+)?\s*$/;

/** A mapping for a person to confirm: the score column by name, else the first numeric one. */
export function suggestScoreMapping(plan: CsvImportPlan): Partial<ScoreMapping> {
  const timestamps = new Set(Object.keys(plan.timestampFormats));
  const events = suggestMapping(plan.columns, timestamps);
  const numeric = (index: number) =>
    plan.preview.length > 0 && plan.preview.every((row) => NUMBER.test(row[index] ?? ""));
  const byName = plan.columns.find((column) =>
    SCORE_NAMES.includes(column.toLowerCase().replace(/[\s_-]/g, "")),
  );
  const score =
    byName ??
    plan.columns.find(
      (column, index) => column !== events.caseId && !timestamps.has(column) && numeric(index),
    );
  const date = events.timestamp ?? plan.columns.find((column) => timestamps.has(column));
  const mapping: Partial<ScoreMapping> = { kind: "csat" };
  if (score !== undefined) {
    mapping.score = score;
    const index = plan.columns.indexOf(score);
    const values = plan.preview.map((row) => Number((row[index] ?? "").replace(",", ".")));
    // A 0-10 scale with answers above 7 reads as NPS; CSAT is usually 1-5 or 1-7.
    if (values.some((value) => value > 7) && values.every((value) => value <= 10)) {
      mapping.kind = "nps";
    }
  }
  if (events.caseId !== undefined) mapping.caseId = events.caseId;
  if (date !== undefined) mapping.date = date;
  return mapping;
}
