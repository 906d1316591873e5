import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { ENROLMENT_STATUSES } from "../training/waiting-list.js";
import { feedbackSummarySchema } from "./reports.js";

/*
 * Training programmes, cohorts and the facilitator pool: the wire shapes shared by the server
 * (validation, OpenAPI) and the web app. Days are calendar dates (YYYY-MM-DD).
 */

export const daySchema = z.iso.date();
const labelSchema = z.string().trim().min(1).max(120);
const textSchema = z.string().trim().max(4000);
/** A short list of free labels (languages, methods, areas), each bounded. */
const labelsSchema = z.array(z.string().trim().min(1).max(80)).max(50);

export const programmeBodySchema = z.strictObject({
  name: labelSchema,
  description: textSchema.default(""),
  minAttendancePercent: z.number().int().min(0).max(100).default(80),
  minPracticeCount: z.number().int().min(0).max(100).default(2),
  /** How long a certificate from this programme is valid. */
  certificateValidMonths: z.number().int().min(1).max(120).default(24),
  certifyingBody: labelSchema,
});
export type ProgrammeBody = z.input<typeof programmeBodySchema>;

export const PARTNERSHIP_STATUSES = ["offered", "accepted"] as const;

export const programmeSchema = z.strictObject({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  description: z.string(),
  minAttendancePercent: z.number(),
  minPracticeCount: z.number(),
  certificateValidMonths: z.number(),
  certifyingBody: z.string(),
  /** Whether the reader coordinates this programme (a coordinator or admin of its owner). */
  coordinating: z.boolean(),
  partners: z.array(
    z.strictObject({
      organisationId: z.string(),
      organisationName: z.string(),
      status: z.enum(PARTNERSHIP_STATUSES),
    }),
  ),
  cohorts: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      capacity: z.number(),
      placesTaken: z.number(),
      waiting: z.number(),
    }),
  ),
});
export type Programme = z.infer<typeof programmeSchema>;
export const programmeListSchema = z.strictObject({ programmes: z.array(programmeSchema) });

/** How long a partnership code stays usable: long enough to pass on by mail, short enough not to leak. */
export const PARTNERSHIP_CODE_VALID_HOURS = 72;

/** Partnership codes read aloud or typed: no 0/O or 1/I/L to confuse. */
export const partnershipCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{4}-?[2-9A-HJKMNP-Z]{4}$/);

/**
 * A partner is named by the code its training managers handed out (the page's way) or by its
 * id (kept for API clients that already know it).
 */
export const partnerBodySchema = z.union([
  z.strictObject({ partnershipCode: partnershipCodeSchema }),
  z.strictObject({ organisationId: idSchema }),
]);
export type PartnerBody = z.input<typeof partnerBodySchema>;

export const partnershipCodeViewSchema = z.strictObject({
  code: z.string(),
  expiresAt: z.string(),
});
export type PartnershipCodeView = z.infer<typeof partnershipCodeViewSchema>;

export const periodBodySchema = z.strictObject({ startsOn: daySchema, endsOn: daySchema });

export const cohortBodySchema = z.strictObject({
  name: labelSchema,
  startsOn: daySchema,
  endsOn: daySchema,
  capacity: z.number().int().min(1).max(1000),
});
export type CohortBody = z.input<typeof cohortBodySchema>;

/** Changing a cohort: whatever is given changes; capacity may not drop below the places held. */
export const cohortChangeBodySchema = cohortBodySchema.partial();
export type CohortChangeBody = z.input<typeof cohortChangeBodySchema>;

export const COHORT_STAFF_ROLES = ["trainer", "supervisor"] as const;
export const staffBodySchema = z.strictObject({
  userId: idSchema,
  role: z.enum(COHORT_STAFF_ROLES),
});

export const gatheringBodySchema = z.strictObject({ title: labelSchema, heldOn: daySchema });

export const signUpBodySchema = z.strictObject({
  /** The organisation the trainee comes from: the owner or an accepted partner. */
  organisationId: idSchema,
  /** The trainee's service area or unit, a free label (docs/training.md). */
  unit: labelSchema,
});
export type SignUpBody = z.input<typeof signUpBodySchema>;

export const offerAnswerBodySchema = z.strictObject({ answer: z.enum(["accept", "decline"]) });

export const attendanceBodySchema = z.strictObject({
  /** Everyone present at the gathering; the trainees not named are recorded absent. */
  present: z.array(idSchema).max(1000),
});

export const PRACTICE_ROLES = ["ran", "co_ran"] as const;
export type PracticeRole = (typeof PRACTICE_ROLES)[number];

/** Sessions a trainee may link a practice process to: ones they ran or co-ran. */
export const practiceSessionListSchema = z.strictObject({
  sessions: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      createdAt: z.string(),
      role: z.enum(PRACTICE_ROLES),
    }),
  ),
});
export type PracticeSessionList = z.infer<typeof practiceSessionListSchema>;
export const practiceBodySchema = z.strictObject({
  title: labelSchema,
  heldOn: daySchema,
  role: z.enum(PRACTICE_ROLES),
  sessionId: idSchema.optional(),
});
export const practiceFeedbackBodySchema = z.strictObject({ feedback: textSchema.min(1) });
export const supervisorBodySchema = z.strictObject({ supervisorId: idSchema });
export const certifyBodySchema = z.strictObject({ certifiedOn: daySchema });

export const progressSchema = z.strictObject({
  gatherings: z.number(),
  attended: z.number(),
  practiceCount: z.number(),
  attendancePercent: z.number(),
  attendanceMet: z.boolean(),
  practiceMet: z.boolean(),
  complete: z.boolean(),
});

export const practiceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  role: z.enum(PRACTICE_ROLES),
  sessionId: z.string().nullable(),
  feedback: z.string().nullable(),
});
export type Practice = z.infer<typeof practiceSchema>;

export const certificateSchema = z.strictObject({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  certifyingBody: z.string(),
  certifiedOn: z.string(),
  expiresOn: z.string(),
  status: z.enum(["valid", "expiring", "expired", "not_yet_valid"]),
});
export type CertificateView = z.infer<typeof certificateSchema>;
export const certificateListSchema = z.strictObject({ certificates: z.array(certificateSchema) });

export const enrolmentSchema = z.strictObject({
  id: z.string(),
  cohortId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  unit: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  /** Place in the waiting list, 1-based, while waiting. */
  waitingPosition: z.number().nullable(),
  offerExpiresAt: z.string().nullable(),
  supervisorId: z.string().nullable(),
  progress: progressSchema,
  practice: z.array(practiceSchema),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const cohortSchema = z.strictObject({
  id: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  organisationId: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number(),
  placesTaken: z.number(),
  coordinating: z.boolean(),
  staff: z.array(
    z.strictObject({
      userId: z.string(),
      displayName: z.string(),
      role: z.enum(COHORT_STAFF_ROLES),
    }),
  ),
  gatherings: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      heldOn: z.string(),
      /** Trainees recorded present; only the people the reader may see. */
      present: z.array(z.string()),
    }),
  ),
  /** Everyone the reader may see: all for coordinators, a partner's own people, or oneself. */
  enrolments: z.array(enrolmentSchema),
});
export type Cohort = z.infer<typeof cohortSchema>;

export const demandSchema = z.strictObject({
  rows: z.array(
    z.strictObject({
      organisationId: z.string(),
      organisationName: z.string(),
      unit: z.string(),
      signedUp: z.number(),
      placed: z.number(),
      waiting: z.number(),
      notPlaced: z.number(),
    }),
  ),
});
export type Demand = z.infer<typeof demandSchema>;

export const myTrainingSchema = z.strictObject({
  /** Programmes open to the reader's organisations, with their cohorts, to sign up to. */
  programmes: z.array(programmeSchema),
  enrolments: z.array(
    enrolmentSchema.extend({ cohortName: z.string(), programmeName: z.string() }),
  ),
  certificates: z.array(certificateSchema),
});
export type MyTraining = z.infer<typeof myTrainingSchema>;

/** GET /api/orgs/:orgId/training/people: an organisation's own people in training anywhere. */
export const trainingPeopleSchema = z.strictObject({
  enrolments: myTrainingSchema.shape.enrolments,
  certificates: myTrainingSchema.shape.certificates,
});

export const facilitatorProfileBodySchema = z.strictObject({
  languages: labelsSchema,
  /** Method ids or names: free labels until the method library lands (docs/training.md). */
  methods: labelsSchema,
  areas: labelsSchema,
});
export const availabilityBodySchema = z.strictObject({
  windows: z.array(periodBodySchema).max(100),
});
export const facilitatorProfileSchema = z.strictObject({
  userId: z.string(),
  languages: z.array(z.string()),
  methods: z.array(z.string()),
  areas: z.array(z.string()),
  availability: z.array(z.strictObject({ startsOn: z.string(), endsOn: z.string() })),
});
export type FacilitatorProfile = z.infer<typeof facilitatorProfileSchema>;

export const bookingRequestBodySchema = z.strictObject({
  unit: labelSchema,
  question: labelSchema,
  startsOn: daySchema,
  endsOn: daySchema,
  groupSize: z.number().int().min(1).max(10_000),
  language: z.string().trim().min(2).max(35),
  methods: labelsSchema.default([]),
  area: labelSchema.optional(),
  /**
   * Ask another organisation's pool: one that runs a programme the asking organisation
   * accepted. Without it, the asking organisation's own pool.
   */
  poolOrganisationId: idSchema.optional(),
});
export type BookingRequestBody = z.input<typeof bookingRequestBodySchema>;

export const bookingSessionBodySchema = z.strictObject({ sessionId: idSchema });

export const bookingBodySchema = z.strictObject({
  facilitatorId: idSchema,
  resourcePersonIds: z.array(idSchema).max(10).default([]),
});
export type BookingBody = z.input<typeof bookingBodySchema>;

const personSchema = z.strictObject({ userId: z.string(), displayName: z.string() });

export const bookingRequestSchema = z.strictObject({
  id: z.string(),
  organisationId: z.string(),
  unit: z.string(),
  question: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  groupSize: z.number(),
  language: z.string(),
  methods: z.array(z.string()),
  area: z.string().nullable(),
  requestedBy: personSchema,
  booking: z
    .strictObject({ facilitator: personSchema, resourcePersons: z.array(personSchema) })
    .nullable(),
  /** The session the booked process became, when a coordinator linked it. */
  session: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
  /** The partner whose unit asked, when it was not the pool's own organisation. */
  requestingOrganisation: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
});
export type BookingRequest = z.infer<typeof bookingRequestSchema>;
export const bookingRequestListSchema = z.strictObject({ requests: z.array(bookingRequestSchema) });

export const matchListSchema = z.strictObject({
  matches: z.array(
    z.strictObject({
      userId: z.string(),
      displayName: z.string(),
      available: z.boolean(),
      unavailableBecause: z.enum(["no_window", "booked"]).nullable(),
      speaksLanguage: z.boolean(),
      matchedMethods: z.array(z.string()),
      knowsArea: z.boolean(),
    }),
  ),
  /** Trainees and certified people of the pool, who may join as resource persons. */
  resourcePersons: z.array(personSchema.extend({ trainee: z.boolean() })),
});
export type MatchList = z.infer<typeof matchListSchema>;

export const facilitatorHistorySchema = z.strictObject({
  facilitator: personSchema,
  certificates: z.array(certificateSchema),
  bookings: z.array(
    z.strictObject({
      requestId: z.string(),
      question: z.string(),
      unit: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      as: z.enum(["facilitator", "resource_person"]),
      /** Participants' feedback on the session the booking became: counts and means, no rank. */
      sessionFeedback: feedbackSummarySchema.nullable(),
    }),
  ),
  practice: z.array(
    practiceSchema.extend({
      /** Participants' feedback on the linked session, when it has any; never a rank. */
      feedback: z.string().nullable(),
      sessionFeedback: feedbackSummarySchema.nullable(),
    }),
  ),
});
export type FacilitatorHistory = z.infer<typeof facilitatorHistorySchema>;
