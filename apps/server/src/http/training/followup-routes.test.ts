import type {
  BookingRequest,
  Cohort,
  Enrolment,
  FacilitatorHistory,
  PartnershipCodeView,
  PracticeSessionList,
  Programme,
} from "@samspel/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { insertPerson } from "../../test-support/factories.js";
import { SESSION_BODY } from "../../test-support/preparation.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  BOOKING_REQUEST_BODY,
  buildTrainingWorld,
  insertCertificate,
  openCohort,
  signUpNewMember,
  type TrainingWorld,
} from "../../test-support/training.js";

describe.each(backends)("training follow-ups on $kind", (backend) => {
  let t: TestApp;
  let world: TrainingWorld;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    world = await buildTrainingWorld(t);
  });

  const coordinator = () => world.owner.members.coordinator.client;

  describe("partnership codes", () => {
    const codeUrl = (orgId: string) => `/api/orgs/${orgId}/training/partnership-codes`;

    it("lets a partner's admin hand out a code that names their organisation to a coordinator", async () => {
      const issued = await world.hamar.admin.client.post<PartnershipCodeView>(
        codeUrl(world.hamar.organisationId),
      );
      expect(issued.status).toBe(201);
      expect(issued.body.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      // Typed by hand: lower case, no dash.
      const typed = issued.body.code.replace("-", "").toLowerCase();
      const offered = await coordinator().post<Programme>(
        `/api/training/programmes/${world.programme.id}/partners`,
        { partnershipCode: typed },
      );
      expect(offered.status, JSON.stringify(offered.body)).toBe(200);
      expect(offered.body.partners.map((p) => [p.organisationName, p.status])).toContainEqual([
        "Hamar kommune",
        "offered",
      ]);
    });

    it("refuses codes from people who do not manage training, and unknown, malformed or expired codes", async () => {
      expectApiError(
        await world.hamar.members.member.client.post(codeUrl(world.hamar.organisationId)),
        403,
        "forbidden",
      );
      expectApiError(
        await world.gjovik.admin.client.post(codeUrl(world.hamar.organisationId)),
        403,
        "not_a_member",
      );
      const url = `/api/training/programmes/${world.programme.id}/partners`;
      expectApiError(
        await coordinator().post(url, { partnershipCode: "ABCD-EFGH" }),
        404,
        "partnership_code_invalid",
      );
      expectApiError(
        await coordinator().post(url, { partnershipCode: "not a code" }),
        400,
        "validation_failed",
      );
      const issued = await world.hamar.admin.client.post<PartnershipCodeView>(
        codeUrl(world.hamar.organisationId),
      );
      // Someone who is not the programme's coordinator learns nothing from a valid code.
      expectApiError(
        await world.gjovik.admin.client.post(url, { partnershipCode: issued.body.code }),
        403,
        "forbidden",
      );
      t.clock.advanceDays(4);
      expectApiError(
        await coordinator().post(url, { partnershipCode: issued.body.code }),
        404,
        "partnership_code_invalid",
      );
    });
  });

  describe("changing a cohort", () => {
    it("offers raised capacity to the waiting list in order, and refuses dropping below the places held", async () => {
      const cohort = await openCohort(world, 1);
      await signUpNewMember(t, world.owner, cohort.id);
      const second = await signUpNewMember(t, world.gjovik, cohort.id);
      const third = await signUpNewMember(t, world.owner, cohort.id);
      const url = `/api/training/cohorts/${cohort.id}`;

      const raised = await coordinator().patch<Cohort>(url, { capacity: 2, endsOn: "2027-06-30" });
      expect(raised.status, JSON.stringify(raised.body)).toBe(200);
      expect(raised.body).toMatchObject({ capacity: 2, endsOn: "2027-06-30", placesTaken: 2 });
      const statuses = Object.fromEntries(
        raised.body.enrolments.map((enrolment) => [enrolment.id, enrolment.status]),
      );
      expect([statuses[second.enrolment.id], statuses[third.enrolment.id]]).toEqual([
        "offered",
        "waiting",
      ]);

      const refused = await coordinator().patch(url, { capacity: 1 });
      expectApiError(refused, 409, "capacity_below_places_held");
      expect(refused.body).toMatchObject({ error: { details: { placesHeld: 2 } } });
      expectApiError(
        await coordinator().patch(url, { startsOn: "2027-08-01" }),
        400,
        "invalid_period",
      );
      expectApiError(await coordinator().patch(url, { capacity: 0 }), 400, "validation_failed");
      expectApiError(await world.gjovik.admin.client.patch(url, { capacity: 5 }), 403, "forbidden");
      expectApiError(
        await world.hamar.admin.client.patch(url, { capacity: 5 }),
        404,
        "cohort_not_found",
      );
      const after = await coordinator().get<Cohort>(url);
      expect(after.body).toMatchObject({ capacity: 2, startsOn: "2026-12-01" });
    });

    it("removes a trainer, refusing someone not on the staff in that role", async () => {
      const cohort = await openCohort(world, 5);
      const trainer = await insertPerson(t, {
        organisationId: world.owner.organisationId,
        role: "member",
      });
      const staffUrl = `/api/training/cohorts/${cohort.id}/staff`;
      expect(
        (await coordinator().post(staffUrl, { userId: trainer.userId, role: "trainer" })).status,
      ).toBe(200);
      expectApiError(
        await world.owner.members.member.client.delete(`${staffUrl}/trainer/${trainer.userId}`),
        403,
        "forbidden",
      );
      expectApiError(
        await coordinator().delete(`${staffUrl}/supervisor/${trainer.userId}`),
        404,
        "staff_not_found",
      );
      expectApiError(
        await coordinator().delete(`${staffUrl}/boss/${trainer.userId}`),
        400,
        "validation_failed",
      );
      const removed = await coordinator().delete<Cohort>(`${staffUrl}/trainer/${trainer.userId}`);
      expect(removed.status, JSON.stringify(removed.body)).toBe(200);
      expect(removed.body.staff).toEqual([]);
    });
  });

  describe("cancelling a booking", () => {
    it("frees the request and its people, for coordinators only", async () => {
      const kari = await insertPerson(t, {
        organisationId: world.owner.organisationId,
        role: "facilitator",
      });
      await insertCertificate(t, world, kari.userId);
      const made = await world.owner.members.member.client.post<BookingRequest>(
        `/api/orgs/${world.owner.organisationId}/training/booking-requests`,
        BOOKING_REQUEST_BODY,
      );
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const url = `/api/training/booking-requests/${made.body.id}/booking`;
      expectApiError(await coordinator().delete(url), 409, "request_not_booked");
      expect((await coordinator().post(url, { facilitatorId: kari.userId })).status).toBe(200);
      expectApiError(await world.owner.members.member.client.delete(url), 403, "forbidden");
      expectApiError(await world.hamar.admin.client.delete(url), 404, "booking_request_not_found");
      const cancelled = await coordinator().delete<BookingRequest>(url);
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      expect(cancelled.body.booking).toBeNull();
      // Free again: the same person can be booked on those dates.
      expect((await coordinator().post(url, { facilitatorId: kari.userId })).status).toBe(200);

      // The booked process became a session; its participants' feedback follows the facilitator.
      const linkUrl = `/api/training/booking-requests/${made.body.id}/session`;
      const sessionOf = async (orgId: string, client = coordinator()) => {
        const created = await client.post<{ id: string }>(`/api/orgs/${orgId}/sessions`, {
          ...SESSION_BODY,
          title: "Tildelingsmøte",
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        return created.body.id;
      };
      const ours = await sessionOf(world.owner.organisationId, world.owner.admin.client);
      const theirs = await sessionOf(world.hamar.organisationId, world.hamar.admin.client);
      expectApiError(
        await coordinator().put(linkUrl, { sessionId: theirs }),
        404,
        "booking_session_not_found",
      );
      expectApiError(
        await world.owner.members.member.client.put(linkUrl, { sessionId: ours }),
        403,
        "forbidden",
      );
      const linked = await coordinator().put<BookingRequest>(linkUrl, { sessionId: ours });
      expect(linked.status, JSON.stringify(linked.body)).toBe(200);
      expect(linked.body.session).toEqual({ id: ours, title: "Tildelingsmøte" });
      await t.storage.db
        .insertInto("session_feedback")
        .values(
          [4, 5].map((score, index) => ({
            id: `fb-${ours}-${index}`,
            session_id: ours,
            participant_key: `p${index}`,
            heard: score,
            safe: score,
            clear: null,
            comment: null,
            created_at: t.clock.now().toISOString(),
          })),
        )
        .execute();
      const history = await coordinator().get<FacilitatorHistory>(
        `/api/orgs/${world.owner.organisationId}/training/facilitators/${kari.userId}/history`,
      );
      expect(history.body.bookings[0]?.sessionFeedback).toMatchObject({
        responses: 2,
        questions: { heard: { answered: 2, mean: 4.5 }, clear: { answered: 0, mean: null } },
      });
      // Cancelling unlinks: a cancelled booking ran no session.
      const cancelledAgain = await coordinator().delete<BookingRequest>(url);
      expect(cancelledAgain.body.session).toBeNull();
      expectApiError(
        await coordinator().put(linkUrl, { sessionId: ours }),
        409,
        "request_not_booked",
      );
    });
  });

  describe("linking practice to a session", () => {
    it("offers the sessions the trainee ran or co-ran in their organisation, and refuses any other", async () => {
      const cohort = await openCohort(world, 5);
      const trainee = await insertPerson(t, {
        organisationId: world.gjovik.organisationId,
        role: "facilitator",
      });
      const signedUp = await trainee.client.post<Enrolment>(
        `/api/training/cohorts/${cohort.id}/sign-ups`,
        { organisationId: world.gjovik.organisationId, unit: "Tildeling" },
      );
      const enrolmentId = signedUp.body.id;
      const createSession = async (client: typeof trainee.client, orgId: string, title: string) => {
        const created = await client.post<{ id: string }>(`/api/orgs/${orgId}/sessions`, {
          ...SESSION_BODY,
          title,
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        return created.body.id;
      };
      const ran = await createSession(trainee.client, world.gjovik.organisationId, "Vedtaksmøte");
      const coRan = await createSession(
        world.gjovik.admin.client,
        world.gjovik.organisationId,
        "Tildelingsmøte",
      );
      const other = await createSession(
        world.gjovik.admin.client,
        world.gjovik.organisationId,
        "Ikke min",
      );
      // The trainee acted in the admin's session: the record names them a co-facilitator.
      await t.storage.db
        .insertInto("session_events")
        .values({
          session_id: coRan,
          seq: 1000,
          command_id: null,
          type: "facilitator.joined",
          payload: JSON.stringify({ userId: trainee.userId, displayName: "Trainee" }),
          actor: JSON.stringify({ kind: "facilitator", id: trainee.userId }),
          at: t.clock.now().toISOString(),
        })
        .execute();

      const url = `/api/training/enrolments/${enrolmentId}/sessions`;
      const listed = await trainee.client.get<PracticeSessionList>(url);
      expect(listed.status, JSON.stringify(listed.body)).toBe(200);
      expect(listed.body.sessions.map((s) => [s.id, s.role]).sort()).toEqual(
        [
          [ran, "ran"],
          [coRan, "co_ran"],
        ].sort(),
      );
      expectApiError(await coordinator().get(url), 403, "forbidden");
      expectApiError(await world.gjovik.admin.client.get(url), 403, "forbidden");
      expectApiError(await world.hamar.admin.client.get(url), 404, "enrolment_not_found");

      const practice = `/api/training/enrolments/${enrolmentId}/practice`;
      const body = { title: "Vedtaksmøte", heldOn: "2026-12-10", role: "ran" };
      const linked = await trainee.client.post<Enrolment>(practice, { ...body, sessionId: ran });
      expect(linked.status, JSON.stringify(linked.body)).toBe(201);
      expect(linked.body.practice.map((p) => p.sessionId)).toEqual([ran]);
      expectApiError(
        await trainee.client.post(practice, { ...body, sessionId: other }),
        404,
        "session_not_found",
      );
    });
  });

  describe("a partner's unit asking the owner's pool", () => {
    it("files the request in the pool for its coordinators, and lets the partner follow it, nobody else", async () => {
      const body = {
        ...BOOKING_REQUEST_BODY,
        methods: ["consent-round"],
        poolOrganisationId: world.owner.organisationId,
      };
      const asker = world.gjovik.members.member.client;
      const made = await asker.post<BookingRequest>(
        `/api/orgs/${world.gjovik.organisationId}/training/booking-requests`,
        body,
      );
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect(made.body).toMatchObject({
        organisationId: world.owner.organisationId,
        requestingOrganisation: { id: world.gjovik.organisationId, name: "Gjøvik kommune" },
      });
      // Øyer has not accepted; Hamar has no partnership at all.
      for (const team of [world.oyer, world.hamar]) {
        expectApiError(
          await team.admin.client.post(
            `/api/orgs/${team.organisationId}/training/booking-requests`,
            body,
          ),
          404,
          "pool_not_found",
        );
      }
      const list = (client: typeof asker, orgId: string) =>
        client.get<{ requests: BookingRequest[] }>(`/api/orgs/${orgId}/training/booking-requests`);
      const ids = async (client: typeof asker, orgId: string) =>
        (await list(client, orgId)).body.requests.map((request) => request.id);
      expect(await ids(coordinator(), world.owner.organisationId)).toContain(made.body.id);
      expect(await ids(asker, world.gjovik.organisationId)).toEqual([made.body.id]);
      expect(await ids(world.gjovik.admin.client, world.gjovik.organisationId)).toEqual([
        made.body.id,
      ]);
      expect(
        await ids(world.owner.members.member.client, world.owner.organisationId),
      ).not.toContain(made.body.id);
      // The pool's coordinators match and book; the partner reads but does not see the pool.
      const matches = `/api/training/booking-requests/${made.body.id}/matches`;
      expect((await coordinator().get(matches)).status).toBe(200);
      expectApiError(await asker.get(matches), 403, "forbidden");
      expectApiError(await world.hamar.admin.client.get(matches), 404, "booking_request_not_found");
    });
  });
});
