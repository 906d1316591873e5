import {
  type BookingBody,
  type BookingRequestBody,
  bookingRequestListSchema,
  bookingRequestSchema,
  type CohortBody,
  type CohortChangeBody,
  certificateListSchema,
  certificateSchema,
  cohortSchema,
  demandSchema,
  enrolmentSchema,
  facilitatorHistorySchema,
  facilitatorProfileSchema,
  matchListSchema,
  myTrainingSchema,
  type ProgrammeBody,
  partnershipCodeViewSchema,
  practiceSessionListSchema,
  programmeListSchema,
  programmeSchema,
  type SignUpBody,
  trainingPeopleSchema,
} from "@samspel/core";
import { apiRequest } from "./client";

const at = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

export const fetchProgrammes = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/programmes`, programmeListSchema, { signal }).then(
    (answer) => answer.programmes,
  );

export const createProgramme = (orgId: string, body: ProgrammeBody) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/programmes`, programmeSchema, {
    method: "POST",
    body,
  });

export const offerToPartner = (programmeId: string, partnershipCode: string) =>
  apiRequest(`/api/training/programmes/${at(programmeId)}/partners`, programmeSchema, {
    method: "POST",
    body: { partnershipCode },
  });

export const fetchPracticeSessions = (enrolmentId: string, signal?: AbortSignal) =>
  apiRequest(`/api/training/enrolments/${at(enrolmentId)}/sessions`, practiceSessionListSchema, {
    signal,
  });

export const createPartnershipCode = (orgId: string) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/partnership-codes`, partnershipCodeViewSchema, {
    method: "POST",
  });

export const changeCohort = (cohortId: string, body: CohortChangeBody) =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}`, cohortSchema, { method: "PATCH", body });

export const removeStaff = (cohortId: string, role: "trainer" | "supervisor", userId: string) =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}/staff/${at(role, userId)}`, cohortSchema, {
    method: "DELETE",
  });

export const linkBookingSession = (requestId: string, sessionId: string) =>
  apiRequest(`/api/training/booking-requests/${at(requestId)}/session`, bookingRequestSchema, {
    method: "PUT",
    body: { sessionId },
  });

export const cancelBooking = (requestId: string) =>
  apiRequest(`/api/training/booking-requests/${at(requestId)}/booking`, bookingRequestSchema, {
    method: "DELETE",
  });

export const acceptProgramme = (orgId: string, programmeId: string) =>
  apiRequest(
    `/api/orgs/${at(orgId)}/training/programmes/${at(programmeId)}/accept`,
    programmeSchema,
    { method: "POST" },
  );

export const createCohort = (programmeId: string, body: CohortBody) =>
  apiRequest(`/api/training/programmes/${at(programmeId)}/cohorts`, cohortSchema, {
    method: "POST",
    body,
  });

export const fetchCohort = (cohortId: string, signal?: AbortSignal) =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}`, cohortSchema, { signal });

export const fetchDemand = (cohortId: string, signal?: AbortSignal) =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}/demand`, demandSchema, { signal });

export const addGathering = (cohortId: string, body: { title: string; heldOn: string }) =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}/gatherings`, cohortSchema, {
    method: "POST",
    body,
  });

export const recordAttendance = (gatheringId: string, present: string[]) =>
  apiRequest(`/api/training/gatherings/${at(gatheringId)}/attendance`, cohortSchema, {
    method: "PUT",
    body: { present },
  });

export const signUp = (cohortId: string, body: SignUpBody) =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}/sign-ups`, enrolmentSchema, {
    method: "POST",
    body,
  });

export const withdraw = (enrolmentId: string) =>
  apiRequest(`/api/training/enrolments/${at(enrolmentId)}/withdraw`, enrolmentSchema, {
    method: "POST",
  });

export const answerOffer = (enrolmentId: string, answer: "accept" | "decline") =>
  apiRequest(`/api/training/enrolments/${at(enrolmentId)}/offer`, enrolmentSchema, {
    method: "POST",
    body: { answer },
  });

export const logPractice = (
  enrolmentId: string,
  body: { title: string; heldOn: string; role: "ran" | "co_ran" },
) =>
  apiRequest(`/api/training/enrolments/${at(enrolmentId)}/practice`, enrolmentSchema, {
    method: "POST",
    body,
  });

export const certify = (enrolmentId: string, certifiedOn: string) =>
  apiRequest(`/api/training/enrolments/${at(enrolmentId)}/certify`, certificateSchema, {
    method: "POST",
    body: { certifiedOn },
  });

export const fetchMyTraining = (signal?: AbortSignal) =>
  apiRequest("/api/me/training", myTrainingSchema, { signal });

export const fetchProfile = (signal?: AbortSignal) =>
  apiRequest("/api/me/facilitator-profile", facilitatorProfileSchema, { signal });

export const saveProfile = (body: { languages: string[]; methods: string[]; areas: string[] }) =>
  apiRequest("/api/me/facilitator-profile", facilitatorProfileSchema, { method: "PUT", body });

export const saveAvailability = (windows: { startsOn: string; endsOn: string }[]) =>
  apiRequest("/api/me/facilitator-profile/availability", facilitatorProfileSchema, {
    method: "PUT",
    body: { windows },
  });

export const fetchBookingRequests = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/booking-requests`, bookingRequestListSchema, {
    signal,
  }).then((answer) => answer.requests);

export const requestFacilitator = (orgId: string, body: BookingRequestBody) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/booking-requests`, bookingRequestSchema, {
    method: "POST",
    body,
  });

export const fetchMatches = (requestId: string, signal?: AbortSignal) =>
  apiRequest(`/api/training/booking-requests/${at(requestId)}/matches`, matchListSchema, {
    signal,
  });

export const book = (requestId: string, body: BookingBody) =>
  apiRequest(`/api/training/booking-requests/${at(requestId)}/booking`, bookingRequestSchema, {
    method: "POST",
    body,
  });

export const fetchCertificates = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/certificates`, certificateListSchema, {
    signal,
  }).then((answer) => answer.certificates);

export const renewCertificate = (certificationId: string, certifiedOn: string) =>
  apiRequest(`/api/training/certifications/${at(certificationId)}/renew`, certificateSchema, {
    method: "POST",
    body: { certifiedOn },
  });

export const fetchFacilitatorHistory = (orgId: string, userId: string, signal?: AbortSignal) =>
  apiRequest(
    `/api/orgs/${at(orgId)}/training/facilitators/${at(userId)}/history`,
    facilitatorHistorySchema,
    { signal },
  );

export const addStaff = (cohortId: string, userId: string, role: "trainer" | "supervisor") =>
  apiRequest(`/api/training/cohorts/${at(cohortId)}/staff`, cohortSchema, {
    method: "POST",
    body: { userId, role },
  });

export const assignSupervisor = (enrolmentId: string, supervisorId: string) =>
  apiRequest(`/api/training/enrolments/${at(enrolmentId)}/supervisor`, enrolmentSchema, {
    method: "PUT",
    body: { supervisorId },
  });

export const givePracticeFeedback = (practiceId: string, feedback: string) =>
  apiRequest(`/api/training/practice/${at(practiceId)}/feedback`, enrolmentSchema, {
    method: "PUT",
    body: { feedback },
  });

export const fetchTrainingPeople = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`/api/orgs/${at(orgId)}/training/people`, trainingPeopleSchema, { signal });
