import { LOCALES, type OpinionMapView } from "@samspel/core";
import { createInstance } from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import {
  FACILITATOR,
  submitStatement,
  withOpinionMap,
} from "../../../../../../packages/core/src/session/testing/harness";
import { SessionLanguage } from "../../../components/SessionLanguage";
import { messages } from "../../../i18n/all-messages";
import { WallOpinions } from "./WallOpinions";

/** The wall in a Norwegian session, shown by an English-speaking facilitator's browser. */
function render(map: OpinionMapView | null) {
  const [session, stepId] = withOpinionMap();
  const common = submitStatement(session, FACILITATOR, "Skriv ned vedtakene");
  const divisive = submitStatement(session, FACILITATOR, "Lange møter bygger tillit");
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: "en",
    fallbackLng: "en",
    resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: messages[l] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const step = session.state.steps[stepId];
  if (!step) throw new Error("no step");
  const view = map && {
    ...map,
    stepId,
    commonGround: [{ statementId: common, agreeByGroup: [0.9, 0.8] }],
    divisive: [{ statementId: divisive, agreeByGroup: [0.9, 0.1], disagreeByGroup: [0.1, 0.9] }],
  };
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SessionLanguage language="nb">
        <WallOpinions state={session.state} step={step} map={view} />
      </SessionLanguage>
    </I18nextProvider>,
  );
}

const MAP: OpinionMapView = {
  stepId: "",
  seq: 1,
  computedAt: "",
  votes: 12,
  dots: [
    { id: "a1", x: 1, y: 0.5, group: 0 },
    { id: "b2", x: -1, y: -0.5, group: 1, name: "Kari" },
    { id: "c3", x: -0.8, y: -0.4, group: 1 },
  ],
  groups: [
    { size: 1, representative: [] },
    { size: 2, representative: [] },
  ],
  commonGround: [],
  divisive: [],
};

describe("the wall's opinion map", () => {
  it("draws a dot per participant, named only where the map names them", () => {
    const html = render(MAP);
    expect(html.match(/class="opinion-dot /g)).toHaveLength(3);
    expect(html).toContain(">Kari</text>");
    expect(html).toContain("opinion-group-1");
  });

  it("lists the common ground and the divisions in the session's language", () => {
    const html = render(MAP);
    expect(html).toContain(messages.nb.opinions.lists.commonTitle);
    expect(html).toContain(messages.nb.opinions.lists.divisiveTitle);
    expect(html).toContain("Skriv ned vedtakene");
    expect(html).toContain("Lange møter bygger tillit");
    expect(html).not.toContain(messages.en.opinions.lists.commonTitle);
  });

  it("waits for enough votes before there is a map", () => {
    expect(render(null)).toContain(messages.nb.opinions.console.waiting);
  });
});
