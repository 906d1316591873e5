import { agendaFromTemplate } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, DESKTOP, useProductInBrowser } from "./support/browser.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const agenda = en.methods.agenda;

describe.skipIf(!chromiumPath)("the agenda builder in a real browser", () => {
  const shared = useProductInBrowser();

  it("a facilitator designs a retrospective, sees the overrun warning, and starts the session with its steps", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await signUp(page, product.url, {
      displayName: "Ragnhild Retro",
      email: "ragnhild@lillehammer.example",
      organisationName: "Lillehammer kommune",
    });

    await page.getByRole("link", { name: en.nav.sessions }).first().click();
    await page.getByRole("link", { name: agenda.link }).click();
    await page.getByRole("heading", { name: agenda.title }).waitFor();
    // The default is Decisions by Design, built from library methods.
    const steps = page.getByTestId("agenda-step");
    await steps.first().waitFor();
    expect(await steps.count()).toBe(agendaFromTemplate("decisions-by-design", "en").length);

    // Untouched, the steps follow the session's language: the library is fetched in it.
    const firstStepName = () => steps.first().locator("h3").textContent();
    const [nbFirst] = agendaFromTemplate("decisions-by-design", "nb");
    const [enFirst] = agendaFromTemplate("decisions-by-design", "en");
    await page.getByLabel(agenda.language, { exact: true }).selectOption("nb");
    await expect.poll(firstStepName).toContain(nbFirst?.methodName);
    await page.getByLabel(agenda.language, { exact: true }).selectOption("en");
    await expect.poll(firstStepName).toContain(enFirst?.methodName);

    await page.getByLabel(agenda.template, { exact: true }).selectOption("retrospective");
    const retrospective = agendaFromTemplate("retrospective", "en");
    expect(await steps.count()).toBe(retrospective.length);
    await page.getByLabel(agenda.meetingMinutes, { exact: true }).fill("60");
    const overrun = page.getByTestId("agenda-overrun");
    await overrun.waitFor();
    expect(await overrun.textContent()).toContain("21 min");
    await screenshot(page, "agenda-01-overrun");

    // Shorten the timeline to fit, add a consent round from the library, drop the check-out.
    await page.getByLabel(agenda.timebox, { exact: true }).nth(1).fill("10");
    await page.getByLabel(agenda.addFromLibrary, { exact: true }).selectOption("consent-round");
    await page.getByRole("button", { name: agenda.addButton, exact: true }).click();
    await page
      .getByRole("button", { name: agenda.remove.replace("{{name}}", "One-word check-out") })
      .click();
    await page.getByLabel(agenda.meetingMinutes, { exact: true }).fill("90");
    await overrun.waitFor({ state: "detached" });
    expect(await page.getByTestId("agenda-total").textContent()).toContain(
      agenda.total.replace("{{total}}", "73").replace("{{meeting}}", "90"),
    );

    await page.getByLabel(agenda.titleField, { exact: true }).fill("Autumn retrospective");
    await page.getByLabel(agenda.purpose, { exact: true }).fill("Learn from the autumn");
    await page.getByLabel(agenda.desiredOutcome, { exact: true }).fill("Two changes we commit to");
    await screenshot(page, "agenda-02-designed");
    await page.getByRole("button", { name: agenda.create }).click();

    // The console shows the designed steps, in order.
    await page.waitForURL(/\/sessions\/[\w-]+$/);
    await page.getByRole("heading", { name: en.console.steps, exact: true }).waitFor();
    // The steps arrive with the live state, a moment after the heading.
    await page.locator(".step-row").nth(5).waitFor();
    const names = await page.locator(".step-row strong").allTextContents();
    expect(names).toEqual([
      "One-word check-in",
      "Timeline retrospective",
      "Start, stop, continue",
      "Dot voting",
      "Who does what by when",
      "Consent round",
    ]);
    await screenshot(page, "agenda-03-session-created");

    // In the console, a method from the library adds a step configured as the method says.
    await page.getByLabel(agenda.addFromLibrary, { exact: true }).selectOption("check-out-round");
    await page.getByRole("button", { name: agenda.addButton, exact: true }).click();
    await page.locator(".step-row").nth(6).waitFor();
    expect(await page.locator(".step-row strong").nth(6).textContent()).toBe("Check-out round");

    // Running it: each step shows its method's round and the notes, led by the design's brief.
    await page.getByRole("button", { name: en.console.openSession }).click();
    await page.getByRole("button", { name: en.console.start }).click();
    const startStep = (name: string) =>
      page.getByRole("button", { name: en.console.startStepNamed.replace("{{name}}", name) });
    await startStep("One-word check-in").click();
    await page.getByTestId("step-title").getByText("One-word check-in").waitFor();
    await page.getByText(en.methods.guide.notes).click();
    await page.getByText("Purpose: Learn from the autumn").waitFor();
    await startStep("Consent round").click();
    await page.getByTestId("step-title").getByText("Consent round").waitFor();
    expect(await page.getByTestId("method-round").textContent()).toBe(
      en.methods.guide.round.replace("{{round}}", en.methods.rounds.consent),
    );
    await screenshot(page, "agenda-04-running-consent-step");
    expect(errors).toEqual([]);
    await context.close();
  });
});
