/**
 * Every reason `decide` can refuse a command, with the English message a client may show when it
 * has no translation of its own. Codes are stable: the web app translates them and other clients
 * branch on them, so a code is never renamed once it has shipped. Errors are values, never
 * exceptions: a refused command is an ordinary outcome of a live session.
 */
export const DOMAIN_ERRORS = {
  // Who may act
  not_allowed: "You may not do this in your role.",
  not_joined: "Join the session first.",
  already_joined: "You have already joined this session.",
  ground_rules_not_acknowledged: "Acknowledge the ground rules first.",
  // Session lifecycle
  session_not_created: "The session does not exist yet.",
  session_exists: "The session has already been created.",
  session_not_open: "The session is not open for participants yet.",
  session_not_running: "The session is not running.",
  session_closed: "The session is closed.",
  invalid_transition: "The session cannot move to that status from where it is.",
  anonymity_locked: "The anonymity mode cannot change once the session is running.",
  // Steps
  unknown_step: "There is no such step.",
  too_many_steps: "The session has as many steps as it can hold.",
  no_current_step: "No step has been started.",
  step_already_started: "That cannot change once the step has started.",
  step_not_silent: "The step is not a silent step.",
  step_already_revealed: "The step has already been revealed.",
  round_in_progress: "A round is in progress.",
  // Contributions
  unknown_contribution: "There is no such contribution.",
  kind_not_allowed: "This step does not take that kind of contribution.",
  text_empty: "Write something first.",
  text_too_long: "The text is longer than 2,000 characters.",
  not_your_contribution: "Only its author can change a contribution.",
  contribution_withdrawn: "The contribution has been withdrawn.",
  contribution_not_visible: "The contribution is not visible to everyone.",
  phase_closed: "That belongs to a step that is not the current one.",
  already_hidden: "The contribution is already hidden.",
  not_hidden: "The contribution is not hidden.",
  // Reactions, groups, votes
  reactions_off: "Reactions are off in this step.",
  grouping_off: "Grouping is not open to you in this step.",
  unknown_group: "There is no such group.",
  group_not_empty: "Only a facilitator can delete a group that holds contributions.",
  group_has_votes: "A group that has votes cannot be deleted.",
  voting_off: "There is no dot voting in this step.",
  vote_budget_exhausted: "You have used all your dots in this step.",
  no_vote_to_retract: "You have no dot on that to take back.",
  // Rounds and hands
  unknown_participant: "There is no such participant.",
  round_empty: "A round needs at least one participant.",
  round_not_active: "That round is not in progress.",
  not_your_turn: "It is not your turn.",
  not_current_turn: "That turn is no longer the current one.",
  hand_already_raised: "Your hand is already raised.",
  hand_not_raised: "That hand is not raised.",
  queue_empty: "No hands are raised.",
  no_floor: "Nobody has the floor.",
  // Facts
  not_a_fact: "Only a fact can be marked disputed.",
  source_only_for_facts: "Only a fact takes a source link or a figure.",
  already_disputed: "The fact is already marked disputed.",
  not_disputed: "The fact is not marked disputed.",
  // Proposals and consent
  not_a_decide_step: "Proposals belong in a decide step.",
  unknown_proposal: "There is no such proposal.",
  proposal_open: "Another proposal is still open: decide or postpone it first.",
  proposal_closed: "The proposal has already been decided or postponed.",
  proposal_round_in_progress: "A round on the proposal is in progress.",
  wrong_round_kind: "This round does not ask for that.",
  wrong_decision_rule: "The proposal's decision rule does not use that kind of round.",
  already_responded: "You have already answered in this round.",
  position_already_given: "You have already given your position in this round.",
  objection_needs_reason:
    "An objection needs a reason: what harm does the proposal do to the shared aim?",
  concern_needs_reason: "A concern needs a reason, so that it can be followed up.",
  round_still_open: "End the round first.",
  unknown_entry: "There is no such answer in that round.",
  not_an_objection: "That answer is not an objection.",
  objection_already_tested: "That objection has already been tested.",
  not_your_objection: "Only the objector can withdraw an objection.",
  objection_untested: "Test every objection with the group first.",
  objection_not_integrated: "Amend the proposal to meet the upheld objections first.",
  not_an_upheld_objection: "Only an upheld objection can be integrated.",
  objection_upheld: "An upheld objection stands: amend the proposal and ask for consent again.",
  amendment_unchanged: "The new version is the same as the current one.",
  no_consent_round: "Finish a consent round on the current version first.",
  no_poll_round: "Finish a poll on the current version first.",
  poll_not_passed: "The poll did not pass.",
  // The opinion map
  opinion_map_off: "This step has no opinion map.",
  unknown_statement: "There is no such statement.",
  statement_too_long: "A statement is at most 280 characters.",
  statement_limit_reached:
    "You have written as many statements as this step takes from one person.",
  statements_full: "This step holds as many statements as it can.",
  statement_not_pending: "The statement has already been approved or rejected.",
  statement_not_approved: "The statement is not open for votes.",
  own_statement: "You do not vote on your own statement.",
  session_not_named: "Names are shown only in a named session.",
  already_converted: "The statement has already been carried into the session that way.",
  // Timers
  no_timer: "No timer is set.",
  timer_not_running: "The timer is not running.",
  timer_not_paused: "The timer is not paused.",
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

export const DOMAIN_ERROR_CODES = Object.keys(DOMAIN_ERRORS) as [
  DomainErrorCode,
  ...DomainErrorCode[],
];

export interface DomainError {
  code: DomainErrorCode;
  message: string;
}

export function domainError(code: DomainErrorCode, message?: string): DomainError {
  return { code, message: message ?? DOMAIN_ERRORS[code] };
}

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === "string" && Object.hasOwn(DOMAIN_ERRORS, value);
}
