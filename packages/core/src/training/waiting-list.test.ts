import { describe, expect, it } from "vitest";
import {
  answerOffer,
  canWithdraw,
  OFFER_VALID_HOURS,
  placeForSignUp,
  type QueuedEnrolment,
  settleCohort,
  waitingList,
} from "./waiting-list.js";

const NOW = new Date("2026-11-23T09:00:00.000Z");
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

function enrolment(
  id: string,
  status: QueuedEnrolment["status"],
  position: number,
  offerExpiresAt: string | null = null,
): QueuedEnrolment {
  return { id, status, position, offerExpiresAt };
}

describe("placeForSignUp", () => {
  it("gives a place while there is one, then the waiting list", () => {
    expect(placeForSignUp(2, [])).toBe("enrolled");
    expect(placeForSignUp(2, [enrolment("a", "enrolled", 1)])).toBe("enrolled");
    expect(placeForSignUp(2, [enrolment("a", "enrolled", 1), enrolment("b", "offered", 2)])).toBe(
      "waiting",
    );
  });

  it("does not let a newcomer jump the queue when a place is free but people wait", () => {
    expect(placeForSignUp(2, [enrolment("a", "enrolled", 1), enrolment("b", "waiting", 2)])).toBe(
      "waiting",
    );
  });

  it("does not count those who left", () => {
    const left = [enrolment("a", "withdrawn", 1), enrolment("b", "declined", 2)];
    expect(placeForSignUp(1, left)).toBe("enrolled");
  });
});

describe("waitingList", () => {
  it("keeps the order of signing up", () => {
    const list = waitingList([
      enrolment("late", "waiting", 9),
      enrolment("placed", "enrolled", 1),
      enrolment("early", "waiting", 3),
    ]);
    expect(list.map((e) => e.id)).toEqual(["early", "late"]);
  });
});

describe("settleCohort", () => {
  it("offers a freed place to the first in line, with an expiry", () => {
    const changes = settleCohort(
      2,
      [
        enrolment("a", "enrolled", 1),
        enrolment("b", "withdrawn", 2),
        enrolment("d", "waiting", 4),
        enrolment("c", "waiting", 3),
      ],
      NOW,
    );
    expect(changes).toEqual([
      { id: "c", status: "offered", offerExpiresAt: later(OFFER_VALID_HOURS) },
    ]);
  });

  it("changes nothing while the cohort is full or nobody waits", () => {
    expect(
      settleCohort(1, [enrolment("a", "enrolled", 1), enrolment("b", "waiting", 2)], NOW),
    ).toEqual([]);
    expect(settleCohort(3, [enrolment("a", "enrolled", 1)], NOW)).toEqual([]);
  });

  it("lets an unanswered offer lapse and moves the place to the next in line", () => {
    const changes = settleCohort(
      1,
      [enrolment("b", "offered", 2, later(-1)), enrolment("c", "waiting", 3)],
      NOW,
    );
    expect(changes).toEqual([
      { id: "b", status: "lapsed" },
      { id: "c", status: "offered", offerExpiresAt: later(OFFER_VALID_HOURS) },
    ]);
  });

  it("keeps an offer that has time left as a held place", () => {
    expect(
      settleCohort(1, [enrolment("b", "offered", 2, later(1)), enrolment("c", "waiting", 3)], NOW),
    ).toEqual([]);
  });

  it("offers several places at once when several free up", () => {
    const changes = settleCohort(
      3,
      [enrolment("a", "enrolled", 1), enrolment("b", "waiting", 2), enrolment("c", "waiting", 3)],
      NOW,
    );
    expect(changes.map((change) => change.id)).toEqual(["b", "c"]);
  });
});

describe("answerOffer", () => {
  const open = enrolment("b", "offered", 2, later(2));

  it("takes the place on accept and frees it on decline", () => {
    expect(answerOffer(open, "accept", NOW)).toEqual({ status: "enrolled" });
    expect(answerOffer(open, "decline", NOW)).toEqual({ status: "declined" });
  });

  it("refuses an answer once the offer has expired or when there is none", () => {
    expect(answerOffer(open, "accept", new Date(later(2)))).toEqual({ error: "offer_not_open" });
    expect(answerOffer(enrolment("c", "waiting", 3), "accept", NOW)).toEqual({
      error: "offer_not_open",
    });
  });
});

describe("canWithdraw", () => {
  it("allows leaving a place, the queue or an offer, not a finished or closed sign-up", () => {
    expect(["enrolled", "waiting", "offered"].every((s) => canWithdraw(s as never))).toBe(true);
    expect(
      ["withdrawn", "declined", "lapsed", "completed"].some((s) => canWithdraw(s as never)),
    ).toBe(false);
  });
});
