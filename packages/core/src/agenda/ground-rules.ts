import type { Locale } from "../accounts/locales.js";

/**
 * The ground rules a new session design starts from, in the session's language; the facilitator
 * edits them. Participants accept them when they join, so they are few and concrete.
 */
export const DEFAULT_GROUND_RULES: Record<Locale, string[]> = {
  en: [
    "One person speaks at a time.",
    "Listen to understand, not to reply.",
    "Speak from your own experience.",
    "Passing is always allowed.",
    "What is said here stays here; what is decided, we share.",
  ],
  nb: [
    "Én snakker om gangen.",
    "Lytt for å forstå, ikke for å svare.",
    "Snakk ut fra din egen erfaring.",
    "Det er alltid lov å stå over.",
    "Det som blir sagt her, blir her; det vi bestemmer, deler vi.",
  ],
  sv: [
    "En person talar i taget.",
    "Lyssna för att förstå, inte för att svara.",
    "Tala utifrån din egen erfarenhet.",
    "Det är alltid tillåtet att stå över.",
    "Det som sägs här stannar här; det vi beslutar delar vi.",
  ],
  nl: [
    "Eén persoon spreekt tegelijk.",
    "Luister om te begrijpen, niet om te antwoorden.",
    "Spreek vanuit je eigen ervaring.",
    "Passen mag altijd.",
    "Wat hier gezegd wordt, blijft hier; wat we besluiten, delen we.",
  ],
};
