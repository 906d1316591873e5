import type { PreparationOverview, SessionInvitation } from "@samspel/core";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { messages } from "../../../i18n/all-messages";
import { testI18n } from "../../../i18n/testing";
import { InviteesPanel } from "./InviteesPanel";

function invitation(overrides: Partial<SessionInvitation>): SessionInvitation {
  return {
    id: "i1",
    userId: null,
    name: "Kari Utenfor",
    email: null,
    covers: [],
    rsvp: null,
    note: "",
    respondedAt: null,
    createdAt: "2026-11-23T09:00:00.000Z",
    expiresAt: "2026-12-07T09:00:00.000Z",
    revokedAt: null,
    status: "open",
    emailedAt: null,
    ...overrides,
  };
}

const overview: PreparationOverview = {
  preparation: {
    sessionId: "s1",
    purpose: "",
    desiredOutcome: "",
    startsAt: null,
    durationMinutes: null,
    place: "",
    updatedAt: null,
  },
  perspectives: [
    { id: "m", name: "Avdelingsleder", kind: "management", required: true },
    { id: "n", name: "Nattsykepleiere", kind: "doing_the_work", required: true },
  ],
  invitations: [
    invitation({
      id: "a",
      covers: ["n"],
      rsvp: "no",
      note: "Ferie den uka",
      respondedAt: "2026-11-24T10:00:00.000Z",
    }),
    invitation({ id: "b", name: "Ola Hansen", userId: "u1", covers: ["m"] }),
  ],
  materials: [],
  coverage: [
    { perspectiveId: "m", coveredBy: ["b"], declinedBy: [], state: "covered" },
    { perspectiveId: "n", coveredBy: [], declinedBy: ["a"], state: "declined" },
  ],
  gaps: ["n"],
  emailEnabled: false,
};

/** The panel as a Norwegian facilitator sees it, before any effect has run. */
function render(): string {
  const i18n = testI18n("nb");
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <InviteesPanel orgId="o1" sessionId="s1" overview={overview} onChanged={() => undefined} />
    </I18nextProvider>,
  );
}

describe("the invitations panel", () => {
  const html = render();

  it("names the gap before the invite form, in the reader's language", () => {
    const gaps = html.match(/<div[^>]*data-testid="gaps"[^>]*>.*?<\/div>/s)?.[0] ?? "";
    expect(gaps).toContain(messages.nb.preparation.perspectives.gapsTitle);
    expect(gaps).toContain("Nattsykepleiere");
    expect(gaps).not.toContain("Avdelingsleder");
    expect(html.indexOf('data-testid="gaps"')).toBeLessThan(html.indexOf("prepare-invite"));
  });

  it("sums up the answers and shows each with its note", () => {
    expect(html).toContain("0 ja · 0 kanskje · 1 nei · 1 ikke svart");
    expect(html).toContain("Ferie den uka");
    expect(html).toContain(messages.nb.preparation.invitees.noAnswer);
  });

  it("says that links are to be copied when no mail server is set up", () => {
    expect(html).toContain(messages.nb.preparation.invitees.emailOff);
  });
});
