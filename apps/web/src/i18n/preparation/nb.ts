import type { PreparationApiErrorCode } from "@samspel/core";

export const preparationApiErrors: Record<PreparationApiErrorCode, string> = {
  perspective_not_found: "Det perspektivet hører ikke lenger til denne samlingen.",
  session_invitation_not_found: "Den invitasjonen hører ikke lenger til denne samlingen.",
  already_invited: "Dette medlemmet er allerede invitert til samlingen.",
  invitee_not_member:
    "Bare medlemmer av organisasjonen kan inviteres med konto. Inviter andre med navn.",
  preparation_limit_reached: "Samlingen har nådd grensen for denne typen oppføringer.",
  material_not_found: "Det materialet hører ikke lenger til denne samlingen.",
  material_too_large: "Filen er for stor: en fil kan være høyst 10 MB.",
  materials_quota_exceeded:
    "Filene i samlingen ville til sammen bli mer enn 50 MB. Fjern en fil først.",
  material_type_not_allowed:
    "Denne filtypen kan ikke deles. Bruk PDF, kontordokumenter, bilder eller ren tekst.",
  meeting_time_missing:
    "Møtet har ikke fått et tidspunkt ennå, så det er ingenting å legge i kalenderen.",
};
