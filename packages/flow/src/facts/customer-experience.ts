import type { FlowLog } from "../analysis/flow-log.js";
import { sqlString } from "../duckdb/sql.js";
import type { ScoreKind } from "../scores/score-mapping.js";
import { distribution } from "./distribution.js";
import { SECONDS_PER_DAY } from "./durations.js";
import type { OpenCaseRule } from "./open-cases.js";
import { weeklyFigures } from "./weeks.js";

export interface ExperienceWeek {
  week: string;
  weekStart: string;
  responses: number;
  meanScore: number | null;
  /** The same week's median lead time of completed cases: the two side by side. */
  medianLeadTimeDays: number | null;
}

export interface ExperienceBand {
  /** Cases up to the median lead time, between median and p85, and beyond p85. */
  band: "upToP50" | "p50ToP85" | "aboveP85";
  responses: number;
  meanScore: number | null;
}

export interface CustomerExperience {
  kind: ScoreKind;
  responses: number;
  /** Answers tied to a case of the (filtered) log. */
  matchedCases: number;
  meanScore: number | null;
  /** Net Promoter Score, -100 to 100: % answering 9–10 minus % answering 0–6 (NPS only). */
  nps: number | null;
  weeks: ExperienceWeek[];
  /** Per-case answers only: the mean score of slow and fast cases. */
  byLeadTime: ExperienceBand[];
  /** Pearson correlation of score and lead time over answered cases; null without case ids. */
  leadTimeCorrelation: number | null;
}

/**
 * Customer experience beside lead time (seed 002 names both as what leaders steer on). Answers
 * with a case id take their week from the case's completion, so a week's score and its lead
 * time are about the same cases; answers with only a date count in that date's week.
 */
export async function customerExperience(
  log: FlowLog,
  scoresPath: string,
  kind: ScoreKind,
  rule: OpenCaseRule = {},
): Promise<CustomerExperience> {
  const scores = `read_parquet(${sqlString(scoresPath)})`;
  // A case-tied answer outside the filtered log drops out; a date-only one stays in its week.
  await log.db.run(`CREATE OR REPLACE TEMP TABLE answers AS
    SELECT s.score, c.case_no, c.lead_s,
           date_trunc('week', coalesce(c.end_ts, s.answered_at)) AS week_start
    FROM ${scores} s
    LEFT JOIN case_ids i ON i.case_id = s.case_id
    LEFT JOIN cases c ON c.case_no = i.case_no
    WHERE c.case_no IS NOT NULL OR (s.case_id IS NULL AND s.answered_at IS NOT NULL)`);
  const [totals] = await log.db.rows<{
    responses: number;
    matched: number;
    mean: number | null;
    nps: number | null;
    correlation: number | null;
  }>(`
    SELECT count(*)::DOUBLE AS responses, count(case_no)::DOUBLE AS matched, avg(score) AS mean,
           100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6))
             / nullif(count(*), 0) AS nps,
           corr(score, lead_s) AS correlation
    FROM answers`);
  const answeredWeeks = await log.db.rows<{ weekStart: string; responses: number; mean: number }>(`
    SELECT strftime(week_start, '%Y-%m-%d') AS "weekStart", count(*)::DOUBLE AS responses,
           avg(score) AS mean
    FROM answers WHERE week_start IS NOT NULL GROUP BY week_start`);
  const byWeek = new Map(answeredWeeks.map((week) => [week.weekStart, week]));
  const weeks = (await weeklyFigures(log, rule)).map((week) => ({
    week: week.week,
    weekStart: week.weekStart,
    responses: byWeek.get(week.weekStart)?.responses ?? 0,
    meanScore: byWeek.get(week.weekStart)?.mean ?? null,
    medianLeadTimeDays: week.medianLeadTimeDays,
  }));
  return {
    kind,
    responses: totals?.responses ?? 0,
    matchedCases: totals?.matched ?? 0,
    meanScore: totals?.mean ?? null,
    nps: kind === "nps" ? (totals?.nps ?? null) : null,
    weeks,
    byLeadTime: await bands(log),
    leadTimeCorrelation: Number.isFinite(totals?.correlation)
      ? (totals?.correlation ?? null)
      : null,
  };
}

async function bands(log: FlowLog): Promise<ExperienceBand[]> {
  // The same percentiles the lead-time chart shows, so "beyond p85" means one thing everywhere.
  const { median, p85 } = await distribution(log.db, "lead_s", "cases");
  if (median === null || p85 === null) return [];
  const rows = await log.db.rows<ExperienceBand>(`
    SELECT CASE WHEN lead_s <= ${median * SECONDS_PER_DAY} THEN 'upToP50'
                WHEN lead_s <= ${p85 * SECONDS_PER_DAY} THEN 'p50ToP85' ELSE 'aboveP85' END AS band,
           count(*)::DOUBLE AS responses, avg(score) AS "meanScore"
    FROM answers WHERE case_no IS NOT NULL GROUP BY 1`);
  const order: ExperienceBand["band"][] = ["upToP50", "p50ToP85", "aboveP85"];
  if (rows.length === 0) return [];
  return order.map(
    (band) => rows.find((row) => row.band === band) ?? { band, responses: 0, meanScore: null },
  );
}
