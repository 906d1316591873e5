import {
  type AgendaTemplate,
  agendaFromTemplate,
  DEFAULT_GROUND_RULES,
  LOCALES,
  type Locale,
} from "@samspel/core";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { messages } from "../../../i18n/all-messages";
import { testI18n } from "../../../i18n/testing";
import { TemplateShelf } from "./TemplateShelf";

const retro: AgendaTemplate = {
  id: "t1",
  organisationId: "o1",
  name: "Vår retro",
  design: {
    language: "sv",
    purpose: "",
    question: "",
    desiredOutcome: "",
    groundRules: DEFAULT_GROUND_RULES.sv,
    meetingMinutes: 90,
    steps: agendaFromTemplate("retrospective", "sv"),
  },
  createdBy: null,
  createdAt: "2026-11-24T09:00:00.000Z",
  updatedAt: "2026-11-24T09:00:00.000Z",
};

/** The shelf as a reader of `lng` sees it, before any effect has run. */
function render(lng: Locale, templates: AgendaTemplate[]): string {
  const i18n = testI18n(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <TemplateShelf
        orgId="o1"
        templates={templates}
        design={() => retro.design}
        reload={() => undefined}
      />
    </I18nextProvider>,
  );
}

describe("the organisation's template shelf", () => {
  it.each(LOCALES)("offers to save, rename and delete in %s", (lng) => {
    const html = render(lng, [retro]);
    const words = messages[lng].methods.agenda.shelf;
    expect(html).toContain(words.save);
    expect(html).toContain('value="Vår retro"');
    expect(html).toContain(words.deleteLabel.replace("{{name}}", "Vår retro"));
    expect(html).toContain(words.steps_other.replace("{{count}}", "6"));
  });

  it("says when there are none yet", () => {
    expect(render("sv", [])).toContain(messages.sv.methods.agenda.shelf.none);
  });
});
