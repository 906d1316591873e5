import type { ProcessApiErrorCode } from "@samspel/core";
import type { FlowMessages } from "./en";

export const processApiErrors: Record<ProcessApiErrorCode, string> = {
  process_not_found: "Den här processen finns inte, eller så har du inte tillgång till den.",
  process_parent_not_found: "Huvudprocessen du valde finns inte längre.",
  process_cycle: "En process kan inte ligga under sig själv eller under en av sina delprocesser.",
  process_owner_not_member: "Processägaren måste vara medlem i den här organisationen.",
  process_has_subprocesses: "Flytta eller ta bort processens delprocesser först.",
  upload_not_found: "Uppladdningen har gått ut. Ladda upp filen igen.",
  upload_file_missing: "Välj en fil att ladda upp.",
  event_log_not_found: "Den här processen har ingen händelselogg ännu. Importera en först.",
  customer_scores_not_found: "Den här processen har inga kundomdömen ännu.",
  empty_file: "Filen är tom.",
  encoding_unsupported: "Filens teckenkodning stöds inte. Spara den som UTF-8 och försök igen.",
  csv_no_columns:
    "Inga kolumner hittades. Filen behöver en avgränsare: komma, semikolon, tabb eller |.",
  csv_malformed_row:
    "En rad i filen kunde inte läsas (obalanserade citattecken eller fel antal fält).",
  mapping_missing: "Välj kolumnerna för ärende-id, aktivitet och tidpunkt.",
  mapping_unknown_column: "En vald kolumn finns inte i filen.",
  timestamp_format_unknown: "Tidpunktskolumnen kan inte läsas som datum och tid.",
  too_many_invalid_rows: "För många rader kunde inte användas.",
  missing_case_id: "För många rader saknar ärende-id.",
  missing_activity: "För många rader saknar aktivitet.",
  missing_timestamp: "För många rader saknar tidpunkt.",
  invalid_timestamp: "För många rader har en tidpunkt som inte kan läsas.",
  invalid_start_timestamp: "För många rader har en starttidpunkt som inte kan läsas.",
  xes_malformed: "XES-filen är inte giltig XML.",
  xes_not_a_log: "Filen är XML men ingen XES-händelselogg.",
  gzip_corrupt: "Den komprimerade filen är skadad eller avkortad.",
  empty_log: "Filen innehåller inga händelser.",
  score_invalid: "Poängkolumnen innehåller inte tal.",
  invalid_filter: "Filtret är inte giltigt.",
};

export const flowSv: FlowMessages = {
  nav: "Processer",
};
