import { describe, expect, it } from "vitest";
import {
  type CoveringInvitation,
  canAnswer,
  coverage,
  gaps,
  missingEssentialKinds,
  sessionInvitationStatus,
} from "./coverage.js";
import type { Perspective } from "./schemas.js";

const now = new Date("2026-11-24T10:00:00.000Z");
const later = "2026-12-01T10:00:00.000Z";
const earlier = "2026-11-20T10:00:00.000Z";

const management: Perspective = {
  id: "m",
  name: "Head of unit",
  kind: "management",
  required: true,
};
const nurses: Perspective = {
  id: "n",
  name: "Night nurses",
  kind: "doing_the_work",
  required: true,
};
const expert: Perspective = { id: "e", name: "Pharmacist", kind: "expert", required: false };

function invitation(overrides: Partial<CoveringInvitation> = {}): CoveringInvitation {
  return {
    id: "i1",
    covers: ["m"],
    rsvp: null,
    expiresAt: later,
    revokedAt: null,
    respondedAt: null,
    ...overrides,
  };
}

describe("sessionInvitationStatus", () => {
  it("is open until the reply-by time, expired from that instant", () => {
    expect(sessionInvitationStatus(invitation(), now)).toBe("open");
    expect(sessionInvitationStatus(invitation({ expiresAt: now.toISOString() }), now)).toBe(
      "expired",
    );
  });

  it("stays open after the reply-by time once answered: the invitee can still read it", () => {
    const answered = invitation({ expiresAt: earlier, rsvp: "yes", respondedAt: earlier });
    expect(sessionInvitationStatus(answered, now)).toBe("open");
    expect(canAnswer(answered, now)).toBe(false);
  });

  it("is revoked whatever else is true", () => {
    const withdrawn = invitation({ revokedAt: earlier, rsvp: "yes", respondedAt: earlier });
    expect(sessionInvitationStatus(withdrawn, now)).toBe("revoked");
    expect(canAnswer(withdrawn, now)).toBe(false);
  });
});

describe("coverage and gaps", () => {
  const perspectives = [management, nurses, expert];

  it("shows every required perspective as a gap when nobody is invited", () => {
    const covered = coverage(perspectives, [], now);
    expect(covered.map((entry) => entry.state)).toEqual(["missing", "missing", "missing"]);
    expect(gaps(perspectives, covered)).toEqual(["m", "n"]);
  });

  it("counts open invitations and yes or maybe answers as covering", () => {
    const covered = coverage(
      perspectives,
      [
        invitation({ id: "a", covers: ["m"] }),
        invitation({ id: "b", covers: ["n", "e"], rsvp: "maybe", respondedAt: earlier }),
      ],
      now,
    );
    expect(covered.map((entry) => entry.coveredBy)).toEqual([["a"], ["b"], ["b"]]);
    expect(gaps(perspectives, covered)).toEqual([]);
  });

  it("keeps a perspective only declined as a gap, and says who declined", () => {
    const covered = coverage(
      perspectives,
      [invitation({ id: "a", covers: ["n"], rsvp: "no", respondedAt: earlier })],
      now,
    );
    expect(covered[1]).toEqual({
      perspectiveId: "n",
      coveredBy: [],
      declinedBy: ["a"],
      state: "declined",
    });
    expect(gaps(perspectives, covered)).toEqual(["m", "n"]);
  });

  it("does not count withdrawn invitations, nor unanswered ones past their time", () => {
    const covered = coverage(
      perspectives,
      [
        invitation({ id: "a", covers: ["m"], revokedAt: earlier }),
        invitation({ id: "b", covers: ["n"], expiresAt: earlier }),
      ],
      now,
    );
    expect(gaps(perspectives, covered)).toEqual(["m", "n"]);
  });

  it("never reports an optional perspective as a gap", () => {
    expect(gaps([expert], coverage([expert], [], now))).toEqual([]);
  });
});

describe("missingEssentialKinds", () => {
  it("asks for both management and those who do the work", () => {
    expect(missingEssentialKinds([])).toEqual(["management", "doing_the_work"]);
    expect(missingEssentialKinds([management, expert])).toEqual(["doing_the_work"]);
    expect(missingEssentialKinds([management, nurses])).toEqual([]);
  });
});
