import type { Locale } from "../accounts/locales.js";
import type { FeedbackQuestion } from "../api/reports.js";

/*
 * The session report's words in the four languages: the feedback questions participants answer
 * and the report's headings. One copy for the web's report page and the server's report PDF.
 */

const PAGE_KEYS = [
  "question",
  "decisions",
  "noDecisions",
  "participation",
  "participationIntro",
  "giniExplain",
  "perPerson",
  "person",
  "contributions",
  "talkTime",
  "feedback",
  "mean",
  "noAnswers",
  "comments",
  "reflection",
  "noReflection",
  "whatWeDid",
  "howWeDidIt",
  "effect",
] as const;

export interface ReportWords {
  questions: Record<FeedbackQuestion, string>;
  page: Record<(typeof PAGE_KEYS)[number], string>;
}

export const REPORT_WORDS: Record<Locale, ReportWords> = {
  en: {
    questions: {
      heard: "I was heard",
      safe: "It was safe to speak",
      clear: "The decision is clear",
    },
    page: {
      question: "Question",
      decisions: "Decisions",
      noDecisions: "This session took no decision.",
      participation: "Participation",
      participationIntro:
        "A mirror for the facilitator, not a ranking: who got to contribute, step by step.",
      giniExplain: "0 means everyone took part equally; 1 means one person did everything.",
      perPerson: "Per person, in the order they joined",
      person: "Participant",
      contributions: "Contributions",
      talkTime: "Talk time",
      feedback: "Feedback",
      mean: "Average {{value}} of 5 ({{count}} answered)",
      noAnswers: "Nobody answered this yet.",
      comments: "Comments",
      reflection: "The facilitator's reflection",
      noReflection: "No reflection written yet.",
      whatWeDid: "What did we do?",
      howWeDidIt: "How did we do it?",
      effect: "What effect do we expect, or see?",
    },
  },
  nb: {
    questions: {
      heard: "Jeg ble hørt",
      safe: "Det var trygt å si fra",
      clear: "Beslutningen er tydelig",
    },
    page: {
      question: "Spørsmål",
      decisions: "Beslutninger",
      noDecisions: "Denne samlingen tok ingen beslutning.",
      participation: "Deltakelse",
      participationIntro:
        "Et speil for prosesslederen, ikke en rangering: hvem som fikk bidra, steg for steg.",
      giniExplain: "0 betyr at alle deltok like mye; 1 betyr at én person gjorde alt.",
      perPerson: "Per person, i den rekkefølgen de kom inn",
      person: "Deltaker",
      contributions: "Bidrag",
      talkTime: "Taletid",
      feedback: "Tilbakemeldinger",
      mean: "Snitt {{value}} av 5 ({{count}} svarte)",
      noAnswers: "Ingen har svart på dette ennå.",
      comments: "Kommentarer",
      reflection: "Prosesslederens refleksjon",
      noReflection: "Ingen refleksjon skrevet ennå.",
      whatWeDid: "Hva gjorde vi?",
      howWeDidIt: "Hvordan gjorde vi det?",
      effect: "Hvilken effekt venter vi, eller ser vi?",
    },
  },
  sv: {
    questions: {
      heard: "Jag blev hörd",
      safe: "Det var tryggt att säga ifrån",
      clear: "Beslutet är tydligt",
    },
    page: {
      question: "Fråga",
      decisions: "Beslut",
      noDecisions: "Det här mötet fattade inget beslut.",
      participation: "Deltagande",
      participationIntro:
        "En spegel för processledaren, inte en rangordning: vilka som fick bidra, steg för steg.",
      giniExplain: "0 betyder att alla deltog lika mycket; 1 betyder att en person gjorde allt.",
      perPerson: "Per person, i den ordning de anslöt",
      person: "Deltagare",
      contributions: "Bidrag",
      talkTime: "Taltid",
      feedback: "Återkoppling",
      mean: "Medel {{value}} av 5 ({{count}} svarade)",
      noAnswers: "Ingen har svarat på detta ännu.",
      comments: "Kommentarer",
      reflection: "Processledarens reflektion",
      noReflection: "Ingen reflektion skriven ännu.",
      whatWeDid: "Vad gjorde vi?",
      howWeDidIt: "Hur gjorde vi det?",
      effect: "Vilken effekt väntar vi oss, eller ser vi?",
    },
  },
  nl: {
    questions: {
      heard: "Ik werd gehoord",
      safe: "Het was veilig om iets te zeggen",
      clear: "Het besluit is duidelijk",
    },
    page: {
      question: "Vraag",
      decisions: "Besluiten",
      noDecisions: "Deze sessie nam geen besluit.",
      participation: "Deelname",
      participationIntro:
        "Een spiegel voor de procesbegeleider, geen ranglijst: wie kon bijdragen, stap voor stap.",
      giniExplain: "0 betekent dat iedereen evenveel deelnam; 1 dat één persoon alles deed.",
      perPerson: "Per persoon, in de volgorde waarin ze binnenkwamen",
      person: "Deelnemer",
      contributions: "Bijdragen",
      talkTime: "Spreektijd",
      feedback: "Feedback",
      mean: "Gemiddeld {{value}} van 5 ({{count}} antwoorden)",
      noAnswers: "Hier heeft nog niemand op geantwoord.",
      comments: "Opmerkingen",
      reflection: "Reflectie van de procesbegeleider",
      noReflection: "Nog geen reflectie geschreven.",
      whatWeDid: "Wat hebben we gedaan?",
      howWeDidIt: "Hoe hebben we het gedaan?",
      effect: "Welk effect verwachten of zien we?",
    },
  },
};
