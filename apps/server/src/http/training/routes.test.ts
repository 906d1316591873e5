import type {
  CertificateView,
  Cohort,
  Demand,
  Enrolment,
  MyTraining,
  Programme,
} from "@samspel/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { insertPerson } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  buildTrainingWorld,
  openCohort,
  signUpNewMember,
  type TrainingWorld,
} from "../../test-support/training.js";

describe.each(backends)("training programmes on $kind", (backend) => {
  let t: TestApp;
  let world: TrainingWorld;
  // One database per backend; every test builds its own organisations in it, so none share data.
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    world = await buildTrainingWorld(t);
  });

  const coordinator = () => world.owner.members.coordinator.client;

  describe("programmes and partners", () => {
    it("lets only coordinators and admins open a programme", async () => {
      const body = { name: "Studiet", certifyingBody: "Lillehammer kommune" };
      const url = `/api/orgs/${world.owner.organisationId}/training/programmes`;
      expect((await world.owner.admin.client.post(url, body)).status).toBe(201);
      expectApiError(await world.owner.members.member.client.post(url, body), 403, "forbidden");
      expectApiError(await world.hamar.admin.client.post(url, body), 403, "not_a_member");
      expectApiError(await new TestClient(t.app).post(url, body), 401, "unauthenticated");
      expectApiError(
        await coordinator().post(url, { ...body, minAttendancePercent: 120 }),
        400,
        "validation_failed",
      );
    });

    it("shows the programme to the owner's and accepted partners' members, and to a partner's admin before accepting", async () => {
      const url = `/api/training/programmes/${world.programme.id}`;
      const asCoordinator = await coordinator().get<Programme>(url);
      expect(asCoordinator.body.coordinating).toBe(true);
      expect(asCoordinator.body.partners.map((p) => [p.organisationName, p.status])).toEqual([
        ["Gjøvik kommune", "accepted"],
        ["Øyer kommune", "offered"],
      ]);
      const asPartner = await world.gjovik.members.member.client.get<Programme>(url);
      expect(asPartner.status).toBe(200);
      // A partner does not learn which other municipalities take part.
      expect(asPartner.body).toMatchObject({ coordinating: false, partners: [] });
      expect((await world.oyer.admin.client.get(url)).status).toBe(200);
      expectApiError(await world.oyer.members.member.client.get(url), 404, "programme_not_found");
      expectApiError(await world.hamar.admin.client.get(url), 404, "programme_not_found");
    });

    it("refuses offering to the owner itself or to an unknown organisation, and accepting what was not offered", async () => {
      const url = `/api/training/programmes/${world.programme.id}/partners`;
      expectApiError(
        await coordinator().post(url, { organisationId: world.owner.organisationId }),
        409,
        "partner_is_owner",
      );
      expectApiError(
        await coordinator().post(url, { organisationId: "nowhere" }),
        404,
        "partner_not_found",
      );
      expectApiError(
        await world.gjovik.admin.client.post(url, { organisationId: world.hamar.organisationId }),
        403,
        "forbidden",
      );
      expectApiError(
        await world.hamar.admin.client.post(
          `/api/orgs/${world.hamar.organisationId}/training/programmes/${world.programme.id}/accept`,
        ),
        404,
        "partnership_not_offered",
      );
      expectApiError(
        await world.oyer.members.member.client.post(
          `/api/orgs/${world.oyer.organisationId}/training/programmes/${world.programme.id}/accept`,
        ),
        403,
        "forbidden",
      );
    });

    it("lists owned and accepted programmes to members, and pending offers to the partner's admins", async () => {
      const list = (client: TestClient, orgId: string) =>
        client.get<{ programmes: Programme[] }>(`/api/orgs/${orgId}/training/programmes`);
      expect(
        (await list(world.gjovik.members.member.client, world.gjovik.organisationId)).body
          .programmes,
      ).toHaveLength(1);
      expect(
        (await list(world.oyer.members.member.client, world.oyer.organisationId)).body.programmes,
      ).toHaveLength(0);
      expect(
        (await list(world.oyer.admin.client, world.oyer.organisationId)).body.programmes,
      ).toHaveLength(1);
    });

    it("refuses a cohort that ends before it starts, or from a non-coordinator", async () => {
      const url = `/api/training/programmes/${world.programme.id}/cohorts`;
      const body = { name: "Kull", startsOn: "2027-01-10", endsOn: "2027-01-01", capacity: 10 };
      expectApiError(await coordinator().post(url, body), 400, "invalid_period");
      expectApiError(
        await world.gjovik.admin.client.post(url, { ...body, endsOn: "2027-03-01" }),
        403,
        "forbidden",
      );
      const programme = await coordinator().get<Programme>(
        `/api/training/programmes/${world.programme.id}`,
      );
      expect(programme.body.cohorts).toEqual([]);
    });
  });

  describe("sign-up and the waiting list", () => {
    it("fills the places, then keeps a waiting list in order of signing up", async () => {
      const cohort = await openCohort(world, 2);
      const first = await signUpNewMember(t, world.owner, cohort.id);
      const second = await signUpNewMember(t, world.gjovik, cohort.id, "Tildeling");
      const third = await signUpNewMember(t, world.gjovik, cohort.id, "Tildeling");
      const fourth = await signUpNewMember(t, world.owner, cohort.id);
      expect([first, second].map((s) => s.enrolment.status)).toEqual(["enrolled", "enrolled"]);
      expect([third, fourth].map((s) => [s.enrolment.status, s.enrolment.waitingPosition])).toEqual(
        [
          ["waiting", 1],
          ["waiting", 2],
        ],
      );
      expectApiError(
        await first.person.client.post(`/api/training/cohorts/${cohort.id}/sign-ups`, {
          organisationId: world.owner.organisationId,
          unit: "Igjen",
        }),
        409,
        "already_signed_up",
      );
    });

    it("refuses signing up through an organisation that has not accepted, or that one is not in", async () => {
      const cohort = await openCohort(world, 2);
      const url = `/api/training/cohorts/${cohort.id}/sign-ups`;
      const oyerAdmin = world.oyer.admin.client;
      expectApiError(
        await oyerAdmin.post(url, { organisationId: world.oyer.organisationId, unit: "Helse" }),
        403,
        "programme_not_offered",
      );
      expectApiError(
        await world.gjovik.members.member.client.post(url, {
          organisationId: world.owner.organisationId,
          unit: "Helse",
        }),
        403,
        "programme_not_offered",
      );
      expectApiError(
        await world.hamar.members.member.client.post(url, {
          organisationId: world.hamar.organisationId,
          unit: "Helse",
        }),
        404,
        "cohort_not_found",
      );
      expectApiError(
        await world.gjovik.members.member.client.post(url, {
          organisationId: world.gjovik.organisationId,
        }),
        400,
        "validation_failed",
      );
      const stored = await t.storage.db
        .selectFrom("cohort_enrolments")
        .select("id")
        .where("cohort_id", "=", cohort.id)
        .execute();
      expect(stored).toEqual([]);
    });

    it("gives the last place to exactly one of two simultaneous sign-ups", async () => {
      const cohort = await openCohort(world, 1);
      const [a, b] = await Promise.all([
        insertPerson(t, { organisationId: world.gjovik.organisationId, role: "member" }),
        insertPerson(t, { organisationId: world.gjovik.organisationId, role: "member" }),
      ]);
      const body = { organisationId: world.gjovik.organisationId, unit: "Tildeling" };
      const url = `/api/training/cohorts/${cohort.id}/sign-ups`;
      const answers = await Promise.all([
        a.client.post<Enrolment>(url, body),
        b.client.post<Enrolment>(url, body),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      expect(answers.map((answer) => answer.body.status).sort()).toEqual(["enrolled", "waiting"]);
    });

    it("offers a freed place to the first in line; accepting takes it, and an offer left unanswered lapses to the next", async () => {
      const cohort = await openCohort(world, 1);
      const placed = await signUpNewMember(t, world.owner, cohort.id);
      const next = await signUpNewMember(t, world.gjovik, cohort.id);
      const after = await signUpNewMember(t, world.gjovik, cohort.id);

      // Only the trainee or a coordinator withdraws, and only what still counts.
      expectApiError(
        await next.person.client.post(`/api/training/enrolments/${placed.enrolment.id}/withdraw`),
        404,
        "enrolment_not_found",
      );
      const withdrawn = await placed.person.client.post<Enrolment>(
        `/api/training/enrolments/${placed.enrolment.id}/withdraw`,
      );
      expect(withdrawn.body.status).toBe("withdrawn");
      expectApiError(
        await placed.person.client.post(`/api/training/enrolments/${placed.enrolment.id}/withdraw`),
        409,
        "cannot_withdraw",
      );

      const mine = await next.person.client.get<MyTraining>("/api/me/training");
      const offer = mine.body.enrolments[0];
      // The test clock moves on in this file, so the three days are counted from its now.
      const threeDays = new Date(t.clock.now().getTime() + 72 * 3_600_000).toISOString();
      expect(offer).toMatchObject({ status: "offered", offerExpiresAt: threeDays });
      expectApiError(
        await after.person.client.post(`/api/training/enrolments/${next.enrolment.id}/offer`, {
          answer: "accept",
        }),
        404,
        "enrolment_not_found",
      );
      expectApiError(
        await after.person.client.post(`/api/training/enrolments/${after.enrolment.id}/offer`, {
          answer: "accept",
        }),
        409,
        "offer_not_open",
      );

      // Three days pass: the offer lapses when someone next looks, and goes to the next in line.
      t.clock.advanceDays(3);
      expectApiError(
        await next.person.client.post(`/api/training/enrolments/${next.enrolment.id}/offer`, {
          answer: "accept",
        }),
        409,
        "offer_not_open",
      );
      const cohortNow = await coordinator().get<Cohort>(`/api/training/cohorts/${cohort.id}`);
      expect(cohortNow.body.enrolments.map((e) => e.status)).toEqual([
        "withdrawn",
        "lapsed",
        "offered",
      ]);

      const accepted = await after.person.client.post<Enrolment>(
        `/api/training/enrolments/${after.enrolment.id}/offer`,
        { answer: "accept" },
      );
      expect(accepted.body).toMatchObject({ status: "enrolled", offerExpiresAt: null });
      const demand = await coordinator().get<Demand>(`/api/training/cohorts/${cohort.id}/demand`);
      expect(demand.body.rows).toEqual([
        expect.objectContaining({
          organisationName: "Gjøvik kommune",
          signedUp: 2,
          placed: 1,
          notPlaced: 1,
        }),
        expect.objectContaining({
          organisationName: "Lillehammer kommune",
          signedUp: 1,
          placed: 0,
          notPlaced: 0,
        }),
      ]);
      expectApiError(
        await world.gjovik.admin.client.get(`/api/training/cohorts/${cohort.id}/demand`),
        403,
        "forbidden",
      );
    });

    it("moves a declined place straight on to the next in line", async () => {
      const cohort = await openCohort(world, 1);
      const placed = await signUpNewMember(t, world.owner, cohort.id);
      const next = await signUpNewMember(t, world.gjovik, cohort.id);
      const after = await signUpNewMember(t, world.gjovik, cohort.id);
      await coordinator().post(`/api/training/enrolments/${placed.enrolment.id}/withdraw`);
      const declined = await next.person.client.post<Enrolment>(
        `/api/training/enrolments/${next.enrolment.id}/offer`,
        { answer: "decline" },
      );
      expect(declined.body.status).toBe("declined");
      const mine = await after.person.client.get<MyTraining>("/api/me/training");
      expect(mine.body.enrolments[0]?.status).toBe("offered");
    });
  });

  describe("who sees whose data", () => {
    it("shows coordinators everyone, a partner's admin only its own people, a trainee only themself", async () => {
      const cohort = await openCohort(world, 10);
      const own = await signUpNewMember(t, world.owner, cohort.id);
      const partner = await signUpNewMember(t, world.gjovik, cohort.id, "Tildeling");
      const url = `/api/training/cohorts/${cohort.id}`;
      const names = async (client: TestClient) =>
        (await client.get<Cohort>(url)).body.enrolments.map((e) => e.userId);
      expect(await names(coordinator())).toEqual([own.person.userId, partner.person.userId]);
      expect(await names(world.gjovik.admin.client)).toEqual([partner.person.userId]);
      expect(await names(own.person.client)).toEqual([own.person.userId]);
      expect(await names(world.gjovik.members.member.client)).toEqual([]);
      expectApiError(await world.hamar.admin.client.get(url), 404, "cohort_not_found");

      const people = await world.gjovik.admin.client.get<{ enrolments: Enrolment[] }>(
        `/api/orgs/${world.gjovik.organisationId}/training/people`,
      );
      expect(people.body.enrolments.map((e) => e.userId)).toEqual([partner.person.userId]);
      expectApiError(
        await world.gjovik.members.member.client.get(
          `/api/orgs/${world.gjovik.organisationId}/training/people`,
        ),
        403,
        "forbidden",
      );
      // Someone else's sign-up is not found, whoever asks outside its scope.
      expectApiError(
        await world.gjovik.admin.client.post(
          `/api/training/enrolments/${own.enrolment.id}/practice`,
          {
            title: "x",
            heldOn: "2027-01-01",
            role: "ran",
          },
        ),
        404,
        "enrolment_not_found",
      );
    });
  });

  describe("without a login", () => {
    it("answers 401, not 404, on every kind of training route", async () => {
      const cohort = await openCohort(world, 2);
      const signed = await signUpNewMember(t, world.owner, cohort.id);
      const anonymous = new TestClient(t.app);
      const calls = [
        anonymous.get(`/api/training/programmes/${world.programme.id}`),
        anonymous.get(`/api/training/cohorts/${cohort.id}`),
        anonymous.post(`/api/training/cohorts/${cohort.id}/sign-ups`, {
          organisationId: world.owner.organisationId,
          unit: "x",
        }),
        anonymous.post(`/api/training/enrolments/${signed.enrolment.id}/withdraw`),
        anonymous.put("/api/training/practice/any/feedback", { feedback: "x" }),
        anonymous.get("/api/me/training"),
        anonymous.get("/api/me/facilitator-profile"),
        anonymous.get("/api/training/booking-requests/any/matches"),
      ];
      for (const response of await Promise.all(calls)) {
        expectApiError(response, 401, "unauthenticated");
      }
    });
  });

  describe("attendance, practice, completion and certification", () => {
    it("certifies a trainee who meets the rule, and refuses one who does not yet", async () => {
      const cohort = await openCohort(world, 10);
      const trainee = await signUpNewMember(t, world.gjovik, cohort.id);
      const absent = await signUpNewMember(t, world.owner, cohort.id);
      const withGatherings = await coordinator().post<Cohort>(
        `/api/training/cohorts/${cohort.id}/gatherings`,
        { title: "Samling 1", heldOn: "2026-12-02" },
      );
      expect(withGatherings.status).toBe(201);
      const gathering = withGatherings.body.gatherings[0];
      if (!gathering) throw new Error("no gathering");
      const attendanceUrl = `/api/training/gatherings/${gathering.id}/attendance`;
      expectApiError(
        await trainee.person.client.put(attendanceUrl, { present: [trainee.person.userId] }),
        403,
        "forbidden",
      );
      expectApiError(
        await coordinator().put(attendanceUrl, { present: [world.hamar.admin.userId] }),
        409,
        "not_a_trainee",
      );
      const recorded = await coordinator().put<Cohort>(attendanceUrl, {
        present: [trainee.person.userId],
      });
      expect(recorded.body.gatherings[0]?.present).toEqual([trainee.person.userId]);

      const certifyUrl = `/api/training/enrolments/${trainee.enrolment.id}/certify`;
      const early = expectApiError(
        await coordinator().post(certifyUrl, { certifiedOn: "2027-05-31" }),
        409,
        "training_not_complete",
      );
      expect(early.details).toMatchObject({
        progress: { attendanceMet: true, practiceMet: false },
      });

      const logged = await trainee.person.client.post<Enrolment>(
        `/api/training/enrolments/${trainee.enrolment.id}/practice`,
        { title: "Arbeidsmøte i Tildeling", heldOn: "2027-01-15", role: "co_ran" },
      );
      expect(logged.status).toBe(201);
      expect(logged.body.progress).toMatchObject({
        attendancePercent: 100,
        practiceCount: 1,
        complete: true,
      });

      expectApiError(
        await world.gjovik.admin.client.post(certifyUrl, { certifiedOn: "2027-05-31" }),
        403,
        "forbidden",
      );
      const certified = await coordinator().post<CertificateView>(certifyUrl, {
        certifiedOn: "2027-05-31",
      });
      expect(certified.status).toBe(201);
      expect(certified.body).toMatchObject({
        certifyingBody: "Lillehammer kommune",
        certifiedOn: "2027-05-31",
        expiresOn: "2029-05-30",
        status: "not_yet_valid",
      });
      expectApiError(
        await coordinator().post(`/api/training/enrolments/${absent.enrolment.id}/certify`, {
          certifiedOn: "2027-05-31",
        }),
        409,
        "training_not_complete",
      );

      const mine = await trainee.person.client.get<MyTraining>("/api/me/training");
      expect(mine.body.enrolments[0]).toMatchObject({
        status: "completed",
        programmeName: "Prosesslederstudiet",
      });
      expect(mine.body.certificates).toHaveLength(1);

      const renewed = await coordinator().post<CertificateView>(
        `/api/training/certifications/${certified.body.id}/renew`,
        { certifiedOn: "2029-05-01" },
      );
      expect(renewed.body.expiresOn).toBe("2031-05-30");
      expectApiError(
        await trainee.person.client.post(
          `/api/training/certifications/${certified.body.id}/renew`,
          {
            certifiedOn: "2029-05-01",
          },
        ),
        403,
        "forbidden",
      );
    });

    it("lets only a certified supervisor be assigned, and only the assigned supervisor give feedback", async () => {
      const cohort = await openCohort(world, 10);
      const trainee = await signUpNewMember(t, world.gjovik, cohort.id);
      const staffUrl = `/api/training/cohorts/${cohort.id}/staff`;
      const veileder = world.owner.members.member;
      expectApiError(
        await coordinator().post(staffUrl, { userId: veileder.userId, role: "supervisor" }),
        409,
        "supervisor_not_certified",
      );
      await t.storage.db
        .insertInto("certifications")
        .values({
          id: "cert-veileder",
          user_id: veileder.userId,
          programme_id: world.programme.id,
          certifying_body: "Lent",
          certified_on: "2019-01-01",
          expires_on: "2030-01-01",
          renews_id: null,
          created_at: t.clock.now().toISOString(),
        })
        .execute();
      expect(
        (await coordinator().post(staffUrl, { userId: veileder.userId, role: "supervisor" }))
          .status,
      ).toBe(200);
      const assigned = await coordinator().put<Enrolment>(
        `/api/training/enrolments/${trainee.enrolment.id}/supervisor`,
        { supervisorId: veileder.userId },
      );
      expect(assigned.body.supervisorId).toBe(veileder.userId);
      const logged = await trainee.person.client.post<Enrolment>(
        `/api/training/enrolments/${trainee.enrolment.id}/practice`,
        { title: "Samling i tjenesteområdet", heldOn: "2027-01-15", role: "ran" },
      );
      const practiceId = logged.body.practice[0]?.id;
      const feedbackUrl = `/api/training/practice/${practiceId}/feedback`;
      expectApiError(
        await trainee.person.client.put(feedbackUrl, { feedback: "Bra!" }),
        403,
        "forbidden",
      );
      // The supervisor sees the cohort as staff and gives the feedback.
      const given = await veileder.client.put<Enrolment>(feedbackUrl, {
        feedback: "Tydelig innramming; gi gruppa mer tid i runden.",
      });
      expect(given.status).toBe(200);
      expect(given.body.practice[0]?.feedback).toMatch(/innramming/);
      expectApiError(
        await coordinator().put("/api/training/practice/nothing/feedback", { feedback: "x" }),
        404,
        "practice_not_found",
      );
    });
  });
});
