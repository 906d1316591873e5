import { type Certificate, validThroughout } from "./certification.js";

/**
 * Booking facilitators from the pool: what is refused, and who fits a request. Fit is judged
 * from what a facilitator offers (languages, methods, areas, time) and never from participants'
 * feedback scores: feedback helps a facilitator grow, it is not a league table.
 */

/** Calendar days, inclusive at both ends (YYYY-MM-DD). */
export interface Period {
  startsOn: string;
  endsOn: string;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

export function within(inner: Period, outer: Period): boolean {
  return outer.startsOn <= inner.startsOn && inner.endsOn <= outer.endsOn;
}

export interface PoolPerson {
  userId: string;
  certificates: readonly Certificate[];
  /** Periods already booked, as facilitator or resource person. */
  bookings: readonly Period[];
  /** In a cohort of the pool's programmes now (enrolled or completed). */
  trainee: boolean;
}

export const BOOKING_REFUSALS = [
  "facilitator_not_certified",
  "certification_expired",
  "facilitator_double_booked",
  "resource_person_not_eligible",
  "resource_person_double_booked",
  "resource_person_is_facilitator",
] as const;
export type BookingRefusal = (typeof BOOKING_REFUSALS)[number];

export function certifiedThroughout(person: Pick<PoolPerson, "certificates">, period: Period) {
  return person.certificates.some((certificate) =>
    validThroughout(certificate, period.startsOn, period.endsOn),
  );
}

/** The first reason a booking must be refused, or null when it may be made. */
export function bookingRefusal(
  period: Period,
  facilitator: PoolPerson,
  resourcePersons: readonly PoolPerson[],
): { code: BookingRefusal; userId: string } | null {
  const refuse = (code: BookingRefusal, userId: string) => ({ code, userId });
  if (facilitator.certificates.length === 0) {
    return refuse("facilitator_not_certified", facilitator.userId);
  }
  if (!certifiedThroughout(facilitator, period)) {
    return refuse("certification_expired", facilitator.userId);
  }
  if (facilitator.bookings.some((booked) => overlaps(booked, period))) {
    return refuse("facilitator_double_booked", facilitator.userId);
  }
  for (const person of resourcePersons) {
    if (person.userId === facilitator.userId) {
      return refuse("resource_person_is_facilitator", person.userId);
    }
    // Resource persons learn by doing: a trainee, or someone certified for the period.
    if (!person.trainee && !certifiedThroughout(person, period)) {
      return refuse("resource_person_not_eligible", person.userId);
    }
    if (person.bookings.some((booked) => overlaps(booked, period))) {
      return refuse("resource_person_double_booked", person.userId);
    }
  }
  return null;
}

export interface FacilitatorOffer {
  languages: readonly string[];
  methods: readonly string[];
  areas: readonly string[];
  availability: readonly Period[];
}

export interface BookingNeed extends Period {
  language: string;
  methods: readonly string[];
  area: string | null;
}

export interface Match {
  userId: string;
  available: boolean;
  /** Why not available: no window covers the dates, or already booked then. */
  unavailableBecause: "no_window" | "booked" | null;
  speaksLanguage: boolean;
  matchedMethods: string[];
  knowsArea: boolean;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Certified facilitators ranked for a need: available ones first, then by fit. Language weighs
 * most (a process in a language the facilitator lacks does not work), then each method asked
 * for, then the area. Ties keep the caller's order, so the list reads stably.
 */
export function rankFacilitators(
  need: BookingNeed,
  candidates: readonly (PoolPerson & { offer: FacilitatorOffer })[],
): Match[] {
  const matches = candidates
    .filter((candidate) => certifiedThroughout(candidate, need))
    .map((candidate, order) => {
      const booked = candidate.bookings.some((period) => overlaps(period, need));
      const windowed = candidate.offer.availability.some((window) => within(need, window));
      const match: Match = {
        userId: candidate.userId,
        available: windowed && !booked,
        unavailableBecause: booked ? "booked" : windowed ? null : "no_window",
        speaksLanguage: candidate.offer.languages.some((language) => same(language, need.language)),
        matchedMethods: need.methods.filter((method) =>
          candidate.offer.methods.some((mastered) => same(mastered, method)),
        ),
        knowsArea:
          need.area !== null && candidate.offer.areas.some((area) => same(area, need.area ?? "")),
      };
      return { match, order };
    });
  const fit = (m: Match) =>
    (m.speaksLanguage ? 100 : 0) + m.matchedMethods.length * 10 + (m.knowsArea ? 1 : 0);
  return matches
    .sort(
      (a, b) =>
        Number(b.match.available) - Number(a.match.available) ||
        fit(b.match) - fit(a.match) ||
        a.order - b.order,
    )
    .map(({ match }) => match);
}
