import type { DecisionStatus, EnrolmentStatus, Locale, Role } from "@samspel/core";
import type { Generated } from "kysely";

/**
 * Table shapes as Kysely sees them. Timestamps are ISO 8601 UTC strings on both dialects: they
 * sort as text, compare the same way in SQLite and PostgreSQL, and need no driver type parsers.
 * Booleans are absent on purpose; a nullable timestamp ("accepted_at") says more than a flag.
 */
export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  login_sessions: LoginSessionTable;
  invitations: InvitationTable;
  sessions: SessionTable;
  session_events: SessionEventTable;
  session_participants: SessionParticipantTable;
  processes: ProcessTable;
  event_logs: EventLogTable;
  customer_scores: CustomerScoresTable;
  decisions: DecisionTable;
  decision_actions: DecisionActionTable;
  session_reflections: SessionReflectionTable;
  session_feedback: SessionFeedbackTable;
  process_sessions: ProcessSessionTable;
  decision_effects: DecisionEffectTable;
  decision_facilitators: DecisionFacilitatorTable;
  training_programmes: TrainingProgrammeTable;
  programme_partners: ProgrammePartnerTable;
  training_cohorts: TrainingCohortTable;
  cohort_staff: CohortStaffTable;
  cohort_gatherings: CohortGatheringTable;
  cohort_enrolments: CohortEnrolmentTable;
  gathering_attendance: GatheringAttendanceTable;
  practice_processes: PracticeProcessTable;
  certifications: CertificationTable;
  facilitator_profiles: FacilitatorProfileTable;
  availability_windows: AvailabilityWindowTable;
  booking_requests: BookingRequestTable;
  booking_people: BookingPersonTable;
}

export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  /** Stored lower-cased; unique. */
  email: string;
  display_name: string;
  password_hash: string;
  locale: Locale;
  created_at: string;
}

export interface MembershipTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface LoginSessionTable {
  /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  active_organisation_id: string | null;
  created_at: string;
  expires_at: string;
}

export interface InvitationTable {
  id: string;
  organisation_id: string;
  email: string;
  role: Role;
  /** SHA-256 of the link's token; the token itself is shown once, to the inviter. */
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface SessionTable {
  id: string;
  organisation_id: string;
  title: string;
  status: string;
  language: string;
  anonymity: string;
  /** Six characters from an unambiguous alphabet: what participants type to join. */
  join_code: string;
  participant_count: number;
  last_seq: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SessionEventTable {
  session_id: string;
  seq: number;
  command_id: string | null;
  type: string;
  /** JSON text on both dialects: the payload's shape is core's business, not the database's. */
  payload: string;
  actor: string;
  at: string;
}

export interface SessionParticipantTable {
  id: string;
  session_id: string;
  /** SHA-256 of the participant's secret token, which only their browser keeps. */
  token_hash: string;
  created_at: string;
}

export interface ProcessTable {
  id: string;
  organisation_id: string;
  name: string;
  purpose: string;
  owner_user_id: string | null;
  /** The main process this one is a sub-process of; the register is a forest, never a cycle. */
  parent_id: string | null;
  /** JSON array of unit names, in the order given. */
  units: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The process's current event log; its events live in DATA_DIR/flow/<id>/events.parquet. */
export interface EventLogTable {
  id: string;
  process_id: string;
  file_name: string;
  format: "csv" | "xes";
  /** JSON: the confirmed column mapping (core's ColumnMapping). */
  mapping: string;
  /** JSON: core's OpenCaseRule. */
  open_case_rule: string;
  imported_at: string;
  imported_by: string | null;
  cases: number;
  events: number;
  /** JSON: the import report (rows skipped and why, lifecycle, notes). */
  report: string;
}

/** Customer-experience answers; they live in DATA_DIR/flow/<id>/scores.parquet. */
export interface CustomerScoresTable {
  id: string;
  process_id: string;
  file_name: string;
  kind: "csat" | "nps";
  mapping: string;
  imported_at: string;
  imported_by: string | null;
  responses: number;
  report: string;
}

/** A decided or postponed proposal: the columns lists need, and the whole record as JSON. */
export interface DecisionTable {
  /** The `decisionId` core minted in `proposal.decided` / `proposal.postponed`. */
  id: string;
  organisation_id: string;
  session_id: string;
  proposal_id: string;
  outcome: "decided" | "postponed";
  /** The session's title. */
  title: string;
  /** The proposal's wording decided on (the last one, when postponed). */
  text: string;
  language: string;
  decided_at: string;
  /** A calendar day, YYYY-MM-DD. */
  review_date: string | null;
  /** core's DecisionRecord as JSON text, redacted per the session's anonymity mode. */
  record: string;
  created_at: string;
  /** Where the decision is in its life (core's DECISION_STATUSES); "in_effect" when written. */
  status: Generated<DecisionStatus>;
  /** Why it was revoked, or put under review. */
  status_reason: string | null;
  status_changed_at: string | null;
  /** The later decision that took this one's place, and, on that one, the one it replaced. */
  superseded_by: string | null;
  supersedes: string | null;
  /** The process this decision is about; linked by issue 6's process module. */
  process_id: string | null;
  /** The searchable words, extracted from the record (decisions/search-text.ts). */
  search_text: string;
}

/** Who facilitated the session that took a decision: the register filters on them. */
export interface DecisionFacilitatorTable {
  decision_id: string;
  user_id: string;
}

export interface DecisionActionTable {
  id: string;
  decision_id: string;
  /** The action's place in the decision's list, from 0. */
  position: number;
  what: string;
  owner: string;
  /** A calendar day, YYYY-MM-DD. */
  due_date: string | null;
}

/** The facilitator's reflection on a session: three prompts, the latest wording. */
export interface SessionReflectionTable {
  session_id: string;
  what_we_did: string;
  how_we_did_it: string;
  effect: string;
  updated_by: string;
  updated_at: string;
}

/** One participant's anonymous feedback; `participant_key` only keeps it to one per person. */
export interface SessionFeedbackTable {
  id: string;
  session_id: string;
  participant_key: string;
  heard: number | null;
  safe: number | null;
  clear: number | null;
  comment: string | null;
  created_at: string;
}

/** The effect a decision names; see the decision_effects migration. */
export interface DecisionEffectTable {
  decision_id: string;
  process_id: string;
  metric: "lead_time_median" | "lead_time_p85" | "throughput";
  direction: "decrease" | "increase";
  target: number;
  /** A calendar day, YYYY-MM-DD. */
  target_date: string;
  /** JSON text of the baseline, null when the process had no event log at decision time. */
  baseline: string | null;
}

/** A session that worked from a process's flow facts (a chart of it was shared there). */
export interface ProcessSessionTable {
  process_id: string;
  session_id: string;
  first_shared_at: string;
}

/** Training programmes and the facilitator pool: see the training migrations and docs/training.md. */
export interface TrainingProgrammeTable {
  id: string;
  organisation_id: string;
  name: string;
  description: string;
  min_attendance_percent: number;
  min_practice_count: number;
  certificate_valid_months: number;
  certifying_body: string;
  created_at: string;
}

export interface ProgrammePartnerTable {
  programme_id: string;
  organisation_id: string;
  offered_at: string;
  accepted_at: string | null;
}

export interface TrainingCohortTable {
  id: string;
  programme_id: string;
  name: string;
  /** Calendar days, YYYY-MM-DD. */
  starts_on: string;
  ends_on: string;
  capacity: number;
  created_at: string;
}

export interface CohortStaffTable {
  cohort_id: string;
  user_id: string;
  role: "trainer" | "supervisor";
}

export interface CohortGatheringTable {
  id: string;
  cohort_id: string;
  title: string;
  held_on: string;
}

export interface CohortEnrolmentTable {
  id: string;
  cohort_id: string;
  user_id: string;
  /** The organisation the trainee came through: the owner or an accepted partner. */
  organisation_id: string;
  unit: string;
  status: EnrolmentStatus;
  position: number;
  offer_expires_at: string | null;
  /** When the person first held a place; null for those who never did (the demand figure). */
  placed_at: string | null;
  supervisor_id: string | null;
  signed_up_at: string;
}

export interface GatheringAttendanceTable {
  gathering_id: string;
  user_id: string;
}

export interface PracticeProcessTable {
  id: string;
  enrolment_id: string;
  title: string;
  held_on: string;
  role: "ran" | "co_ran";
  session_id: string | null;
  feedback: string | null;
  feedback_by: string | null;
  created_at: string;
}

export interface CertificationTable {
  id: string;
  user_id: string;
  programme_id: string;
  certifying_body: string;
  certified_on: string;
  expires_on: string;
  renews_id: string | null;
  created_at: string;
}

export interface FacilitatorProfileTable {
  user_id: string;
  /** JSON arrays of strings. */
  languages: string;
  methods: string;
  areas: string;
  updated_at: string;
}

export interface AvailabilityWindowTable {
  id: string;
  user_id: string;
  starts_on: string;
  ends_on: string;
}

export interface BookingRequestTable {
  id: string;
  organisation_id: string;
  unit: string;
  question: string;
  starts_on: string;
  ends_on: string;
  group_size: number;
  language: string;
  /** JSON array of method labels asked for. */
  methods: string;
  area: string | null;
  requested_by: string;
  created_at: string;
}

export interface BookingPersonTable {
  request_id: string;
  user_id: string;
  role: "facilitator" | "resource_person";
  starts_on: string;
  ends_on: string;
  booked_at: string;
}
