import type {
  AnonymityMode,
  DecisionStatus,
  EffectDirection,
  EffectMetric,
  FeedbackQuestion,
  ObjectionOutcome,
  PollVote,
  Position,
  ProposalRoundKind,
} from "@samspel/core";

/*
 * The words the exports add around a record's own, in the record's language: a decision taken
 * in Norwegian is filed, printed and shared in Norwegian. The web app's translations cannot be
 * imported here, so the export keeps its own, worded like the record page. Typed over core's
 * unions: a new position, status or metric fails the type check here.
 */

/** A count's forms: the four languages need only these two. */
export type Plural = { one: string; other: string };

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
const pollVotes: Record<PollVote, string> = { for: "For", against: "Against", abstain: "Abstain" };
const objectionOutcomes: Record<ObjectionOutcome, string> = {
  upheld: "Upheld: reasoned and paramount",
  withdrawn: "Withdrawn by the objector",
  not_paramount: "Not paramount: kept as a concern",
};
const statuses: Record<DecisionStatus, string> = {
  in_effect: "In effect",
  under_review: "Under review",
  superseded: "Superseded",
  revoked: "Revoked",
};
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
const feedbackQuestions: Record<FeedbackQuestion, string> = {
  heard: "I was heard",
  safe: "It was safe to speak",
  clear: "The decision is clear",
};

export const exportTextsEn = {
  page: "Page {{page}} of {{pages}}",
  decision: {
    eyebrow: { decided: "Decision", postponed: "Postponed decision" },
    subtitle: "{{kind}} · {{date}}",
    footer: "Samspel · decision {{id}}",
    status: "Status",
    statuses,
    since: "since {{date}}",
    reason: "Why",
    supersededBy: "Superseded by decision {{id}}",
    supersedes: "Supersedes decision {{id}}",
    question: "Question",
    decided: "What was decided",
    lastWording: "The proposal as it last stood",
    rationale: "Rationale",
    postponeReason: "Why it was postponed",
    rule: "Decision rule",
    rules: {
      consent: "Consent: decided when nobody present had a reasoned, paramount objection",
      majority: "Poll, not consent: a simple majority of the votes cast",
      threshold:
        "Poll, not consent: at least {{percent}} % of the votes cast (abstentions not counted)",
    },
    decidedAt: "Decided",
    postponedAt: "Postponed",
    sessionStarted: "Session started",
    reviewDate: "Review date",
    noReviewDate: "No review date set",
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
    facts: "Facts",
    noFacts: "No facts were shared.",
    source: "Source: {{source}}",
    disputed: "Disputed",
    disputedNote: "Disputed: {{note}}",
    factQuestion: "Question: {{text}}",
    reflections: "Reflections",
    noReflections: "No reflections were written.",
    themes: "Themes",
    noThemes: "No themes were formed.",
    insights: "Insights",
    noInsights: "No insights were formulated.",
    dots: { one: "{{count}} dot", other: "{{count}} dots" } satisfies Plural,
    agreedByAll: "agreed by all",
    proposal: "The proposal, version by version",
    version: "Version {{version}}",
    versionMeta: "By {{name}}, {{date}}",
    changeNote: "Why it changed: {{note}}",
    roundMeta: "{{date}} · {{count}} asked",
    noAnswers: "Nobody answered in this round.",
    positions,
    roundKinds,
    pollVotes,
    tally: "Votes",
    passed: "Passed",
    objections: "Objections and how they were met",
    objectionOn: "Objection to version {{version}}",
    objectionOutcomes,
    notTested: "Not tested yet",
    integratedIn: "Met in version {{version}}",
    testRationale: "Tested with the group: {{rationale}}",
    noObjections: "No objections were raised.",
    concerns: "Concerns to follow up",
    fromConcern: "Given with consent",
    fromObjection: "An objection found not paramount",
    noConcerns: "No concerns to follow up.",
    people: "Who took part",
    leadFacilitator: "Lead facilitator",
    coFacilitators: "Co-facilitators",
    participants: "Participants ({{count}})",
    anonymous: "Anonymous",
    unnamed: "Unnamed participant",
    anonymity,
    anonymityNote: "Names are shown as the session promised its participants. {{mode}}.",
  },
  report: {
    eyebrow: "Session report",
    subtitle: "{{kind}} · {{date}}",
    footer: "Samspel · session {{id}}",
    started: "Started",
    closed: "Closed",
    notStarted: "Not started",
    question: "Question",
    decisions: "Decisions",
    noDecisions: "This session took no decision.",
    participation: "Participation",
    participationIntro:
      "A mirror for the facilitator, not a ranking: who got to contribute, step by step.",
    participants: {
      one: "{{count}} participant",
      other: "{{count}} participants",
    } satisfies Plural,
    step: "Step",
    contributed: "Contributed",
    stepShare: "{{contributors}} of {{participants}}",
    giniContributions: "Spread of contributions (Gini)",
    giniTalkTime: "Spread of talk time in rounds (Gini)",
    giniExplain: "0 means everyone took part equally; 1 means one person did everything.",
    perPerson: "Per person, in the order they joined",
    person: "Participant",
    unnamed: "Participant {{number}}",
    contributions: "Contributions",
    talkTime: "Talk time",
    feedback: "Feedback",
    responses: {
      one: "{{count}} participant gave feedback",
      other: "{{count}} participants gave feedback",
    } satisfies Plural,
    questions: feedbackQuestions,
    mean: "Average {{value}} of 5 ({{count}} answered)",
    noAnswers: "Nobody answered this yet.",
    comments: "Comments",
    reflection: "The facilitator's reflection",
    noReflection: "No reflection written yet.",
    whatWeDid: "What did we do?",
    howWeDidIt: "How did we do it?",
    effect: "What effect do we expect, or see?",
  },
};

export type ExportTexts = typeof exportTextsEn;
