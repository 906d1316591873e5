import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { nl } from "../apps/web/src/i18n/nl.js";
import { sv } from "../apps/web/src/i18n/sv.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import {
  createOpenSession,
  phoneShot as phoneShotOf,
  screenshot,
  signUp,
  watchForPageErrors,
} from "./support/pages.js";

type Dictionary = typeof en;

interface Person {
  name: string;
  locale: string;
  t: Dictionary;
  reflection: string;
}

interface Participant extends Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce(
    (text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)),
    template,
  );

const FACT = "A building permit takes 41 days at the median.";
const PHONE_FACT = "Half of the applications come back for missing papers.";
const QUESTION = "Is that counted from the first or the last application?";
const INSIGHT = "One team should own a permit from start to end.";
const PROPOSAL = "A single permit team checks every application from start to end.";
const AMENDED =
  "A single permit team checks every application from start to end, for a trial of three months.";
const OBJECTION = "Without a time limit we cannot see whether it works, and we lose the budget.";
const CONCERN = "Watch that the team does not become a new bottleneck.";
const POLL_PROPOSAL = "Applications are accepted on paper only until March.";

const PEOPLE: Person[] = [
  { name: "Kari", locale: "nb-NO", t: nb, reflection: "Applicants are sent between offices." },
  { name: "Sven", locale: "sv-SE", t: sv, reflection: "Nobody owns the whole permit." },
  { name: "Alex", locale: "en-GB", t: en, reflection: "Missing papers are found too late." },
  { name: "Noor", locale: "nl-NL", t: nl, reflection: "Every hand-off adds a week." },
];

/** The phone's page, looked at: and nothing on it may be wider than the phone. */
const phoneShot = (page: Page, name: string) => phoneShotOf(page, name, PHONE.width);

/** A contribution card, a theme, an insight: the item of a list that shows `text`. */
const card = (page: Page | Locator, testId: string, text: string): Locator =>
  page.getByTestId(testId).filter({ hasText: text });

// Skipped only when the machine has no Chromium; support/browser.ts says so loudly.
describe.skipIf(!chromiumPath)("Decisions by Design in a real browser", () => {
  const shared = useProductInBrowser();

  it("runs the four steps: an objection upheld and integrated, then consent with one concern", async () => {
    const { product, browser } = shared;
    const facilitatorContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const console_ = await facilitatorContext.newPage();
    const consoleErrors = watchForPageErrors(console_);

    const organisationPath = await signUp(console_, product.url, {
      displayName: "Ingrid Fasilitator",
      email: "ingrid@permits.example",
      organisationName: "Lillehammer kommune",
    });

    // A session without an agenda of its own gets the method's four steps. It is Norwegian
    // while the facilitator reads the app in English: session data (step names, the record)
    // follows the session, the app's own words follow the reader.
    const code = await createOpenSession(console_, product.url, organisationPath, {
      title: "Shorter building permits",
      question: "How do we halve the lead time of a building permit?",
      language: "nb",
    });

    // Four participants, each in their own language; Kari on a phone.
    const participants: Participant[] = [];
    for (const [index, person] of PEOPLE.entries()) {
      const phone = index === 0;
      const context = await browser.newContext({
        locale: person.locale,
        viewport: phone ? PHONE : DESKTOP,
        ...(phone && { isMobile: true, hasTouch: true }),
      });
      const page = await context.newPage();
      const errors = watchForPageErrors(page);
      const { t } = person;
      await page.goto(`${product.url}/join`);
      await page.getByLabel(t.join.code).fill(code);
      await page.getByRole("button", { name: t.join.find }).click();
      await page.getByLabel(t.join.name).fill(person.name);
      await page.getByRole("button", { name: t.join.submit, exact: true }).click();
      await page.waitForURL(/\/s\/[^/]+$/);
      await page.getByText(t.participant.lobby).waitFor();
      participants.push({ ...person, context, page, errors });
    }
    const [kari, sven, alex, noor] = participants;
    if (!kari || !sven || !alex || !noor) throw new Error("four participants expected");
    const everyone = participants;
    await expect.poll(() => console_.getByTestId("participant-list").locator("li").count()).toBe(4);

    await console_.getByRole("button", { name: en.console.start }).click();
    const nextStep = console_.getByTestId("next-step");
    const stepTitle = console_.getByTestId("step-title");

    // 1 Share facts: a fact with its source and figure; a clarifying question on it; a fact
    // marked disputed.
    await nextStep.click();
    await expect.poll(() => stepTitle.textContent()).toBe("Del fakta");
    await console_.getByLabel(en.consent.facts.post).fill(FACT);
    await console_.getByLabel(en.consent.facts.sourceUrl).fill("https://example.org/permits-2026");
    await console_.getByLabel(en.consent.facts.figure).fill("41 days");
    await console_.getByRole("button", { name: en.participant.send, exact: true }).click();
    await card(kari.page, "contribution", FACT).getByTestId("fact-figure").waitFor();

    await kari.page.getByTestId("contribution-input").fill(PHONE_FACT);
    await kari.page.getByRole("button", { name: nb.participant.send, exact: true }).click();
    await card(console_, "contribution", PHONE_FACT).waitFor();

    const factOnSven = card(sven.page, "contribution", FACT);
    await factOnSven.getByRole("button", { name: sv.consent.facts.ask }).click();
    await factOnSven.getByLabel(sv.consent.facts.question).fill(QUESTION);
    await factOnSven.getByRole("button", { name: sv.consent.facts.askSubmit, exact: true }).click();
    await card(console_, "contribution", FACT)
      .getByTestId("fact-questions")
      .getByText(QUESTION)
      .waitFor();

    const phoneFactOnConsole = card(console_, "contribution", PHONE_FACT);
    await phoneFactOnConsole.getByRole("button", { name: en.consent.facts.dispute }).click();
    await phoneFactOnConsole
      .getByLabel(en.consent.facts.disputeNote)
      .fill("The 2025 report says a third, not half.");
    await phoneFactOnConsole
      .getByRole("button", { name: en.consent.facts.disputeSubmit, exact: true })
      .click();
    await card(kari.page, "contribution", PHONE_FACT).getByTestId("disputed").waitFor();
    await card(kari.page, "contribution", FACT).getByText(QUESTION).waitFor();
    await screenshot(console_, "consent-01-console-facts");
    await phoneShot(kari.page, "consent-01-phone-facts");

    // 2 Reflect: silent writing — each sees only their own until the reveal — then a round.
    await nextStep.click();
    await expect.poll(() => stepTitle.textContent()).toBe("Reflekter");
    for (const person of everyone) {
      await person.page.getByTestId("contribution-input").fill(person.reflection);
      await person.page
        .getByRole("button", { name: person.t.participant.send, exact: true })
        .click();
      await card(person.page, "contribution", person.reflection).waitFor();
    }
    const silentCount = console_.getByTestId("silent-count");
    await expect.poll(() => silentCount.getAttribute("data-count")).toBe("4");
    await expect.poll(() => kari.page.getByText(nb.board.silentHidden).count()).toBe(3);
    await screenshot(console_, "consent-02-console-silent");
    await phoneShot(kari.page, "consent-02-phone-silent");

    await console_.getByRole("button", { name: en.consent.console.reveal }).click();
    for (const { reflection } of everyone) {
      await card(kari.page, "contribution", reflection).getByText(reflection).waitFor();
    }
    await console_.getByRole("button", { name: en.console.startRound }).click();
    await expect
      .poll(async () =>
        Promise.all(everyone.map((p) => p.page.getByText(p.t.participant.yourTurn).count())),
      )
      .toContain(1);
    await phoneShot(kari.page, "consent-02-phone-revealed-round");
    await console_.getByRole("button", { name: en.console.endRound, exact: true }).click();

    // 3 Discover: themes by drag and drop (console) and by the "move to" list (phone), dots on
    // themes, an insight from the top theme, and everyone's agreement on it.
    await nextStep.click();
    await expect.poll(() => stepTitle.textContent()).toBe("Oppdag ny innsikt");
    for (const name of ["Hand-offs", "Ownership"]) {
      await console_.getByLabel(en.consent.themes.newTheme).fill(name);
      await console_.getByRole("button", { name: en.consent.themes.create }).click();
      await console_.getByTestId("theme-name").getByText(name, { exact: true }).waitFor();
    }
    const themeOn = (page: Page, name: string) =>
      page.getByTestId("theme").filter({ has: page.getByTestId("theme-name").getByText(name) });
    for (const reflection of [kari.reflection, noor.reflection]) {
      await card(console_, "reflection-card", reflection).dragTo(themeOn(console_, "Hand-offs"));
      await card(themeOn(console_, "Hand-offs"), "reflection-card", reflection).waitFor();
    }
    for (const reflection of [sven.reflection, alex.reflection]) {
      const onPhone = card(kari.page, "reflection-card", reflection);
      await onPhone.getByLabel(nb.consent.themes.moveTo).selectOption({ label: "Ownership" });
      await onPhone.getByRole("button", { name: nb.consent.themes.move, exact: true }).click();
      await card(themeOn(console_, "Ownership"), "reflection-card", reflection).waitFor();
    }
    // Keyboard users keep their place: focus follows the card into its theme.
    const movedSelect = card(
      themeOn(kari.page, "Ownership"),
      "reflection-card",
      alex.reflection,
    ).getByLabel(nb.consent.themes.moveTo);
    await expect.poll(() => movedSelect.evaluate((el) => el === document.activeElement)).toBe(true);

    for (const person of everyone) {
      const theme = person === sven ? "Ownership" : "Hand-offs";
      await person.page
        .getByRole("button", { name: fill(person.t.consent.themes.addDotOn, { name: theme }) })
        .click();
    }
    await expect
      .poll(() =>
        themeOn(console_, "Hand-offs").getByTestId("theme-dots").getAttribute("data-count"),
      )
      .toBe("3");
    await console_.getByTestId("top-themes").getByText("Hand-offs").waitFor();
    await phoneShot(kari.page, "consent-03-phone-themes");

    await console_.getByLabel(en.consent.insights.write).fill(INSIGHT);
    await console_.getByRole("button", { name: en.participant.send, exact: true }).click();
    for (const person of everyone) {
      await card(person.page, "insight", INSIGHT)
        .getByRole("button", { name: person.t.consent.insights.agree })
        .click();
    }
    await console_.getByTestId("common-ground").getByText(INSIGHT).waitFor();
    await kari.page.getByTestId("common-ground").getByText(INSIGHT).waitFor();
    await screenshot(console_, "consent-03-console-discover");
    await phoneShot(kari.page, "consent-03-phone-insights");

    // 4 Decide: a wording suggestion, a proposal resting on the common ground, clarifying
    // questions, a consent round with an objection.
    await nextStep.click();
    await expect.poll(() => stepTitle.textContent()).toBe("Beslutt");
    await kari.page.getByLabel(nb.consent.decide.suggest).fill("One team, for a trial period.");
    await kari.page.getByRole("button", { name: nb.participant.send, exact: true }).click();
    await card(console_, "contribution", "One team, for a trial period.").waitFor();

    const draft = console_.getByTestId("draft-proposal");
    await draft.getByLabel(en.consent.draft.text, { exact: true }).fill(PROPOSAL);
    expect(await draft.getByRole("checkbox", { name: INSIGHT }).isChecked()).toBe(true);
    expect(await draft.locator('input[name="rule"][value="consent"]').isChecked()).toBe(true);
    await draft.getByRole("button", { name: en.consent.draft.submit }).click();
    await kari.page.getByTestId("proposal-text").getByText(PROPOSAL).waitFor();

    const rounds = console_.getByTestId("round-control");
    const stillToAnswer = rounds.getByTestId("still-to-answer");
    const endRound = rounds.getByRole("button", { name: en.consent.rounds.end });
    await rounds.getByRole("button", { name: en.consent.rounds.start.clarifying }).click();
    await sven.page.getByLabel(sv.consent.speak.clarifying.label).fill("Who leads the team?");
    await sven.page.getByRole("button", { name: sv.consent.speak.clarifying.submit }).click();
    await expect.poll(() => stillToAnswer.getAttribute("data-count")).toBe("3");
    await stillToAnswer.getByText("Kari, Alex, Noor").waitFor();
    await screenshot(console_, "consent-04-console-clarifying");
    for (const person of [kari, alex, noor]) {
      await person.page.getByRole("button", { name: person.t.consent.speak.pass }).click();
    }
    await expect.poll(() => stillToAnswer.getAttribute("data-count")).toBe("0");
    await endRound.click();

    // The consent round: Kari objects — the phone asks for the reason first, in her language.
    await rounds.getByRole("button", { name: en.consent.rounds.start.consent }).click();
    const position = (person: Participant, value: string) =>
      person.page.getByTestId("position-form").locator(`input[value="${value}"]`).check();
    const givePosition = (person: Participant) =>
      person.page.getByRole("button", { name: person.t.consent.positionForm.submit }).click();
    await position(kari, "objection");
    await givePosition(kari);
    await kari.page.getByText(nb.consent.domainErrors.objection_needs_reason).waitFor();
    await phoneShot(kari.page, "consent-04-phone-objection-needs-reason");
    await kari.page.getByLabel(nb.consent.positionForm.reasonRequired).fill(OBJECTION);
    await givePosition(kari);
    await kari.page.getByText(nb.consent.round.answered).waitFor();
    for (const person of [sven, alex]) {
      await position(person, "consent");
      await givePosition(person);
    }
    // Noor objects too, then lets it go before it is tested: only the objector may.
    await position(noor, "objection");
    await noor.page.getByLabel(nl.consent.positionForm.reasonRequired).fill("Too soon to say.");
    await givePosition(noor);
    await noor.page.getByRole("button", { name: nl.consent.withdraw.open }).click();
    await noor.page.getByLabel(nl.consent.withdraw.note).fill("The trial idea convinces me.");
    await noor.page.getByRole("button", { name: nl.consent.withdraw.submit, exact: true }).click();
    await rounds
      .locator('[data-position="objection"]')
      .filter({ hasText: "Too soon to say." })
      .locator('[data-outcome="withdrawn"]')
      .waitFor();
    await expect.poll(() => stillToAnswer.getAttribute("data-count")).toBe("0");
    await screenshot(console_, "consent-05-console-first-round");
    await endRound.click();

    // The facilitator tests the objection with the group: upheld.
    const test = console_.getByTestId("objection-test-form");
    await test.getByText(OBJECTION).waitFor();
    expect(await test.count()).toBe(1);
    await test.locator('input[value="upheld"]').check();
    await test
      .getByLabel(en.consent.tests.rationale, { exact: true })
      .fill("It is reasoned and paramount: without a trial period the budget is at risk.");
    await test.getByRole("button", { name: en.consent.tests.submit }).click();
    await console_
      .getByTestId("decision-blocker")
      .getByText(en.consent.domainErrors.objection_upheld)
      .waitFor();
    expect(
      await rounds.getByRole("button", { name: en.consent.rounds.start.consent }).isDisabled(),
    ).toBe(true);

    // Amended to meet it: version 2, the change shown word by word.
    const amend = console_.getByTestId("amend-form");
    await amend.getByLabel(en.consent.amend.text).fill(AMENDED);
    await amend.getByTestId("word-diff").locator("ins").filter({ hasText: "trial" }).waitFor();
    await amend
      .getByLabel(en.consent.amend.note)
      .fill("Meets Kari's objection: a three-month trial.");
    expect(await amend.getByRole("checkbox", { name: OBJECTION }).isChecked()).toBe(true);
    await screenshot(console_, "consent-06-console-amend");
    await amend
      .getByRole("button", { name: fill(en.consent.amend.submit, { version: 2 }) })
      .click();
    await kari.page.getByTestId("proposal-text").getByText(AMENDED).waitFor();
    await kari.page.getByTestId("word-diff").locator("ins").filter({ hasText: "trial" }).waitFor();
    await phoneShot(kari.page, "consent-06-phone-version-2");

    // The second consent round passes with one concern.
    await rounds.getByRole("button", { name: en.consent.rounds.start.consent }).click();
    await kari.page.getByText(fill(nb.consent.positionForm.legend, { version: 2 })).waitFor();
    for (const person of [kari, alex, noor]) {
      await position(person, "consent");
      await givePosition(person);
    }
    await position(sven, "concern");
    await sven.page.getByLabel(sv.consent.positionForm.reasonRequired).fill(CONCERN);
    await givePosition(sven);
    await expect.poll(() => stillToAnswer.getAttribute("data-count")).toBe("0");
    await rounds.locator('[data-position="concern"]').getByText(CONCERN).waitFor();
    await endRound.click();
    await console_.getByTestId("concerns").getByText(CONCERN).waitFor();

    // The decision, with an action and a review date.
    const decide = console_.getByTestId("decide-form");
    await decide
      .getByLabel(en.consent.close.rationale)
      .fill("Nobody holds a paramount objection; the trial meets the one that was upheld.");
    await decide
      .getByLabel(fill(en.consent.close.what, { number: 1 }))
      .fill("Set up the permit team");
    await decide.getByLabel(en.consent.close.owner).fill("Kari");
    await decide.getByLabel(en.consent.close.dueDate).fill("2027-01-15");
    await decide.getByLabel(en.consent.close.reviewDate).fill("2027-04-01");
    await screenshot(console_, "consent-07-console-before-decision");
    await decide.getByRole("button", { name: en.consent.close.decide }).click();

    const outcome = console_.getByTestId("proposal-outcome");
    await expect.poll(() => outcome.getAttribute("data-outcome")).toBe("decided");
    expect(await console_.getByTestId("decision-link").getAttribute("href")).toMatch(
      /^\/decisions\/[^/]+$/,
    );
    await kari.page.getByText(nb.consent.outcome.decided).waitFor();
    await kari.page.getByTestId("decided-text").getByText(AMENDED).waitFor();
    await screenshot(console_, "consent-08-console-decided");
    await phoneShot(kari.page, "consent-08-phone-decided");

    // The decision page: the whole trail, in the session's language (Norwegian), for a reader
    // whose app is in English.
    const decisionPath = (await console_.getByTestId("decision-link").getAttribute("href")) ?? "";
    const recordPage = await facilitatorContext.newPage();
    const recordErrors = watchForPageErrors(recordPage);
    await recordPage.goto(`${product.url}${decisionPath}`);
    const record = recordPage.getByTestId("decision-record");
    await record.waitFor();
    expect(await record.getAttribute("lang")).toBe("nb");
    for (const heading of [
      nb.decisions.record.facts,
      nb.decisions.record.proposal,
      nb.decisions.record.objections,
      nb.decisions.record.concerns,
      nb.decisions.record.actions,
      nb.decisions.record.people,
    ]) {
      await record.getByRole("heading", { name: heading }).waitFor();
    }
    await record.getByText(AMENDED).first().waitFor();
    await record.getByText(FACT).waitFor();
    await record.getByText(QUESTION).waitFor();
    await record.getByText(INSIGHT).first().waitFor();
    await record.getByText("Set up the permit team").waitFor();
    expect(await record.getByTestId("proposal-version").count()).toBe(2);
    const recordRounds = await record.getByTestId("record-round").allTextContents();
    expect(
      recordRounds.filter((text) => text.includes(nb.decisions.roundKinds.consent)),
    ).toHaveLength(2);
    const objections = record.getByTestId("objection");
    expect(await objections.count()).toBeGreaterThanOrEqual(1);
    const upheld = objections.filter({ hasText: OBJECTION });
    await upheld.getByText(nb.decisions.objectionOutcomes.upheld).waitFor();
    await upheld.getByText(fill(nb.decisions.integratedIn, { version: 2 })).waitFor();
    await record.getByTestId("concern").filter({ hasText: CONCERN }).waitFor();
    await screenshot(recordPage, "consent-09-decision-page");
    // Its life: the facilitator puts it under review with a reason; the Markdown downloads.
    const status = recordPage.getByTestId("decision-status");
    await expect.poll(() => status.getAttribute("data-status")).toBe("in_effect");
    await recordPage
      .getByRole("combobox", { name: en.decisions.lifecycle.newStatus })
      .selectOption("under_review");
    await recordPage
      .getByLabel(en.decisions.lifecycle.reasonField)
      .fill("The permit team asks to check the trial after a month.");
    await recordPage.getByRole("button", { name: en.decisions.lifecycle.submit }).click();
    await expect.poll(() => status.getAttribute("data-status")).toBe("under_review");
    await recordPage.getByText("The permit team asks to check the trial after a month.").waitFor();
    await recordPage.screenshot({
      path: new URL("./artifacts/consent-09-decision-under-review.png", import.meta.url).pathname,
    });
    const markdown = await recordPage.request.get(`${product.url}/api${decisionPath}/export.md`);
    expect(markdown.status()).toBe(200);
    expect(await markdown.text()).toContain(AMENDED);
    expect(recordErrors).toEqual([]);
    await recordPage.close();

    // A second question, for a group that chose a poll: labelled as not the method's way, it
    // fails its threshold, and the facilitator postpones with a reason.
    await draft.getByLabel(en.consent.draft.text, { exact: true }).fill(POLL_PROPOSAL);
    await draft.locator('input[name="rule"][value="threshold"]').check();
    await draft.getByLabel(en.consent.draft.percent).fill("75");
    await draft.getByRole("button", { name: en.consent.draft.submit }).click();
    await kari.page
      .getByTestId("decision-rule")
      .getByText(fill(nb.consent.rules.threshold, { percent: 75 }))
      .waitFor();
    await rounds.getByRole("button", { name: en.consent.rounds.start.poll }).click();
    for (const [person, vote] of [
      [kari, "for"],
      [sven, "for"],
      [alex, "against"],
      [noor, "against"],
    ] as const) {
      await person.page
        .getByRole("button", { name: person.t.consent.votes[vote], exact: true })
        .click();
      await person.page.getByText(person.t.consent.round.answered).waitFor();
    }
    await expect.poll(() => stillToAnswer.getAttribute("data-count")).toBe("0");
    await phoneShot(kari.page, "consent-09-phone-poll");
    await endRound.click();
    await console_
      .getByTestId("decision-blocker")
      .getByText(en.consent.domainErrors.poll_not_passed)
      .waitFor();
    const close = console_.getByTestId("close-proposal");
    await close.getByRole("button", { name: en.consent.close.postpone }).click();
    await close
      .getByLabel(en.consent.close.postponeReason)
      .fill("We need the lead-time figures first.");
    await close.getByRole("button", { name: en.consent.close.postponeSubmit, exact: true }).click();
    await expect.poll(() => outcome.getAttribute("data-outcome")).toBe("postponed");
    await kari.page.getByText(nb.consent.outcome.postponed).waitFor();
    await screenshot(console_, "consent-10-console-postponed");

    // Closing: participants give anonymous feedback on their phones; the facilitator reads the
    // report and writes the reflection.
    await console_.getByRole("button", { name: en.console.close }).click();
    const feedbackTitle = kari.page.getByRole("heading", { name: nb.report.feedback.title });
    await feedbackTitle.waitFor();
    for (const [question, score] of [
      ["heard", "5"],
      ["safe", "4"],
      ["clear", "5"],
    ] as const) {
      await kari.page
        .getByRole("group", { name: nb.report.feedback.questions[question] })
        .locator(`label:has(input[value="${score}"])`)
        .click();
    }
    await kari.page.getByLabel(nb.report.feedback.comment).fill("Godt å bli hørt før vi bestemte.");
    await phoneShot(kari.page, "consent-11-phone-feedback");
    await kari.page.getByRole("button", { name: nb.report.feedback.submit }).click();
    await kari.page.getByText(nb.report.feedback.thanks).waitFor();
    await sven.page
      .getByRole("group", { name: sv.report.feedback.questions.safe })
      .locator('label:has(input[value="2"])')
      .click();
    await sven.page.getByRole("button", { name: sv.report.feedback.submit }).click();
    await sven.page.getByText(sv.report.feedback.thanks).waitFor();
    // A reload keeps the thanks: the browser remembers, and the server would refuse a second.
    await kari.page.reload();
    await kari.page.getByText(nb.report.feedback.thanks).waitFor();

    await console_.getByRole("link", { name: en.report.page.link }).click();
    const report = console_.getByTestId("session-report");
    await report.waitFor();
    await report.getByText(fill(en.report.page.responses_other, { count: 2 })).waitFor();
    await report.getByText("Godt å bli hørt før vi bestemte.").waitFor();
    await report.getByText(fill(en.report.page.mean, { value: "3.0", count: 2 })).waitFor();
    expect(await report.getByTestId("participation").locator("tbody tr").count()).toBe(4);
    await report
      .getByLabel(en.report.page.whatWeDid)
      .fill("The four steps and two consent rounds.");
    await report.getByLabel(en.report.page.howWeDidIt).fill("Silent writing first, then rounds.");
    await report.getByLabel(en.report.page.effect).fill("We expect the permit lead time to fall.");
    await report.getByRole("button", { name: en.report.page.saveReflection }).click();
    await report.getByText(en.report.page.saved).waitFor();
    await console_.reload();
    await expect
      .poll(() => console_.getByLabel(en.report.page.effect).inputValue())
      .toBe("We expect the permit lead time to fall.");
    await screenshot(console_, "consent-12-report");

    expect(consoleErrors).toEqual([]);
    for (const person of everyone) expect(person.errors, person.name).toEqual([]);
    await Promise.all([facilitatorContext.close(), ...everyone.map((p) => p.context.close())]);
  }, 300_000);
});
