import { describe, expect, it } from "vitest";
import { bookingRefusal, type PoolPerson, rankFacilitators } from "./booking.js";

const period = { startsOn: "2027-02-01", endsOn: "2027-02-02" };
const certified = [{ certifiedOn: "2026-12-01", expiresOn: "2028-11-30" }];

function person(userId: string, overrides: Partial<PoolPerson> = {}): PoolPerson {
  return { userId, certificates: certified, bookings: [], trainee: false, ...overrides };
}

describe("bookingRefusal", () => {
  it("books a certified, free facilitator with a trainee alongside", () => {
    expect(
      bookingRefusal(period, person("kari"), [person("ola", { certificates: [], trainee: true })]),
    ).toBeNull();
  });

  it("refuses a facilitator without a certificate, or one that lapses during the process", () => {
    expect(bookingRefusal(period, person("kari", { certificates: [] }), [])).toEqual({
      code: "facilitator_not_certified",
      userId: "kari",
    });
    const lapsing = [{ certifiedOn: "2025-02-02", expiresOn: "2027-02-01" }];
    expect(bookingRefusal(period, person("kari", { certificates: lapsing }), [])?.code).toBe(
      "certification_expired",
    );
  });

  it("refuses a double booking on any overlapping day", () => {
    const busy = person("kari", { bookings: [{ startsOn: "2027-02-02", endsOn: "2027-02-03" }] });
    expect(bookingRefusal(period, busy, [])?.code).toBe("facilitator_double_booked");
    const before = person("kari", { bookings: [{ startsOn: "2027-01-30", endsOn: "2027-01-31" }] });
    expect(bookingRefusal(period, before, [])).toBeNull();
  });

  it("refuses a resource person who is neither trainee nor certified, is busy, or is the facilitator", () => {
    const outsider = person("per", { certificates: [] });
    expect(bookingRefusal(period, person("kari"), [outsider])).toEqual({
      code: "resource_person_not_eligible",
      userId: "per",
    });
    const busyTrainee = person("ola", { certificates: [], trainee: true, bookings: [period] });
    expect(bookingRefusal(period, person("kari"), [busyTrainee])?.code).toBe(
      "resource_person_double_booked",
    );
    expect(bookingRefusal(period, person("kari"), [person("kari")])?.code).toBe(
      "resource_person_is_facilitator",
    );
  });
});

describe("rankFacilitators", () => {
  const need = { ...period, language: "nb", methods: ["open space", "consent"], area: "Helse" };
  const offer = (
    overrides: Partial<Parameters<typeof rankFacilitators>[1][number]["offer"]> = {},
  ) => ({
    languages: ["nb"],
    methods: [],
    areas: [],
    availability: [{ startsOn: "2027-01-01", endsOn: "2027-03-31" }],
    ...overrides,
  });

  it("puts available facilitators first, then language, methods and area", () => {
    const ranked = rankFacilitators(need, [
      {
        ...person("busy", { bookings: [period] }),
        offer: offer({ methods: ["consent", "open space"] }),
      },
      { ...person("english"), offer: offer({ languages: ["en"], methods: ["consent"] }) },
      { ...person("methods"), offer: offer({ methods: ["Consent", "Open Space"] }) },
      { ...person("area"), offer: offer({ areas: ["helse"] }) },
      { ...person("away"), offer: offer({ availability: [] }) },
    ]);
    expect(ranked.map((match) => match.userId)).toEqual([
      "methods",
      "area",
      "english",
      "busy",
      "away",
    ]);
    expect(ranked[0]).toMatchObject({ available: true, matchedMethods: ["open space", "consent"] });
    expect(ranked[3]).toMatchObject({ available: false, unavailableBecause: "booked" });
    expect(ranked[4]).toMatchObject({ available: false, unavailableBecause: "no_window" });
  });

  it("leaves out those not certified for the whole period", () => {
    const ranked = rankFacilitators(need, [
      { ...person("new", { certificates: [] }), offer: offer() },
    ]);
    expect(ranked).toEqual([]);
  });
});
