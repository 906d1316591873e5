import type { ObjectionOutcome, PollVote, Position, ProposalRoundKind } from "@samspel/core";

/*
 * Strings of the decision record, the decisions list and the wall. One namespace of its own
 * (`decisions` in each main locale file), so that work on other areas' strings merges apart.
 * Typed over core's unions: a new position or round kind fails the type check here.
 */

const positions: Record<Position, string> = {
  consent: "Consent",
  concern: "Consent with a concern",
  objection: "Objection",
  stand_aside: "Stand aside",
};

const roundKinds: Record<ProposalRoundKind, string> = {
  clarifying: "Clarifying questions",
  reactions: "Reactions",
  consent: "Consent round",
  poll: "Poll",
};

const pollVotes: Record<PollVote, string> = {
  for: "For",
  against: "Against",
  abstain: "Abstain",
};

const objectionOutcomes: Record<ObjectionOutcome, string> = {
  upheld: "Upheld: reasoned and paramount",
  withdrawn: "Withdrawn by the objector",
  not_paramount: "Not paramount: kept as a concern",
};

export const decisionsEn = {
  positions,
  roundKinds,
  pollVotes,
  objectionOutcomes,
  rules: {
    consent: "Consent: decided when nobody present had a reasoned, paramount objection",
    majority: "Poll, not consent: a simple majority of the votes cast",
    threshold:
      "Poll, not consent: at least {{percent}} % of the votes cast (abstentions not counted)",
  },
  outcome: {
    decided: "Decided",
    postponed: "Postponed",
  },
  version: "Version {{version}}",
  anonymous: "Anonymous",
  unnamed: "Unnamed participant",
  passed: "Passed",
  dots_one: "{{count}} dot",
  dots_other: "{{count}} dots",
  agreedByAll: "Agreed by all",
  disputed: "Disputed",
  integratedIn: "Met in version {{version}}",
  notTested: "Not tested yet",
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
  },
  statuses: {
    in_effect: "In effect",
    under_review: "Under review",
    superseded: "Superseded",
    revoked: "Revoked",
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
    loading: "Loading the decision…",
    notFoundTitle: "Decision not found",
    print: "Print",
    allDecisions: "All decisions",
    eyebrowDecided: "Decision",
    eyebrowPostponed: "Postponed decision",
    question: "Question",
    decision: "What was decided",
    lastWording: "The proposal as it last stood",
    rationale: "Rationale",
    postponeReason: "Why it was postponed",
    rule: "Decision rule",
    decidedAt: "Decided",
    postponedAt: "Postponed",
    sessionStarted: "Session started",
    reviewDate: "Review date",
    noReviewDate: "No review date set",
    actions: "Actions",
    actionWhat: "What",
    actionOwner: "Owner",
    actionDue: "Due",
    noDueDate: "No due date",
    noActions: "No actions were agreed.",
    facts: "Facts",
    figure: "Figure",
    source: "Source",
    disputedNote: "Disputed: {{note}}",
    factQuestions: "Questions asked about this fact",
    noFacts: "No facts were shared.",
    reflections: "Reflections",
    noReflections: "No reflections were written.",
    themes: "Themes",
    noThemes: "No themes were formed.",
    insights: "Insights",
    noInsights: "No insights were formulated.",
    proposal: "The proposal, version by version",
    versionMeta: "By {{name}}, {{date}}",
    changeNote: "Why it changed: {{note}}",
    changesFrom: "Changes from version {{version}}",
    added: "added",
    removed: "removed",
    roundMeta: "{{date}} · {{count}} asked",
    noAnswers: "Nobody answered in this round.",
    tally: "Votes",
    objections: "Objections and how they were met",
    objectionOn: "Objection to version {{version}}",
    testRationale: "Tested with the group: {{rationale}}",
    noObjections: "No objections were raised.",
    concerns: "Concerns to follow up",
    fromConcern: "Given with consent",
    fromObjection: "An objection found not paramount",
    noConcerns: "No concerns to follow up.",
    people: "Who took part",
    leadFacilitator: "Lead facilitator",
    coFacilitators: "Co-facilitators",
    participants: "Participants",
    anonymityNote: "Names are shown as the session promised its participants. {{mode}}.",
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
