import type { ProcessApiErrorCode } from "@samspel/core";

// Typed over core's union: a new process error code fails the type check here and in each locale.
export const processApiErrors: Record<ProcessApiErrorCode, string> = {
  process_not_found: "This process does not exist, or you cannot see it.",
  process_parent_not_found: "The main process you chose does not exist any more.",
  process_cycle: "A process cannot be placed under itself or under one of its sub-processes.",
  process_owner_not_member: "The process owner must be a member of this organisation.",
  process_has_subprocesses: "Move or remove the sub-processes of this process first.",
  upload_not_found: "This upload has expired. Upload the file again.",
  upload_file_missing: "Choose a file to upload.",
  event_log_not_found: "This process has no event log yet. Import one first.",
  customer_scores_not_found: "This process has no customer scores yet.",
  empty_file: "The file is empty.",
  encoding_unsupported:
    "The file's text encoding is not supported. Save it as UTF-8 and try again.",
  csv_no_columns: "No columns were found. The file needs a delimiter: comma, semicolon, tab or |.",
  csv_malformed_row:
    "A row of the file could not be read (unbalanced quotes or a wrong number of fields).",
  mapping_missing: "Choose the columns for case id, activity and timestamp.",
  mapping_unknown_column: "A chosen column is not in the file.",
  timestamp_format_unknown: "The timestamp column does not read as dates and times.",
  too_many_invalid_rows: "Too many rows could not be used.",
  missing_case_id: "Too many rows have no case id.",
  missing_activity: "Too many rows have no activity.",
  missing_timestamp: "Too many rows have no timestamp.",
  invalid_timestamp: "Too many rows have a timestamp that cannot be read.",
  invalid_start_timestamp: "Too many rows have a start timestamp that cannot be read.",
  xes_malformed: "The XES file is not well-formed XML.",
  xes_not_a_log: "The file is XML but not an XES event log.",
  gzip_corrupt: "The compressed file is damaged or cut short.",
  empty_log: "The file holds no events.",
  score_invalid: "The score column does not hold numbers.",
  invalid_filter: "The filter is not valid.",
};

export const flowEn = {
  nav: "Processes",
};

export type FlowMessages = typeof flowEn;
