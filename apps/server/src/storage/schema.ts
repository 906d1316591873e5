import type {
  ActionStatus,
  DecisionStatus,
  EnrolmentStatus,
  Locale,
  MaterialKind,
  MethodCategory,
  PerspectiveKind,
  Role,
  RsvpAnswer,
} from "@samspel/core";
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
  action_comments: ActionCommentTable;
  calendar_feeds: CalendarFeedTable;
  decision_public_links: DecisionPublicLinkTable;
  session_preparations: SessionPreparationTable;
  session_perspectives: SessionPerspectiveTable;
  session_invitations: SessionInvitationTable;
  session_invitation_perspectives: SessionInvitationPerspectiveTable;
  preparation_materials: PreparationMaterialTable;
  organisation_methods: OrganisationMethodTable;
  agenda_templates: AgendaTemplateTable;
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
  partnership_codes: PartnershipCodeTable;
  session_facilitators: SessionFacilitatorTable;
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
  /** core's ACTION_STATUSES; "open" when written. */
  status: Generated<ActionStatus>;
  /** Why it was dropped. */
  status_reason: string | null;
  status_changed_at: string | null;
  status_changed_by: string | null;
  /** The member `owner` names, linked by a decision manager. */
  owner_user_id: string | null;
  /** Who added it after the meeting; null for the actions the decision itself gave. */
  created_by: string | null;
}

export interface ActionCommentTable {
  id: string;
  action_id: string;
  /** Null once the author's account is gone; the name stays. */
  author_id: string | null;
  author_name: string;
  text: string;
  created_at: string;
}

/** One calendar feed per person, covering all their organisations. */
export interface CalendarFeedTable {
  user_id: string;
  /** SHA-256 of the feed URL's secret token; the token is shown once, to its owner. */
  token_hash: string;
  created_at: string;
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

/** A decision's public read-only link, while it is on (migration 2026-11-27T01). */
export interface DecisionPublicLinkTable {
  decision_id: string;
  /** The token's first part: finds the row. */
  selector: string;
  /** The token's second part: compared in constant time. */
  verifier: string;
  enabled_by: string | null;
  enabled_at: string;
}

export interface SessionPreparationTable {
  session_id: string;
  purpose: string;
  desired_outcome: string;
  starts_at: string | null;
  duration_minutes: number | null;
  place: string;
  updated_by: string | null;
  updated_at: string;
}

export interface SessionPerspectiveTable {
  id: string;
  session_id: string;
  name: string;
  kind: PerspectiveKind;
  importance: "required" | "optional";
  created_at: string;
}

export interface SessionInvitationTable {
  id: string;
  session_id: string;
  /** Set for a member invited by account; null for someone outside the organisation. */
  user_id: string | null;
  name: string;
  email: string | null;
  /** SHA-256 of the link's token; the token itself is shown once, to the facilitator. */
  token_hash: string;
  rsvp: RsvpAnswer | null;
  note: string;
  responded_at: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  emailed_at: string | null;
}

export interface SessionInvitationPerspectiveTable {
  invitation_id: string;
  perspective_id: string;
}

export interface PreparationMaterialTable {
  id: string;
  session_id: string;
  kind: MaterialKind;
  title: string;
  body: string;
  url: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
  created_by: string | null;
  created_at: string;
}

/** An organisation's own method, in one language. List and object columns hold JSON text. */
export interface OrganisationMethodTable {
  id: string;
  organisation_id: string;
  created_by: string | null;
  language: Locale;
  category: MethodCategory;
  /** JSON: Phase[]. */
  phases: string;
  group_size_min: number;
  group_size_max: number;
  minutes_min: number;
  minutes_max: number;
  /** JSON: LiveMapping (step settings, round kind, timebox). */
  live: string;
  name: string;
  purpose: string;
  when_to_use: string;
  /** JSON: string[]; likewise good_questions, materials and pitfalls. */
  steps: string;
  question: string;
  good_questions: string;
  materials: string;
  pitfalls: string;
  created_at: string;
  updated_at: string;
}
/** An organisation's own agenda template: a named session design (docs/methods.md). */
export interface AgendaTemplateTable {
  id: string;
  organisation_id: string;
  created_by: string | null;
  name: string;
  /** templateNameKey(name), unique within the organisation. */
  name_key: string;
  /** JSON: TemplateDesign. */
  design: string;
  created_at: string;
  updated_at: string;
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
  /** The session the booked process became, once a coordinator links it. */
  session_id: string | null;
  /** A partner organisation whose unit asked this pool; null when the pool's own unit did. */
  requesting_organisation_id: string | null;
}

export interface BookingPersonTable {
  request_id: string;
  user_id: string;
  role: "facilitator" | "resource_person";
  starts_on: string;
  ends_on: string;
  booked_at: string;
}

export interface PartnershipCodeTable {
  code: string;
  organisation_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
}

/** A grant to run one session, written by a booking linked to it (docs/training.md). */
export interface SessionFacilitatorTable {
  session_id: string;
  user_id: string;
  /** The booked facilitator, or a resource person (trainee or certified) working beside them. */
  role: "facilitator" | "co_facilitator";
  granted_by: string | null;
  granted_at: string;
  booking_request_id: string;
}
