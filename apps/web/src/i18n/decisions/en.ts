import { RECORD_WORDS } from "@samspel/core";

/*
 * Strings of the decision record, the decisions list and the wall. One namespace of its own
 * (`decisions` in each main locale file), so that work on other areas' strings merges apart.
 * The method's own words (positions, rounds, votes, rules, statuses) are core's RECORD_WORDS,
 * one copy shared with the server's PDF and Markdown exports.
 */

export const decisionsEn = {
  ...RECORD_WORDS.en,
  outcome: {
    decided: "Decided",
    postponed: "Postponed",
  },
  dots_one: "{{count}} dot",
  dots_other: "{{count}} dots",
  agreedByAll: "Agreed by all",
  notAnswered_one: "{{count}} has not answered",
  notAnswered_other: "{{count}} have not answered",
  /** The register: search, filters and a decision's place in its life. */
  register: {
    search: "Search decisions",
    searchHint: "Words from the title, wording, rationale, facts or objections",
    status: "Status",
    allStatuses: "Any status",
    sort: "Sort",
    sorts: {
      newest: "Newest first",
      oldest: "Oldest first",
      relevance: "Best match",
      review_date: "Review date",
    },
    dueForReview: "Due for review",
    more: "Show more",
    csv: "Download CSV",
    noMatch: "No decisions match.",
    facilitator: "Facilitator",
    anyFacilitator: "Any facilitator",
    process: "Process",
    anyProcess: "Any process",
    from: "Decided from",
    to: "Decided until",
    openActions: "Has open actions",
    clear: "Clear filters",
  },
  lifecycle: {
    title: "Status",
    since: "since {{date}}",
    reason: "Why: {{reason}}",
    supersededBy: "Superseded by a later decision",
    supersedes: "Supersedes an earlier decision",
    change: "Change the status",
    newStatus: "New status",
    reasonField: "Reason",
    reasonRequired: "Give a reason for revoking the decision.",
    laterDecision: "The later decision that supersedes it",
    chooseLater: "Choose a decision",
    submit: "Change status",
    downloads: "Download",
    markdown: "Markdown",
    trail: "Whole trail (JSON)",
    pdf: "PDF",
  },
  publicLink: {
    title: "Public link",
    intro:
      "Anyone with the link can read this decision without logging in. Names are left out: participants, authors and facilitators are not named; action owners stay.",
    off: "This decision is not shared outside the organisation.",
    on: "Shared since {{date}}.",
    enable: "Turn on the public link",
    disable: "Turn off the public link",
  },
  public: {
    notice:
      "A decision its organisation has chosen to share, read-only. Names are left out on purpose.",
    pdf: "Download PDF",
    notFoundTitle: "This link is not available",
  },
  list: {
    tab: "Decisions",
    title: "Decisions",
    intro:
      "Every decision and postponement from this organisation's sessions, newest first. Each has a lasting link you can share.",
    empty:
      "No decisions yet. A decision appears here when a session decides or postpones a proposal.",
    decidedOn: "Decided {{date}}",
    postponedOn: "Postponed {{date}}",
    reviewOn: "Review {{date}}",
  },
  record: {
    ...RECORD_WORDS.en.record,
    loading: "Loading the decision…",
    notFoundTitle: "Decision not found",
    print: "Print",
    allDecisions: "All decisions",
    eyebrowDecided: "Decision",
    eyebrowPostponed: "Postponed decision",
    actions: "Actions",
    actionWhat: "What",
    actionOwner: "Owner",
    actionDue: "Due",
    noDueDate: "No due date",
    noActions: "No actions were agreed.",
    figure: "Figure",
    source: "Source",
    factQuestions: "Questions asked about this fact",
    changesFrom: "Changes from version {{version}}",
    added: "added",
    removed: "removed",
    participants: "Participants",
  },
  wall: {
    soon: "We start soon",
    nothingYet: "Nothing yet.",
    figure: "Figure",
    source: "Source: {{host}}",
    questions_one: "{{count}} question",
    questions_other: "{{count}} questions",
    written_one: "{{count}} written",
    written_other: "{{count}} written",
    silentHint:
      "Written in silence. Everyone's reflections appear together when the facilitator shows them.",
    themes: "Themes",
    insights: "Insights",
    commonGround: "Common ground",
    commonGroundHint: "Insights everyone agrees with",
    proposal: "Proposal",
    waitingForRound: "The facilitator will start a round soon.",
    allAnswered: "Everyone has answered",
    objectionsTested: "Objections tested",
    floor: "Speaking now: {{name}}",
    roundEnded: "The round has ended",
    closed: "The session has ended. Thank you for taking part!",
  },
};

export type DecisionMessages = typeof decisionsEn;
