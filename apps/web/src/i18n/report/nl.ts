import { REPORT_WORDS } from "@samspel/core";
import type { ReportMessages } from "./en";

export const reportNl: ReportMessages = {
  feedback: {
    title: "Hoe was het voor jou?",
    intro: "Anoniem en vrijwillig: niemand ziet wie wat antwoordde.",
    questions: REPORT_WORDS.nl.questions,
    scale: "1 = helemaal niet, 5 = helemaal",
    score: "{{score}} van 5",
    comment: "Wil je de procesbegeleider nog iets laten weten?",
    submit: "Feedback versturen",
    thanks: "Bedankt voor je feedback.",
  },
  page: {
    ...REPORT_WORDS.nl.page,
    link: "Verslag en reflectie",
    pdf: "PDF downloaden",
    back: "Terug naar de sessie",
    notAvailableTitle: "Dit verslag is niet beschikbaar",
    title: "Verslag: {{title}}",
    decided: "Besloten",
    postponed: "Uitgesteld",
    stepShare: "{{contributors}} van {{participants}} droegen bij",
    equality: "Gelijkheid",
    giniContributions: "Spreiding van bijdragen (Gini): {{value}}",
    giniTalkTime: "Spreiding van spreektijd in rondes (Gini): {{value}}",
    hiddenPerPerson:
      "Cijfers per persoon zie je alleen als procesbegeleider, en helemaal niet in een volledig anonieme sessie.",
    responses_one: "{{count}} deelnemer gaf feedback",
    responses_other: "{{count}} deelnemers gaven feedback",
    saveReflection: "Reflectie opslaan",
    saved: "Opgeslagen.",
    updated: "Laatst geschreven door {{name}}, {{date}}",
  },
};
