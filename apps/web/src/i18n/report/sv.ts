import { REPORT_WORDS } from "@samspel/core";
import type { ReportMessages } from "./en";

export const reportSv: ReportMessages = {
  feedback: {
    title: "Hur var det för dig?",
    intro: "Anonymt och frivilligt: ingen ser vem som svarade vad.",
    questions: REPORT_WORDS.sv.questions,
    scale: "1 = inte alls, 5 = helt",
    score: "{{score}} av 5",
    comment: "Något mer du vill att processledaren ska veta?",
    submit: "Skicka återkoppling",
    thanks: "Tack för din återkoppling.",
  },
  page: {
    ...REPORT_WORDS.sv.page,
    link: "Rapport och reflektion",
    pdf: "Ladda ner PDF",
    back: "Tillbaka till mötet",
    notAvailableTitle: "Rapporten är inte tillgänglig",
    title: "Rapport: {{title}}",
    decided: "Beslutat",
    postponed: "Uppskjutet",
    stepShare: "{{contributors}} av {{participants}} bidrog",
    equality: "Jämlikhet",
    giniContributions: "Spridning av bidrag (Gini): {{value}}",
    giniTalkTime: "Spridning av taltid i rundor (Gini): {{value}}",
    hiddenPerPerson:
      "Siffror per person visas bara för processledare, och inte alls i ett helt anonymt möte.",
    responses_one: "{{count}} deltagare gav återkoppling",
    responses_other: "{{count}} deltagare gav återkoppling",
    saveReflection: "Spara reflektionen",
    saved: "Sparat.",
    updated: "Senast skriven av {{name}}, {{date}}",
  },
};
