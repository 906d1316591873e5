import type { BookingRequest, Cohort, Enrolment, Programme } from "@samspel/core";
import { expect } from "vitest";
import { buildTeam, insertPerson, type Person, type Team } from "./factories.js";
import { SESSION_BODY } from "./preparation.js";
import type { TestApp } from "./test-app.js";

/**
 * Seed 004 in small: Lillehammer runs the programme and offers it to two neighbours, Gjøvik
 * (accepted) and Øyer (offered, not yet accepted); Hamar has nothing to do with it.
 */
export interface TrainingWorld {
  owner: Team<"coordinator" | "member">;
  gjovik: Team<"member">;
  oyer: Team<"member">;
  hamar: Team<"member">;
  programme: Programme;
}

export async function buildTrainingWorld(
  t: TestApp,
  rules: { minAttendancePercent?: number; minPracticeCount?: number } = {},
): Promise<TrainingWorld> {
  const owner = await buildTeam(t, ["coordinator", "member"], "Lillehammer kommune");
  const gjovik = await buildTeam(t, ["member"], "Gjøvik kommune");
  const oyer = await buildTeam(t, ["member"], "Øyer kommune");
  const hamar = await buildTeam(t, ["member"], "Hamar kommune");
  const coordinator = owner.members.coordinator.client;
  const created = await coordinator.post<Programme>(
    `/api/orgs/${owner.organisationId}/training/programmes`,
    {
      name: "Prosesslederstudiet",
      certifyingBody: "Lillehammer kommune",
      minAttendancePercent: rules.minAttendancePercent ?? 50,
      minPracticeCount: rules.minPracticeCount ?? 1,
    },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const programmeId = created.body.id;
  for (const partner of [gjovik, oyer]) {
    const offered = await coordinator.post(`/api/training/programmes/${programmeId}/partners`, {
      organisationId: partner.organisationId,
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(200);
  }
  const accepted = await gjovik.admin.client.post<Programme>(
    `/api/orgs/${gjovik.organisationId}/training/programmes/${programmeId}/accept`,
  );
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { owner, gjovik, oyer, hamar, programme: created.body };
}

export async function openCohort(
  world: TrainingWorld,
  capacity: number,
  name = "Kull 2026",
): Promise<Cohort> {
  const response = await world.owner.members.coordinator.client.post<Cohort>(
    `/api/training/programmes/${world.programme.id}/cohorts`,
    { name, startsOn: "2026-12-01", endsOn: "2027-05-31", capacity },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);

  return response.body;
}

/** A new member of `team` who signs up to the cohort through it. */
export async function signUpNewMember(
  t: TestApp,
  team: { organisationId: string },
  cohortId: string,
  unit = "Psykisk helse og rus",
): Promise<{ person: Person; enrolment: Enrolment }> {
  const person = await insertPerson(t, { organisationId: team.organisationId, role: "member" });
  const response = await person.client.post<Enrolment>(
    `/api/training/cohorts/${cohortId}/sign-ups`,
    {
      organisationId: team.organisationId,
      unit,
    },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { person, enrolment: response.body };
}

/** A certificate from the world's programme, written directly: the route's rules are tested elsewhere. */
export async function insertCertificate(
  t: TestApp,
  world: TrainingWorld,
  userId: string,
  certifiedOn = "2025-01-01",
  expiresOn = "2028-12-31",
): Promise<void> {
  await t.storage.db
    .insertInto("certifications")
    .values({
      id: `cert-${userId}`,
      user_id: userId,
      programme_id: world.programme.id,
      certifying_body: "Lillehammer kommune",
      certified_on: certifiedOn,
      expires_on: expiresOn,
      renews_id: null,
      created_at: t.clock.now().toISOString(),
    })
    .execute();
}

/** A unit's request for a facilitator, as the booking tests send it. */
export const BOOKING_REQUEST_BODY = {
  unit: "Tildeling",
  question: "Hvordan fordeler vi vedtak raskere?",
  startsOn: "2027-02-01",
  endsOn: "2027-02-02",
  groupSize: 12,
  language: "nb",
};

export interface BookedSession {
  /** Certified and a plain member of the partner Gjøvik: no role in the owner's sessions. */
  per: Person;
  /** A Gjøvik trainee booked alongside as resource person. */
  trainee: Person;
  /** The owner's session, made by its admin; not linked to the booking yet. */
  sessionId: string;
  bookingUrl: string;
}

/** A booking of Per with a trainee beside him, and the owner's session it may be linked to. */
export async function bookForSession(t: TestApp, world: TrainingWorld): Promise<BookedSession> {
  const per = await insertPerson(t, {
    organisationId: world.gjovik.organisationId,
    role: "member",
  });
  await insertCertificate(t, world, per.userId);
  const trainee = (await signUpNewMember(t, world.gjovik, (await openCohort(world, 10)).id)).person;
  const made = await world.owner.members.member.client.post<BookingRequest>(
    `/api/orgs/${world.owner.organisationId}/training/booking-requests`,
    BOOKING_REQUEST_BODY,
  );
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const bookingUrl = `/api/training/booking-requests/${made.body.id}`;
  const booked = await world.owner.members.coordinator.client.post(`${bookingUrl}/booking`, {
    facilitatorId: per.userId,
    resourcePersonIds: [trainee.userId],
  });
  expect(booked.status, JSON.stringify(booked.body)).toBe(200);
  const created = await world.owner.admin.client.post<{ id: string }>(
    `/api/orgs/${world.owner.organisationId}/sessions`,
    SESSION_BODY,
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { per, trainee, sessionId: created.body.id, bookingUrl };
}
