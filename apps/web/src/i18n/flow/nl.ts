import type { ProcessApiErrorCode } from "@samspel/core";
import type { FlowMessages } from "./en";

export const processApiErrors: Record<ProcessApiErrorCode, string> = {
  process_not_found: "Dit proces bestaat niet, of je hebt er geen toegang toe.",
  process_parent_not_found: "Het hoofdproces dat je koos, bestaat niet meer.",
  process_cycle: "Een proces kan niet onder zichzelf of onder een van zijn deelprocessen staan.",
  process_owner_not_member: "De proceseigenaar moet lid zijn van deze organisatie.",
  process_has_subprocesses: "Verplaats of verwijder eerst de deelprocessen van dit proces.",
  upload_not_found: "Deze upload is verlopen. Upload het bestand opnieuw.",
  upload_file_missing: "Kies een bestand om te uploaden.",
  event_log_not_found: "Dit proces heeft nog geen eventlog. Importeer er eerst een.",
  customer_scores_not_found: "Dit proces heeft nog geen klantscores.",
  empty_file: "Het bestand is leeg.",
  encoding_unsupported:
    "De tekencodering van het bestand wordt niet ondersteund. Sla het op als UTF-8 en probeer opnieuw.",
  csv_no_columns:
    "Geen kolommen gevonden. Het bestand heeft een scheidingsteken nodig: komma, puntkomma, tab of |.",
  csv_malformed_row:
    "Een regel van het bestand kon niet worden gelezen (ongelijke aanhalingstekens of een verkeerd aantal velden).",
  mapping_missing: "Kies de kolommen voor zaak-id, activiteit en tijdstip.",
  mapping_unknown_column: "Een gekozen kolom staat niet in het bestand.",
  timestamp_format_unknown: "De tijdstipkolom is niet als datum en tijd te lezen.",
  too_many_invalid_rows: "Te veel regels waren niet bruikbaar.",
  missing_case_id: "Te veel regels hebben geen zaak-id.",
  missing_activity: "Te veel regels hebben geen activiteit.",
  missing_timestamp: "Te veel regels hebben geen tijdstip.",
  invalid_timestamp: "Te veel regels hebben een tijdstip dat niet te lezen is.",
  invalid_start_timestamp: "Te veel regels hebben een starttijdstip dat niet te lezen is.",
  xes_malformed: "Het XES-bestand is geen geldige XML.",
  xes_not_a_log: "Het bestand is XML, maar geen XES-eventlog.",
  gzip_corrupt: "Het gecomprimeerde bestand is beschadigd of afgebroken.",
  empty_log: "Het bestand bevat geen events.",
  score_invalid: "De scorekolom bevat geen getallen.",
  invalid_filter: "Het filter is niet geldig.",
};

export const flowNl: FlowMessages = {
  nav: "Processen",
};
