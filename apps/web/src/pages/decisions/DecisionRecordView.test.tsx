import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import { buildChartSnapshot } from "../../../../../packages/core/src/session/testing/chart-snapshot";
import { SessionLanguage } from "../../components/SessionLanguage";
import { exampleDecisionRecord } from "../../decisions/testing/example-record";
import { messages } from "../../i18n/all-messages";
import { testI18n } from "../../i18n/testing";
import { DecisionRecordView } from "./DecisionRecordView";

/** The record page as a Swedish reader gets it: the app's interface is in Swedish. */
function recordPage(record = exampleDecisionRecord()) {
  const i18n = testI18n("sv");
  return (
    <I18nextProvider i18n={i18n}>
      <Router ssrPath={`/decisions/${record.decisionId}`}>
        <SessionLanguage language={record.language}>
          <DecisionRecordView record={record} />
        </SessionLanguage>
      </Router>
    </I18nextProvider>
  );
}

const render = (record = exampleDecisionRecord()) => renderToStaticMarkup(recordPage(record));

/** Waits for lazily loaded parts (charts), as a browser does, before answering the HTML. */
async function renderComplete(record = exampleDecisionRecord()): Promise<string> {
  const { prelude } = await prerender(recordPage(record));
  return new Response(prelude).text();
}

const pieces = (html: string, testId: string) =>
  html.match(new RegExp(`<li[^>]*data-testid="${testId}"[^>]*>.*?</li>`, "gs")) ?? [];

const NAMES = ["Ingrid Bakke", "Per Olsen", "Aisha Rahman", "Jonas Lie"];

describe("a decision record", () => {
  it("reads in the session's language, not the reader's", () => {
    const html = render();
    expect(html).toContain('lang="nb"');
    expect(html).toContain(messages.nb.decisions.record.eyebrowDecided);
    expect(html).toContain(messages.nb.decisions.positions.objection);
    expect(html).toContain(messages.nb.decisions.rules.consent);
    expect(html).not.toContain(messages.sv.decisions.positions.objection);
    expect(html).not.toContain(messages.sv.decisions.record.rationale);
    expect(html).not.toContain(messages.sv.decisions.record.allDecisions);
  });

  it("shows what the amendment changed, word by word", () => {
    const html = render();
    expect(html).toMatch(/<ins>.*med en ukentlig sjekk av køen,.*<\/ins>/s);
    expect(html).toMatch(/<del>.*tre.*<\/del>/s);
    expect(pieces(html, "position-tile")).toHaveLength(8);
  });

  it("names who objected in a named session", () => {
    const [objection] = pieces(render(), "objection");
    expect(objection).toContain("Per Olsen");
    expect(objection).toContain(messages.nb.decisions.objectionOutcomes.upheld);
    expect(objection).toContain("Imøtekommet i versjon 2");
  });

  it("names nobody's position where the session was anonymous", () => {
    const html = render(exampleDecisionRecord("anonymous_to_peers"));
    const positions = [
      ...pieces(html, "position-tile"),
      ...pieces(html, "objection"),
      ...pieces(html, "concern"),
    ];
    expect(positions).toHaveLength(8 + 1 + 1);
    for (const piece of positions) {
      for (const name of NAMES) expect(piece).not.toContain(name);
    }
    // Who took part is still listed: the room saw who was there, not who said what.
    expect(html).toContain(NAMES.join(", "));
  });

  it("labels a poll as a poll, never as consent", () => {
    const html = render({ ...exampleDecisionRecord(), rule: { kind: "threshold", percent: 67 } });
    expect(html).toContain("Avstemning, ikke samtykke: minst 67 %");
    expect(html).not.toContain(messages.nb.decisions.rules.consent);
  });

  it("says why a postponed proposal was postponed, and lists no actions for it", () => {
    const html = render({
      ...exampleDecisionRecord(),
      outcome: "postponed",
      postponeReason: "Vi trenger tall fra 2026 først.",
      actions: [],
      reviewDate: null,
    });
    expect(html).toContain(messages.nb.decisions.record.eyebrowPostponed);
    expect(html).toContain("Vi trenger tall fra 2026 først.");
    expect(html).not.toContain(messages.nb.decisions.record.actions);
  });

  it("draws a chart shared as a fact with its figure, date and filters, in the session's language", async () => {
    const record = exampleDecisionRecord();
    const [first, ...rest] = record.facts;
    if (!first) throw new Error("the example has facts");
    const chart = buildChartSnapshot();
    const html = await renderComplete({
      ...record,
      facts: [{ ...first, source: { chart } }, ...rest],
    });
    expect(html).toContain('data-testid="chart-snapshot"');
    const nb = messages.nb.flow.snapshot;
    expect(html).toContain(
      nb.centreFigure.replace("{{value}}", "42,0").replace("{{unit}}", "dager"),
    );
    expect(html).toContain(nb.filters.replace("{{filters}}", "from: 2026-01-05"));
    expect(html).toContain(nb.taken.replace("{{date}}", ""));
    expect(html).toContain("Building permits");
  });
});
