import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, DESKTOP, useProductInBrowser } from "./support/browser.js";
import { decideOverApi } from "./support/decisions-api.js";
import { HttpClient } from "./support/live-api.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const { decisions } = en;

const FIRST_NB = "Alle byggesaker får én fast saksbehandler fra søknad til vedtak.";
const IN_SWEDISH = "Varje bygglovsärende får en handläggare från ansökan till beslut.";
const LATER_NB = "Byggesaker med komplett søknad avgjøres innen tre uker av et fast team.";

describe.skipIf(!chromiumPath)("the decision register, used as a leader would", () => {
  const shared = useProductInBrowser();

  it("finds decisions by a Norwegian and a Swedish word and supersedes one with a later one", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    const organisationPath = await signUp(page, product.url, {
      displayName: "Live Leder",
      email: "live@lillehammer.example",
      organisationName: "Lillehammer kommune",
    });
    const organisationId = organisationPath.split("/").at(-1) ?? "";

    // Three genuine decisions from three sessions, in two languages, made over the product's API.
    const cookies = await context.cookies();
    const api = new HttpClient(
      product.url,
      cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    );
    const first = await decideOverApi(product.url, api, organisationId, {
      language: "nb",
      title: "Byggesak",
      question: "Hvordan får søkerne svar raskere?",
      proposal: FIRST_NB,
    });
    await decideOverApi(product.url, api, organisationId, {
      language: "sv",
      title: "Bygglov",
      question: "Hur får sökande svar snabbare?",
      proposal: IN_SWEDISH,
    });
    const later = await decideOverApi(product.url, api, organisationId, {
      language: "nb",
      title: "Byggesak, del to",
      question: "Hvordan holder vi tre uker?",
      proposal: LATER_NB,
    });

    await page.goto(`${product.url}${organisationPath}/decisions`);
    const list = page.getByTestId("decision-list");
    await expect.poll(() => list.locator("li").count()).toBe(3);
    const search = page.getByLabel(decisions.register.search);
    const shown = () => list.locator(".decision-row-text").allTextContents();

    // A Norwegian stem finds both Norwegian decisions ("byggesaker"), not the Swedish one.
    await search.fill("byggesak");
    await expect.poll(shown).toEqual([LATER_NB, FIRST_NB]);
    await screenshot(page, "register-01-search-norwegian");
    // A Swedish word, diacritics and all, finds the Swedish decision only.
    await search.fill("handläggare");
    await expect.poll(shown).toEqual([IN_SWEDISH]);
    await screenshot(page, "register-02-search-swedish");
    await search.fill("ingenting-slikt");
    await page.getByText(decisions.register.noMatch).waitFor();

    // The first Norwegian decision is superseded by the later one, from its own page.
    await page.goto(`${product.url}/decisions/${first.decisionId}`);
    const status = page.getByTestId("decision-status");
    await expect.poll(() => status.getAttribute("data-status")).toBe("in_effect");
    const change = page.getByRole("form", { name: decisions.lifecycle.change });
    await change.getByLabel(decisions.lifecycle.newStatus).selectOption("superseded");
    // Without a later decision chosen, the server's refusal is shown, nothing changes.
    await change.getByRole("button", { name: decisions.lifecycle.submit }).click();
    await change.getByRole("alert").waitFor();
    await expect.poll(() => status.getAttribute("data-status")).toBe("in_effect");
    await change.getByLabel(decisions.lifecycle.laterDecision).selectOption({ label: LATER_NB });
    await change.getByRole("button", { name: decisions.lifecycle.submit }).click();
    await expect.poll(() => status.getAttribute("data-status")).toBe("superseded");
    await screenshot(page, "register-03-superseded");

    // Linked both ways: the old one leads to the later one, and the later one back.
    await page.getByRole("link", { name: decisions.lifecycle.supersededBy }).click();
    await page.waitForURL(`**/decisions/${later.decisionId}`);
    await page.getByRole("link", { name: decisions.lifecycle.supersedes }).click();
    await page.waitForURL(`**/decisions/${first.decisionId}`);

    // The register's status filter now lists the superseded one alone.
    await page.goto(`${product.url}${organisationPath}/decisions`);
    await page.getByLabel(decisions.register.status).selectOption("superseded");
    await expect.poll(shown).toEqual([FIRST_NB]);
    await screenshot(page, "register-04-filter-superseded");

    expect(errors).toEqual([]);
    await context.close();
  });
});
