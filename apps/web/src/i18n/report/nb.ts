import { REPORT_WORDS } from "@samspel/core";
import type { ReportMessages } from "./en";

export const reportNb: ReportMessages = {
  feedback: {
    title: "Hvordan var det for deg?",
    intro: "Anonymt og frivillig: ingen ser hvem som svarte hva.",
    questions: REPORT_WORDS.nb.questions,
    scale: "1 = ikke i det hele tatt, 5 = helt",
    score: "{{score}} av 5",
    comment: "Noe mer du vil at prosesslederen skal vite?",
    submit: "Send tilbakemelding",
    thanks: "Takk for tilbakemeldingen.",
  },
  page: {
    ...REPORT_WORDS.nb.page,
    link: "Rapport og refleksjon",
    pdf: "Last ned PDF",
    back: "Tilbake til samlingen",
    notAvailableTitle: "Rapporten er ikke tilgjengelig",
    title: "Rapport: {{title}}",
    decided: "Besluttet",
    postponed: "Utsatt",
    stepShare: "{{contributors}} av {{participants}} bidro",
    equality: "Likhet",
    giniContributions: "Fordeling av bidrag (Gini): {{value}}",
    giniTalkTime: "Fordeling av taletid i runder (Gini): {{value}}",
    hiddenPerPerson:
      "Tall per person vises bare for prosessledere, og ikke i det hele tatt i en helt anonym samling.",
    responses_one: "{{count}} deltaker ga tilbakemelding",
    responses_other: "{{count}} deltakere ga tilbakemelding",
    saveReflection: "Lagre refleksjonen",
    saved: "Lagret.",
    updated: "Sist skrevet av {{name}}, {{date}}",
  },
};
