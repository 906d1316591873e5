import {
  type DecisionRule,
  DOMAIN_ERRORS,
  type DomainErrorCode,
  type ObjectionOutcome,
  type PollVote,
  type Position,
  type ProposalRoundKind,
} from "@samspel/core";

// Records over core's unions: a new refusal code, position or round kind fails the type check
// here and, through `ConsentMessages`, in every other locale. Core's English is the source of
// the refusals; where the screen names things differently (a group is a "theme" here) or can
// say what to do next, the web app says it its own way.
const domainErrors: Record<DomainErrorCode, string> = {
  ...DOMAIN_ERRORS,
  round_in_progress: "A round is in progress. End it first.",
  unknown_group: "There is no such theme.",
  group_not_empty: "Only the facilitator can delete a theme that holds reflections.",
  group_has_votes: "A theme that has dots cannot be deleted.",
  proposal_round_in_progress: "A round on the proposal is in progress. End it first.",
};

const positions: Record<Position, { title: string; explain: string; reasonHint: string }> = {
  consent: {
    title: "Consent",
    explain: "I can live with it: good enough for now, safe enough to try.",
    reasonHint: "Optional: anything you want the group to hear.",
  },
  concern: {
    title: "Consent with a concern",
    explain: "I consent, and name something we should watch and follow up.",
    reasonHint: "What should we follow up? Your concern is recorded with the decision.",
  },
  objection: {
    title: "Objection",
    explain:
      "The proposal does harm to our shared aim, and we must meet that before it can go ahead.",
    reasonHint: "What harm does the proposal do to the shared aim? The group tests it together.",
  },
  stand_aside: {
    title: "Stand aside",
    explain: "I step out of this decision; it may go ahead without my consent.",
    reasonHint: "Optional: why you stand aside.",
  },
};

const outcomes: Record<ObjectionOutcome, { title: string; explain: string }> = {
  upheld: {
    title: "Upheld",
    explain: "Reasoned and paramount: the proposal is amended to meet it.",
  },
  withdrawn: {
    title: "Withdrawn",
    explain: "The objector lets it go after talking it through.",
  },
  not_paramount: {
    title: "Not paramount",
    explain: "Heard, but no harm to the shared aim: kept as a concern to follow up.",
  },
};

const roundKinds: Record<ProposalRoundKind, string> = {
  clarifying: "Clarifying questions",
  reactions: "Reactions",
  consent: "Consent round",
  poll: "Poll",
};

const roundAsk: Record<ProposalRoundKind, string> = {
  clarifying:
    "Ask a question to understand the proposal better. Questions only — opinions come in the next round.",
  reactions: "How does the proposal land for you? Say it in a sentence or two.",
  consent: "Can you live with this proposal? Each of us gives one position.",
  poll: "Vote on the proposal. This group chose a poll instead of consent.",
};

const rules: Record<DecisionRule["kind"], string> = {
  consent: "Rule: consent",
  majority: "Rule: majority poll — not the default",
  threshold: "Rule: poll, passes at {{percent}}% — not the default",
};

const votes: Record<PollVote, string> = { for: "For", against: "Against", abstain: "Abstain" };

/** The four steps, the consent process, and every refusal, in English: the source. */
export const consent = {
  domainErrors,
  transportErrors: {
    rate_limited: "Slow down a little and try again.",
    timeout: "No answer from Samspel. Check your connection and try again.",
    validation_failed: "Something in what you entered was not accepted. Check it and try again.",
  },
  console: {
    startFirst: "Start the session to run its steps.",
    noStepYet: "No step started yet.",
    firstStep: "Begin with {{name}}",
    nextStep: "Next step: {{name}}",
    previousStep: "Back to {{name}}",
    reveal: "Reveal what everyone wrote",
    pauseTimer: "Pause timer",
    resumeTimer: "Resume timer",
    minutesRange: "Give whole minutes, from 1 to 240.",
    secondsRange: "Give whole seconds, from 1 to 3,600, or leave it empty.",
  },
  facts: {
    title: "Facts",
    post: "A fact",
    sourceUrl: "Source link (optional)",
    sourceUrlHint: "Where it comes from, starting with https://",
    urlInvalid: "Enter a full link, starting with https://",
    figure: "Figure (optional)",
    figureHint: "The number it states, for example 41 days.",
    sourceLink: "Source: {{host}}",
    disputed: "Disputed",
    dispute: "Mark disputed",
    disputeNote: "What is in doubt? (optional)",
    disputeNoteHint: "Participants see this note under the fact.",
    disputeSubmit: "Mark as disputed",
    undispute: "No longer disputed",
    ask: "Ask a clarifying question",
    question: "Your question about this fact",
    questionHint: "A question to understand the fact, not an opinion about it.",
    askSubmit: "Ask",
    questions_one: "{{count}} clarifying question",
    questions_other: "{{count}} clarifying questions",
  },
  reflect: {
    silent: "Silent writing:",
    revealed: "Revealed:",
    count_one: "{{count}} reflection written.",
    count_other: "{{count}} reflections written.",
    countWriters_one: "{{count}} reflection, from {{writers}} of {{total}} participants.",
    countWriters_other: "{{count}} reflections, from {{writers}} of {{total}} participants.",
  },
  themes: {
    title: "Themes",
    howToGroup:
      "Group the reflections into themes: drag a card onto a theme, or choose the theme under the card and press Move.",
    groupingClosed: "The facilitator groups the reflections into themes.",
    newTheme: "New theme",
    create: "Create theme",
    name: "Theme name",
    rename: "Rename",
    renameNamed: "Rename the theme {{name}}",
    loose: "Not in a theme yet ({{number}})",
    allGrouped: "Every reflection is in a theme.",
    moveTo: "Move to theme",
    noTheme: "No theme",
    move: "Move",
    movedTo: "Moved to the theme {{name}}.",
    movedOut: "Taken out of its theme.",
    addDotOn: "Add a dot on {{name}}",
    removeDotFrom: "Take back a dot from {{name}} ({{number}})",
  },
  insights: {
    title: "Insights",
    hint: "Press “I agree” on the insights you share. What everyone agrees with is our common ground.",
    topThemes: "Top themes, by dots",
    noVotesYet: "No dots on any theme yet.",
    write: "A new insight",
    writeHint: "What do the top themes tell us? Put it in one sentence.",
    none: "No insights written yet.",
    agree: "I agree",
    agreed_one: "{{count}} of {{total}} agree",
    agreed_other: "{{count}} of {{total}} agree",
    everyone: "Everyone agrees",
    commonGround: "Common ground",
    commonGroundHint: "The insights everyone taking part agreed with.",
    noCommonGround: "No insight has everyone's agreement yet.",
  },
  draft: {
    title: "Draft a proposal",
    text: "Proposal",
    textHint: "What do we decide? Write it so that it can be tried and checked.",
    restsOn: "The insights it rests on",
    rule: "Decision rule",
    rules: {
      consent: {
        title: "Consent (the method's default)",
        explain: "Decided when nobody present has a reasoned, paramount objection.",
      },
      majority: {
        title: "Poll by majority — not the default",
        explain: "Only for a group that chose it: passes with more votes for than against.",
      },
      threshold: {
        title: "Poll with a threshold — not the default",
        explain:
          "Only for a group that chose it: passes when the share of votes for reaches the threshold (abstentions not counted).",
      },
    } satisfies Record<DecisionRule["kind"], { title: string; explain: string }>,
    percent: "Threshold in percent",
    percentRange: "Give a whole number from 50 to 100.",
    submit: "Draft the proposal",
  },
  proposal: {
    title: "Proposal",
    version: "version {{version}}",
    restsOn: "It rests on these insights",
    changes: "How it changed",
    changeTo: "Version {{from}} → {{to}}",
    meets_one: "Meets {{count}} upheld objection",
    meets_other: "Meets {{count}} upheld objections",
  },
  rules,
  roundKinds,
  roundAsk,
  rounds: {
    title: "Rounds",
    running: "Round in progress",
    hint: "Clarifying questions first, then reactions; amend if needed; then ask for consent.",
    start: {
      clarifying: "Start clarifying questions",
      reactions: "Start reactions",
      consent: "Start consent round",
      poll: "Start the poll",
    } satisfies Record<ProposalRoundKind, string>,
    end: "End the round",
    past: "Rounds held",
    answers_one: "{{count}} answer",
    answers_other: "{{count}} answers",
  },
  round: {
    open: "in progress",
    ended: "ended",
    progress: "{{answered}} of {{total}} have answered",
    waitingFor: "Not yet answered:",
    waitingCount_one: "{{count}} has not answered yet",
    waitingCount_other: "{{count}} have not answered yet",
    you: "You",
    passed: "passed",
    late: "joined later",
    answered: "Thank you — your answer is in.",
    integratedIn: "Met in version {{version}}",
  },
  speak: {
    clarifying: {
      label: "Your question",
      hint: "A question only: what do you need to understand?",
      submit: "Ask my question",
    },
    reactions: {
      label: "Your reaction",
      hint: "How does it land for you?",
      submit: "Give my reaction",
    },
    pass: "Pass this time",
  },
  positions,
  positionForm: {
    legend: "Your position on version {{version}}",
    choose: "Choose one of the four positions.",
    reasonRequired: "Your reason (required)",
    reasonOptional: "Your reason (optional)",
    submit: "Give my position",
  },
  votes: { ...votes, label: "Your vote" },
  outcomes,
  tests: {
    title_one: "Test the objection with the group",
    title_other: "Test {{count}} objections with the group",
    hint: "Ask the group: is it reasoned, and is it paramount — does the proposal harm our shared aim? Record what you found.",
    outcome: "Outcome",
    chooseOutcome: "Choose an outcome.",
    rationale: "Why",
    rationaleHint: "Recorded with the decision, for anyone who reads it later.",
    submit: "Record the test",
  },
  withdraw: {
    title: "Your objection",
    hint: "Until it is tested, you can withdraw it — for example when a change meets it.",
    open: "Withdraw my objection",
    note: "Why you withdraw it (optional)",
    submit: "Withdraw objection",
  },
  amend: {
    title: "Amend: version {{version}}",
    text: "New wording",
    preview: "The change, word by word",
    note: "Note on the change (optional)",
    noteHint: "Why it changed, for the record.",
    integrates: "Upheld objections this version meets",
    submit: "Save as version {{version}}",
    reset: "Back to the wording now",
  },
  decide: {
    waitingForProposal:
      "The facilitator drafts a proposal from the insights. You can suggest wording.",
    suggest: "Suggest wording",
    suggestHint: "A sentence for the proposal, or a better way to say part of it.",
    suggestions: "Suggestions from participants",
    useSuggestion: "Use as new wording",
  },
  close: {
    title: "Decide or postpone",
    concerns: "Concerns to follow up",
    notYet: "Not yet:",
    rationale: "Rationale (optional)",
    rationaleHint: "Why this decision, in a sentence or two.",
    actions: "Actions",
    what: "Action {{number}}",
    owner: "Owner",
    dueDate: "Due date (optional)",
    addAction: "Add an action",
    removeAction: "Remove",
    removeActionNamed: "Remove action {{number}}",
    reviewDate: "Review date (optional)",
    reviewDateHint: "When we look at whether the decision had the effect we meant.",
    decide: "Record the decision",
    postpone: "Postpone without a decision",
    postponeReason: "Why postpone?",
    postponeHint: "The postponement is recorded with its reason.",
    postponeSubmit: "Postpone",
  },
  outcome: {
    decided: "Decision recorded",
    decidedOn: "Decided on version {{version}} of the proposal.",
    postponed: "Postponed without a decision",
    openRecord: "Open the decision record",
  },
  diff: { added: "added:", removed: "removed:" },
  effect: {
    legend: "Effect to follow up (optional)",
    hint: "Name the process and the flow metric this decision means to change. Its decision page will show whether a real shift happened.",
    process: "Process",
    none: "No effect to follow up",
    metric: "Metric",
    direction: "Direction",
    target: "Target",
    targetDate: "By",
    incomplete: "Give a target and a date for the effect, or choose no process.",
  },
};

export type ConsentMessages = typeof consent;
