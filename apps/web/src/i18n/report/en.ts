import type { FeedbackQuestion } from "@samspel/core";

const questions: Record<FeedbackQuestion, string> = {
  heard: "I was heard",
  safe: "It was safe to speak",
  clear: "The decision is clear",
};

/** After a session: feedback from participants, the facilitator's reflection and the report. */
export const reportEn = {
  feedback: {
    title: "How was it for you?",
    intro: "Anonymous and optional: nobody sees who answered what.",
    questions,
    scale: "1 = not at all, 5 = fully",
    score: "{{score}} of 5",
    comment: "Anything else you want the facilitator to know?",
    submit: "Send feedback",
    thanks: "Thank you for your feedback.",
  },
  page: {
    link: "Report and reflection",
    pdf: "Download PDF",
    back: "Back to the session",
    title: "Report: {{title}}",
    question: "Question",
    decisions: "Decisions",
    noDecisions: "This session took no decision.",
    decided: "Decided",
    postponed: "Postponed",
    participation: "Participation",
    participationIntro:
      "A mirror for the facilitator, not a ranking: who got to contribute, step by step.",
    stepShare: "{{contributors}} of {{participants}} contributed",
    equality: "Equality",
    giniContributions: "Spread of contributions (Gini): {{value}}",
    giniTalkTime: "Spread of talk time in rounds (Gini): {{value}}",
    giniExplain: "0 means everyone took part equally; 1 means one person did everything.",
    perPerson: "Per person, in the order they joined",
    person: "Participant",
    contributions: "Contributions",
    talkTime: "Talk time",
    hiddenPerPerson:
      "Figures per person are shown only to facilitators, and not at all in a fully anonymous session.",
    feedback: "Feedback",
    responses_one: "{{count}} participant gave feedback",
    responses_other: "{{count}} participants gave feedback",
    mean: "Average {{value}} of 5 ({{count}} answered)",
    noAnswers: "Nobody answered this yet.",
    comments: "Comments",
    reflection: "The facilitator's reflection",
    noReflection: "No reflection written yet.",
    whatWeDid: "What did we do?",
    howWeDidIt: "How did we do it?",
    effect: "What effect do we expect, or see?",
    saveReflection: "Save reflection",
    saved: "Saved.",
    updated: "Last written by {{name}}, {{date}}",
  },
};

export type ReportMessages = typeof reportEn;
