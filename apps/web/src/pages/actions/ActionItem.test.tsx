import type { ActionWithComments, ListedAction } from "@samspel/core";
import { LOCALES } from "@samspel/core";
import { createInstance } from "i18next";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import { messages } from "../../i18n/resources";
import { ActionItem } from "./ActionItem";
import { ListedActions } from "./ListedActions";

function render(node: ReactNode, lng = "en"): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    fallbackLng: "en",
    resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: messages[l] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
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

const item = (actor: { userId: string; role: "member" | "leader" }, changes = {}) => (
  <ActionItem
    action={{ ...action, ...changes }}
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
  it("links each action to its decision and highlights the overdue ones", () => {
    const listed: ListedAction = {
      ...action,
      decisionTitle: "Kortere byggesaker",
      decisionText: "",
      overdue: true,
    };
    const html = render(<ListedActions actions={[listed]} testId="mine" />, "sv");
    expect(html).toContain('href="/decisions/d1"');
    expect(html).toContain("Från: Kortere byggesaker");
    expect(html).toContain("action-item-overdue");
    expect(html).toContain("Försenad");
  });
});
