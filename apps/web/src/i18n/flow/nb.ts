import type { ProcessApiErrorCode } from "@samspel/core";
import type { FlowMessages } from "./en";

export const processApiErrors: Record<ProcessApiErrorCode, string> = {
  process_not_found: "Denne prosessen finnes ikke, eller du har ikke tilgang til den.",
  process_parent_not_found: "Hovedprosessen du valgte, finnes ikke lenger.",
  process_cycle: "En prosess kan ikke ligge under seg selv eller under en av sine delprosesser.",
  process_owner_not_member: "Prosesseieren må være medlem av denne organisasjonen.",
  process_has_subprocesses: "Flytt eller fjern delprosessene til denne prosessen først.",
  upload_not_found: "Opplastingen er utløpt. Last opp filen på nytt.",
  upload_file_missing: "Velg en fil å laste opp.",
  event_log_not_found: "Denne prosessen har ingen hendelseslogg ennå. Importer en først.",
  customer_scores_not_found: "Denne prosessen har ingen kundetilbakemeldinger ennå.",
  empty_file: "Filen er tom.",
  encoding_unsupported: "Tegnkodingen i filen støttes ikke. Lagre den som UTF-8 og prøv igjen.",
  csv_no_columns:
    "Fant ingen kolonner. Filen trenger et skilletegn: komma, semikolon, tabulator eller |.",
  csv_malformed_row:
    "En rad i filen kunne ikke leses (ubalanserte anførselstegn eller feil antall felt).",
  mapping_missing: "Velg kolonnene for saks-ID, aktivitet og tidspunkt.",
  mapping_unknown_column: "En valgt kolonne finnes ikke i filen.",
  timestamp_format_unknown: "Tidspunktkolonnen kan ikke leses som dato og klokkeslett.",
  too_many_invalid_rows: "For mange rader kunne ikke brukes.",
  missing_case_id: "For mange rader mangler saks-ID.",
  missing_activity: "For mange rader mangler aktivitet.",
  missing_timestamp: "For mange rader mangler tidspunkt.",
  invalid_timestamp: "For mange rader har et tidspunkt som ikke kan leses.",
  invalid_start_timestamp: "For mange rader har et starttidspunkt som ikke kan leses.",
  xes_malformed: "XES-filen er ikke gyldig XML.",
  xes_not_a_log: "Filen er XML, men ikke en XES-hendelseslogg.",
  gzip_corrupt: "Den komprimerte filen er skadet eller avkortet.",
  empty_log: "Filen inneholder ingen hendelser.",
  score_invalid: "Poengkolonnen inneholder ikke tall.",
  invalid_filter: "Filteret er ikke gyldig.",
};

export const flowNb: FlowMessages = {
  nav: "Prosesser",
};
