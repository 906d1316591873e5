import type { ActionWithComments, DecisionStatus, ListedAction } from "@samspel/core";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import { testI18n } from "../../i18n/testing";
import { ActionItem } from "./ActionItem";
import { ListedActions } from "./ListedActions";

function render(node: ReactNode, lng = "en"): string {
  const i18n = testI18n(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Router ssrPath="/orgs/o/actions">{node}</Router>
    </I18nextProvider>,
  );
}

const action: ActionWithComments = {
  id: "a1",
  decisionId: "d1",
  position: 0,
  what: "Ringe søkerne",
  owner: "Mia",
  ownerUserId: "mia",
  ownerName: "Mia Medlem",
  dueDate: "2020-01-15",
  status: "open",
  statusReason: null,
  statusChangedAt: null,
  statusChangedByName: null,
  addedByName: null,
  comments: [],
};

const item = (
  actor: { userId: string; role: "member" | "leader" },
  changes = {},
  decisionStatus: DecisionStatus = "in_effect",
) => (
  <ActionItem
    action={{ ...action, ...changes }}
    decisionStatus={decisionStatus}
    actor={actor}
    members={[]}
    canManage={actor.role === "leader"}
    onChanged={() => undefined}
  />
);

describe("an action on the decision page", () => {
  it("offers its owner the moves the rules allow, and marks it overdue", () => {
    const html = render(item({ userId: "mia", role: "member" }));
    expect(html).toContain("Mark as done");
    expect(html).toContain("Drop…");
    expect(html).toContain("Overdue");
    expect(html).toContain("Mia (linked to Mia Medlem)");
    expect(html).not.toContain("Owner and due date");
  });

  it("does not mark it overdue once its decision is revoked, and still lets it be closed", () => {
    const html = render(item({ userId: "mia", role: "member" }, {}, "revoked"));
    expect(html).not.toContain("Overdue");
    expect(html).not.toContain("action-item-overdue");
    expect(html).toContain("Mark as done");
    expect(html).toContain("Drop…");
  });

  it("gives another member nothing to press but the comments", () => {
    const html = render(item({ userId: "ola", role: "member" }));
    expect(html).not.toContain("Mark as done");
    expect(html).toContain("Comments (0)");
  });

  it("lets a manager reopen a dropped action and read why, in the reader's language", () => {
    const html = render(
      item({ userId: "lise", role: "leader" }, { status: "dropped", statusReason: "Budsjett" }),
      "nb",
    );
    expect(html).toContain("Åpne igjen");
    expect(html).toContain("Hvorfor droppet: Budsjett");
    expect(html).toContain("Ansvarlig og frist");
    expect(html).not.toContain("Forsinket");
  });
});

describe("a person's list of actions", () => {
  const listedFrom = (
    decisionTitle: string,
    decisionStatus: DecisionStatus,
    overdue: boolean,
  ): ListedAction => ({ ...action, decisionTitle, decisionText: "", decisionStatus, overdue });

  it("links each action to its decision and highlights the overdue ones", () => {
    const listed = listedFrom("Kortere byggesaker", "under_review", true);
    const html = render(<ListedActions actions={[listed]} testId="mine" />, "sv");
    expect(html).toContain('href="/decisions/d1"');
    expect(html).toContain("Från: Kortere byggesaker");
    expect(html).toContain("action-item-overdue");
    expect(html).toContain("Försenad");
    expect(html).not.toContain("Omprövas");
  });

  it("says why an open action of a superseded decision is not overdue, and what to do", () => {
    const listed = listedFrom("Gammel rutine", "superseded", false);
    const html = render(
      <ListedActions actions={[listed]} onChanged={() => undefined} testId="mine" />,
      "nb",
    );
    expect(html).toContain("Erstattet");
    expect(html).toContain("Vedtaket gjelder ikke lenger");
    expect(html).not.toContain("Forsinket");
    expect(html).toContain("Merk som utført");
    // Ticked off, it needs no telling.
    const closed = render(
      <ListedActions actions={[{ ...listed, status: "done" }]} testId="mine" />,
      "nb",
    );
    expect(closed).toContain("Erstattet");
    expect(closed).not.toContain("Vedtaket gjelder ikke lenger");
  });
});
