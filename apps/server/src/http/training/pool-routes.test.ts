import type {
  BookingRequest,
  CertificateView,
  FacilitatorHistory,
  FacilitatorProfile,
  MatchList,
} from "@samspel/core";
import { findBuiltInMethod } from "@samspel/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { insertPerson, type Person } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  buildTrainingWorld,
  insertCertificate,
  openCohort,
  signUpNewMember,
  type TrainingWorld,
} from "../../test-support/training.js";

describe.each(backends)("the facilitator pool on $kind", (backend) => {
  let t: TestApp;
  let world: TrainingWorld;
  let kari: Person;
  let per: Person;
  let trainee: Person;
  // One database per backend; every test builds its own organisations in it, so none share data.
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    world = await buildTrainingWorld(t);
    kari = await insertPerson(t, {
      organisationId: world.owner.organisationId,
      role: "facilitator",
    });
    per = await insertPerson(t, { organisationId: world.gjovik.organisationId, role: "member" });
    await insertCertificate(t, world, kari.userId, "2025-01-01", "2028-12-31");
    await insertCertificate(t, world, per.userId, "2020-01-01", "2026-12-31");
    const cohort = await openCohort(world, 10);
    trainee = (await signUpNewMember(t, world.gjovik, cohort.id)).person;
    for (const person of [kari, per]) {
      await person.client.put("/api/me/facilitator-profile", {
        languages: ["nb", "en"],
        methods: ["consent-round", "fishbowl"],
        areas: ["Psykisk helse"],
      });
      await person.client.put("/api/me/facilitator-profile/availability", {
        windows: [{ startsOn: "2027-01-01", endsOn: "2027-06-30" }],
      });
    }
  });

  const coordinator = () => world.owner.members.coordinator.client;

  async function request(startsOn: string, endsOn: string, requester = world.owner.members.member) {
    const response = await requester.client.post<BookingRequest>(
      `/api/orgs/${world.owner.organisationId}/training/booking-requests`,
      {
        unit: "Tildeling",
        question: "Hvordan fordeler vi vedtak raskere?",
        startsOn,
        endsOn,
        groupSize: 12,
        language: "nb",
        methods: ["consent-round"],
      },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  it("keeps a facilitator's own profile and availability, validated", async () => {
    const profile = await kari.client.get<FacilitatorProfile>("/api/me/facilitator-profile");
    expect(profile.body).toMatchObject({
      languages: ["nb", "en"],
      availability: [{ startsOn: "2027-01-01" }],
    });
    expectApiError(
      await kari.client.put("/api/me/facilitator-profile/availability", {
        windows: [{ startsOn: "2027-02-01", endsOn: "2027-01-01" }],
      }),
      400,
      "invalid_period",
    );
    expectApiError(
      await kari.client.put("/api/me/facilitator-profile", {
        languages: ["nb"],
        methods: [],
        areas: [],
        rank: 1,
      }),
      400,
      "validation_failed",
    );
    // Methods come from the library: built-in ids or an own method of one's organisation.
    expectApiError(
      await kari.client.put("/api/me/facilitator-profile", {
        languages: ["nb"],
        methods: ["Konsent"],
        areas: [],
      }),
      400,
      "method_not_in_library",
    );
    // The organisation's own method, written from a built-in one's Norwegian text.
    const { id: _id, texts, ...shape } = findBuiltInMethod("consent-round") ?? {};
    const own = await kari.client.post<{ id: string }>(
      `/api/orgs/${world.owner.organisationId}/methods`,
      { language: "nb", ...shape, ...texts?.nb, name: "Lillehammers konsentrunde" },
    );
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const saved = await kari.client.put<FacilitatorProfile>("/api/me/facilitator-profile", {
      languages: ["nb"],
      methods: [own.body.id, "fishbowl"],
      areas: [],
    });
    expect(saved.body.methods).toEqual([own.body.id, "fishbowl"]);
    // Someone outside the organisation cannot claim its own method.
    expectApiError(
      await per.client.put("/api/me/facilitator-profile", {
        languages: ["nb"],
        methods: [own.body.id],
        areas: [],
      }),
      400,
      "method_not_in_library",
    );
  });

  it("ranks certified facilitators for a request, offers trainees as resource persons, and books", async () => {
    const booking = await request("2027-02-01", "2027-02-02");
    const matches = await coordinator().get<MatchList>(
      `/api/training/booking-requests/${booking.id}/matches`,
    );
    expect(matches.status).toBe(200);
    // Per's certificate ends before the dates: he is not offered as facilitator.
    expect(matches.body.matches.map((m) => [m.userId, m.available, m.matchedMethods])).toEqual([
      [kari.userId, true, ["consent-round"]],
    ]);
    expect(matches.body.resourcePersons).toContainEqual(
      expect.objectContaining({ userId: trainee.userId, trainee: true }),
    );

    const booked = await coordinator().post<BookingRequest>(
      `/api/training/booking-requests/${booking.id}/booking`,
      { facilitatorId: kari.userId, resourcePersonIds: [trainee.userId] },
    );
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body.booking).toMatchObject({
      facilitator: { userId: kari.userId },
      resourcePersons: [{ userId: trainee.userId }],
    });

    const history = await coordinator().get<FacilitatorHistory>(
      `/api/orgs/${world.owner.organisationId}/training/facilitators/${kari.userId}/history`,
    );
    expect(history.body.bookings).toEqual([
      expect.objectContaining({ requestId: booking.id, as: "facilitator" }),
    ]);
    expectApiError(
      await world.owner.members.member.client.get(
        `/api/orgs/${world.owner.organisationId}/training/facilitators/${kari.userId}/history`,
      ),
      403,
      "forbidden",
    );
    expectApiError(
      await coordinator().get(
        `/api/orgs/${world.owner.organisationId}/training/facilitators/${world.hamar.admin.userId}/history`,
      ),
      404,
      "facilitator_not_found",
    );
  });

  it("refuses a double booking, an expired certificate and an ineligible resource person, with the reason", async () => {
    const first = await request("2027-02-01", "2027-02-02");
    const overlapping = await request("2027-02-02", "2027-02-03");
    const late = await request("2027-03-01", "2027-03-01");
    const bookUrl = (id: string) => `/api/training/booking-requests/${id}/booking`;
    expect(
      (await coordinator().post(bookUrl(first.id), { facilitatorId: kari.userId })).status,
    ).toBe(200);

    const refused = expectApiError(
      await coordinator().post(bookUrl(overlapping.id), { facilitatorId: kari.userId }),
      409,
      "facilitator_double_booked",
    );
    expect(refused.details).toEqual({ userId: kari.userId });
    expectApiError(
      await coordinator().post(bookUrl(late.id), { facilitatorId: per.userId }),
      409,
      "certification_expired",
    );
    expectApiError(
      await coordinator().post(bookUrl(late.id), { facilitatorId: trainee.userId }),
      409,
      "facilitator_not_certified",
    );
    expectApiError(
      await coordinator().post(bookUrl(late.id), {
        facilitatorId: kari.userId,
        resourcePersonIds: [world.hamar.admin.userId],
      }),
      409,
      "resource_person_not_eligible",
    );
    expectApiError(
      await coordinator().post(bookUrl(first.id), { facilitatorId: kari.userId }),
      409,
      "request_already_booked",
    );
    const stored = await t.storage.db
      .selectFrom("booking_people")
      .select("request_id")
      .where("request_id", "in", [first.id, overlapping.id, late.id])
      .execute();
    expect(stored).toEqual([{ request_id: first.id }]);
  });

  it("books one facilitator once when two coordinators book overlapping requests at the same moment", async () => {
    const a = await request("2027-02-01", "2027-02-02");
    const b = await request("2027-02-02", "2027-02-03");
    const answers = await Promise.all([
      coordinator().post(`/api/training/booking-requests/${a.id}/booking`, {
        facilitatorId: kari.userId,
      }),
      world.owner.admin.client.post(`/api/training/booking-requests/${b.id}/booking`, {
        facilitatorId: kari.userId,
      }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it("lists the certificates the organisation's programmes issued to its coordinators only", async () => {
    const url = `/api/orgs/${world.owner.organisationId}/training/certificates`;
    const listed = await coordinator().get<{ certificates: CertificateView[] }>(url);
    expect(listed.body.certificates.map((c) => [c.userId, c.status])).toEqual(
      expect.arrayContaining([
        [kari.userId, "valid"],
        // Per's ends on 31 December, within 60 days of the test clock's 23 November.
        [per.userId, "expiring"],
      ]),
    );
    expectApiError(await world.owner.members.member.client.get(url), 403, "forbidden");
    expectApiError(await world.gjovik.admin.client.get(url), 403, "not_a_member");
  });

  it("shows members their own requests and coordinators all; the pool only to coordinators", async () => {
    const mine = await request("2027-02-01", "2027-02-02");
    const other = await insertPerson(t, {
      organisationId: world.owner.organisationId,
      role: "member",
    });
    const list = (client: Person["client"]) =>
      client.get<{ requests: BookingRequest[] }>(
        `/api/orgs/${world.owner.organisationId}/training/booking-requests`,
      );
    expect((await list(world.owner.members.member.client)).body.requests).toHaveLength(1);
    expect((await list(other.client)).body.requests).toHaveLength(0);
    expect((await list(coordinator())).body.requests).toHaveLength(1);
    expectApiError(
      await world.owner.members.member.client.get(
        `/api/training/booking-requests/${mine.id}/matches`,
      ),
      403,
      "forbidden",
    );
    expectApiError(
      await world.gjovik.admin.client.get(`/api/training/booking-requests/${mine.id}/matches`),
      404,
      "booking_request_not_found",
    );
    expectApiError(
      await world.owner.members.member.client.post(
        `/api/orgs/${world.owner.organisationId}/training/booking-requests`,
        {
          unit: "x",
          question: "y",
          startsOn: "2027-02-02",
          endsOn: "2027-02-01",
          groupSize: 3,
          language: "nb",
        },
      ),
      400,
      "invalid_period",
    );
  });
});
