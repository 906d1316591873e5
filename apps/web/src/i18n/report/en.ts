import { REPORT_WORDS } from "@samspel/core";

/** After a session: feedback from participants, the facilitator's reflection and the report. */
export const reportEn = {
  feedback: {
    title: "How was it for you?",
    intro: "Anonymous and optional: nobody sees who answered what.",
    questions: REPORT_WORDS.en.questions,
    scale: "1 = not at all, 5 = fully",
    score: "{{score}} of 5",
    comment: "Anything else you want the facilitator to know?",
    submit: "Send feedback",
    thanks: "Thank you for your feedback.",
  },
  page: {
    ...REPORT_WORDS.en.page,
    link: "Report and reflection",
    pdf: "Download PDF",
    back: "Back to the session",
    notAvailableTitle: "This report is not available",
    title: "Report: {{title}}",
    decided: "Decided",
    postponed: "Postponed",
    stepShare: "{{contributors}} of {{participants}} contributed",
    equality: "Equality",
    giniContributions: "Spread of contributions (Gini): {{value}}",
    giniTalkTime: "Spread of talk time in rounds (Gini): {{value}}",
    hiddenPerPerson:
      "Figures per person are shown only to facilitators, and not at all in a fully anonymous session.",
    responses_one: "{{count}} participant gave feedback",
    responses_other: "{{count}} participants gave feedback",
    saveReflection: "Save reflection",
    saved: "Saved.",
    updated: "Last written by {{name}}, {{date}}",
  },
};

export type ReportMessages = typeof reportEn;
