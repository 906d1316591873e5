/** Durations are seconds inside DuckDB and days in every fact, as pm4py's reference figures are. */
export const SECONDS_PER_DAY = 86_400;

/** SQL for a seconds expression in days. */
export function inDays(secondsSql: string): string {
  return `(${secondsSql}) / ${SECONDS_PER_DAY}.0`;
}

/** SQL for an instant as ISO 8601 UTC text (what JSON carries). */
export function isoSql(timestampSql: string): string {
  return `strftime(${timestampSql}, '%Y-%m-%dT%H:%M:%S.%gZ')`;
}

/** SQL for a day as `YYYY-MM-DD`. */
export function dateSql(timestampSql: string): string {
  return `strftime(${timestampSql}, '%Y-%m-%d')`;
}
