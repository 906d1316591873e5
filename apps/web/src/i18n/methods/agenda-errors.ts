import type { AgendaApiErrorCode, Locale } from "@samspel/core";

/** The agenda's and saved templates' error codes, per language; spread into each apiErrors. */
export const agendaApiErrors: Record<Locale, Record<AgendaApiErrorCode, string>> = {
  en: {
    agenda_template_not_found: "This template no longer exists.",
    agenda_empty: "The agenda has no steps. Add at least one step.",
    agenda_too_long: "The agenda has more steps than a session can hold (50).",
    timebox_zero: "A step has a timebox of 0 minutes. Give it some minutes or leave it empty.",
    agenda_template_name_taken: "There is already a template with this name. Choose another name.",
    agenda_template_limit_reached:
      "Your organisation has as many templates as it can keep. Delete one first.",
  },
  nb: {
    agenda_template_not_found: "Denne malen finnes ikke lenger.",
    agenda_empty: "Agendaen har ingen steg. Legg til minst ett steg.",
    agenda_too_long: "Agendaen har flere steg enn en samling kan ha (50).",
    timebox_zero:
      "Et steg har en tidsramme på 0 minutter. Gi det noen minutter eller la feltet stå tomt.",
    agenda_template_name_taken: "Det finnes allerede en mal med dette navnet. Velg et annet navn.",
    agenda_template_limit_reached: "Organisasjonen har så mange maler den kan ha. Slett en først.",
  },
  sv: {
    agenda_template_not_found: "Den här mallen finns inte längre.",
    agenda_empty: "Agendan har inga steg. Lägg till minst ett steg.",
    agenda_too_long: "Agendan har fler steg än ett möte kan rymma (50).",
    timebox_zero:
      "Ett steg har en tidsram på 0 minuter. Ge det några minuter eller lämna fältet tomt.",
    agenda_template_name_taken: "Det finns redan en mall med det här namnet. Välj ett annat namn.",
    agenda_template_limit_reached:
      "Organisationen har så många mallar som den får ha. Ta bort en först.",
  },
  nl: {
    agenda_template_not_found: "Dit sjabloon bestaat niet meer.",
    agenda_empty: "De agenda heeft geen stappen. Voeg minstens één stap toe.",
    agenda_too_long: "De agenda heeft meer stappen dan een sessie kan bevatten (50).",
    timebox_zero:
      "Een stap heeft een tijdvak van 0 minuten. Geef het enkele minuten of laat het leeg.",
    agenda_template_name_taken: "Er is al een sjabloon met deze naam. Kies een andere naam.",
    agenda_template_limit_reached:
      "Je organisatie heeft zoveel sjablonen als ze mag bewaren. Verwijder er eerst een.",
  },
};
