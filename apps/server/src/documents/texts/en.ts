import {
  type AnonymityMode,
  type EffectDirection,
  type EffectMetric,
  RECORD_WORDS,
  REPORT_WORDS,
} from "@samspel/core";

/*
 * The words the exports add around a record's own, in the record's language: a decision taken
 * in Norwegian is filed, printed and shared in Norwegian. The method's own words (positions,
 * rounds, rules, statuses) come from core's RECORD_WORDS, shared with the web app; the rest is
 * the export's own, worded like the record page. Typed over core's unions: a new metric or
 * anonymity mode fails the type check here.
 */

/** A count's forms: the four languages need only these two. */
export type Plural = { one: string; other: string };

const anonymity: Record<AnonymityMode, string> = {
  named: "Named: everyone sees who wrote what",
  anonymous_to_peers: "Anonymous to the group: only the facilitator sees who wrote what",
  anonymous: "Fully anonymous: nobody sees who wrote what",
};
const metrics: Record<EffectMetric, string> = {
  lead_time_median: "Median lead time (days)",
  lead_time_p85: "Lead time, 85th percentile (days)",
  throughput: "Throughput (cases per week)",
};
const directions: Record<EffectDirection, string> = { decrease: "down to", increase: "up to" };

export const exportTextsEn = {
  page: "Page {{page}} of {{pages}}",
  decision: {
    ...RECORD_WORDS.en,
    ...RECORD_WORDS.en.record,
    eyebrow: { decided: "Decision", postponed: "Postponed decision" },
    subtitle: "{{kind}} · {{date}}",
    footer: "Samspel · decision {{id}}",
    status: "Status",
    since: "since {{date}}",
    reason: "Why",
    supersededBy: "Superseded by decision {{id}}",
    supersedes: "Supersedes decision {{id}}",
    effect: "Intended effect",
    metrics,
    directions,
    effectLine: "{{metric}} {{direction}} {{target}} by {{date}}",
    actions: "Actions",
    actionWhat: "What",
    actionOwner: "Owner",
    actionDue: "Due",
    noDueDate: "No due date",
    noActions: "No actions were agreed.",
    source: "Source: {{source}}",
    factQuestion: "Question: {{text}}",
    dots: { one: "{{count}} dot", other: "{{count}} dots" } satisfies Plural,
    agreedByAll: "agreed by all",
    participants: "Participants ({{count}})",
    anonymity,
  },
  agenda: {
    eyebrow: "Agenda for the facilitator",
    subtitle: "{{kind}} · {{date}}",
    undated: "No meeting time set",
    footer: "Samspel · agenda {{id}}",
    question: "Question",
    purpose: "Purpose",
    desiredOutcome: "Desired outcome",
    meeting: "Meeting",
    length: "Length",
    minutes: "{{minutes}} min",
    place: "Place",
    groundRules: "Ground rules",
    noGroundRules: "No ground rules set.",
    steps: "Steps",
    stepHeading: "{{number}}. {{name}}",
    method: "Method",
    timebox: "Timebox",
    noTimebox: "No timebox",
    startsAt: "Starts",
    prompt: "Prompt for participants",
    notes: "Facilitator's notes",
    total: "Total",
    overrun: "The steps take {{minutes}} min longer than the meeting.",
    noSteps: "The agenda has no steps yet.",
  },
  report: {
    ...REPORT_WORDS.en.page,
    questions: REPORT_WORDS.en.questions,
    eyebrow: "Session report",
    subtitle: "{{kind}} · {{date}}",
    footer: "Samspel · session {{id}}",
    started: "Started",
    closed: "Closed",
    notStarted: "Not started",
    participants: {
      one: "{{count}} participant",
      other: "{{count}} participants",
    } satisfies Plural,
    step: "Step",
    contributed: "Contributed",
    stepShare: "{{contributors}} of {{participants}}",
    giniContributions: "Spread of contributions (Gini)",
    giniTalkTime: "Spread of talk time in rounds (Gini)",
    unnamed: "Participant {{number}}",
    responses: {
      one: "{{count}} participant gave feedback",
      other: "{{count}} participants gave feedback",
    } satisfies Plural,
  },
};

export type ExportTexts = typeof exportTextsEn;
