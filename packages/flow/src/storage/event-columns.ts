/**
 * The canonical columns of `events.parquet`. Rows are in file order (the Parquet row number is
 * the file row number: DuckDB's `file_row_number`), which breaks ties between equal timestamps
 * the way pm4py and bupaR do: the earlier line comes first.
 */
export const EVENT_COLUMNS = {
  caseId: "case_id",
  activity: "activity",
  /** Completion time, UTC. */
  timestamp: "ts",
  /** Start time, UTC, when the log has one. */
  startTimestamp: "start_ts",
  resource: "resource",
  unit: "unit",
} as const;

/** Other columns of the source are kept as `attr:<name>`, so they never clash with the above. */
export const ATTRIBUTE_PREFIX = "attr:";

export function attributeColumn(name: string): string {
  return `${ATTRIBUTE_PREFIX}${name}`;
}
