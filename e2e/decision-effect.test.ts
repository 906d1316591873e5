import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import {
  createOpenSession,
  phoneShot,
  screenshot,
  signUp,
  watchForPageErrors,
} from "./support/pages.js";

const RECEIPT = path.resolve(
  fileURLToPath(new URL("../", import.meta.url)),
  "../shared/data/eventlogs/receipt.csv",
);
const { flow, consent } = en;
const PROPOSAL = "One team owns a receipt from start to end.";

describe.skipIf(!chromiumPath || !existsSync(RECEIPT))(
  "a flow chart shared into a session, and a decision that names its effect",
  () => {
    const shared = useProductInBrowser();

    it("shares the XmR chart as a fact onto a phone, then decides with a target and reads the verdict", async () => {
      const { product, browser } = shared;
      const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
      const console_ = await context.newPage();
      const errors = watchForPageErrors(console_);
      const organisationPath = await signUp(console_, product.url, {
        displayName: "Pia Prosesseier",
        email: "pia@receipts.example",
        organisationName: "Eksempel kommune",
      });

      // A running session at its "share facts" step, with one participant on a phone.
      const code = await createOpenSession(console_, product.url, organisationPath, {
        title: "Faster receipts",
        question: "How do we confirm receipts sooner?",
        language: "en",
      });
      const phoneContext = await browser.newContext({
        locale: "en-GB",
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
      });
      const phone = await phoneContext.newPage();
      const phoneErrors = watchForPageErrors(phone);
      await phone.goto(`${product.url}/join`);
      await phone.getByLabel(en.join.code).fill(code);
      await phone.getByRole("button", { name: en.join.find }).click();
      await phone.getByLabel(en.join.name).fill("Kari");
      await phone.getByRole("button", { name: en.join.submit, exact: true }).click();
      await phone.getByText(en.participant.lobby).waitFor();
      await expect
        .poll(() => console_.getByTestId("participant-list").locator("li").count())
        .toBe(1);
      await console_.getByRole("button", { name: en.console.start }).click();
      const nextStep = console_.getByTestId("next-step");
      const stepTitle = console_.getByTestId("step-title");
      await nextStep.click();
      await expect.poll(() => stepTitle.textContent()).toBe("Share facts");

      // A process with receipt.csv imported, in a second tab.
      const processPage = await context.newPage();
      const processErrors = watchForPageErrors(processPage);
      await processPage.goto(`${product.url}${organisationPath}`);
      await processPage.getByRole("link", { name: flow.nav }).click();
      await processPage.fill('input[name="name"]', "Receipts");
      await processPage.fill('textarea[name="purpose"]', "From receipt to confirmation");
      await processPage.getByRole("button", { name: flow.process.create }).click();
      await processPage.getByRole("heading", { level: 2, name: "Receipts" }).waitFor();
      await processPage.setInputFiles('input[name="file"]', RECEIPT);
      await processPage.getByRole("button", { name: flow.import.upload }).click();
      await processPage.getByRole("button", { name: flow.import.confirm }).click();
      await processPage.getByRole("heading", { name: flow.report.title }).waitFor();

      // Share the XmR chart of median lead time into the running session.
      const share = processPage.getByTestId("share-chart");
      await share.waitFor();
      await share.locator('select[name="share-chart-kind"]').selectOption("lead_time_xmr");
      await share.locator('select[name="share-chart-session"]').selectOption({
        label: "Faster receipts",
      });
      await share.getByRole("button", { name: flow.share.submit }).click();
      await share.getByText(flow.share.shared.replace("{{session}}", "Faster receipts")).waitFor();
      await screenshot(processPage, "effect-01-process-share-chart");

      // The frozen chart, with its figure and when it was taken, on the phone and the console.
      const onPhone = phone.getByTestId("chart-snapshot");
      await onPhone.locator("svg").first().waitFor();
      expect(await onPhone.getByTestId("chart-snapshot-taken").textContent()).toContain(
        flow.snapshot.noFilters,
      );
      expect(await onPhone.textContent()).toContain("Receipts");
      await console_.getByTestId("chart-snapshot").locator("svg").first().waitFor();
      await phoneShot(phone, "effect-02-phone-shared-chart", PHONE.width);
      await screenshot(console_, "effect-03-console-shared-chart");
      const sessionId = new URL(console_.url()).pathname.split("/").at(-1) ?? "";
      const wall = await context.newPage();
      const wallErrors = watchForPageErrors(wall);
      await wall.goto(`${product.url}/wall/${sessionId}`);
      await wall.getByTestId("chart-snapshot").locator("svg").first().waitFor();
      await screenshot(wall, "effect-03-wall-shared-chart");
      await wall.close();

      // To the decide step: a proposal, everyone consents, and the decision names its effect.
      for (const title of ["Reflect", "Discover new insights", "Decide"]) {
        await nextStep.click();
        await expect.poll(() => stepTitle.textContent()).toBe(title);
      }
      const draft = console_.getByTestId("draft-proposal");
      await draft.getByLabel(consent.draft.text, { exact: true }).fill(PROPOSAL);
      await draft.getByRole("button", { name: consent.draft.submit }).click();
      await phone.getByTestId("proposal-text").getByText(PROPOSAL).waitFor();
      const rounds = console_.getByTestId("round-control");
      await rounds.getByRole("button", { name: consent.rounds.start.consent }).click();
      await phone.getByTestId("position-form").locator('input[value="consent"]').check();
      await phone.getByRole("button", { name: consent.positionForm.submit }).click();
      await phone.getByText(consent.round.answered).waitFor();
      await rounds.getByRole("button", { name: consent.rounds.end }).click();

      const decide = console_.getByTestId("decide-form");
      const effect = decide.getByTestId("effect-fields");
      await effect.locator('select[name="effect-process"]').selectOption({ label: "Receipts" });
      await effect.locator('select[name="effect-metric"]').selectOption("lead_time_p85");
      await effect.locator('select[name="effect-direction"]').selectOption("decrease");
      // A process without a target is said to be incomplete, not decided without it.
      await decide.getByRole("button", { name: consent.close.decide }).click();
      await effect.getByText(consent.effect.incomplete).waitFor();
      await effect.getByLabel(consent.effect.target).fill("7");
      await effect.getByLabel(consent.effect.targetDate).fill("2027-06-30");
      await screenshot(console_, "effect-04-console-decide-with-effect");
      await decide.getByRole("button", { name: consent.close.decide }).click();
      const outcome = console_.getByTestId("proposal-outcome");
      await expect.poll(() => outcome.getAttribute("data-outcome")).toBe("decided");

      // The decision page: the shared chart among the facts, and the effect with its verdict.
      const decisionPath = (await console_.getByTestId("decision-link").getAttribute("href")) ?? "";
      const recordPage = await context.newPage();
      const recordErrors = watchForPageErrors(recordPage);
      await recordPage.goto(`${product.url}${decisionPath}`);
      await recordPage.getByTestId("decision-record").waitFor();
      await recordPage.getByTestId("chart-snapshot").locator("svg").first().waitFor();
      const section = recordPage.getByTestId("effect-section");
      await section.waitFor();
      // receipt.csv ends in 2011: no week after today's decision yet, so no signal yet.
      expect(await section.getByTestId("effect-verdict").textContent()).toContain(
        flow.effect.verdicts.no_signal_yet,
      );
      expect(await section.textContent()).toContain("Receipts");
      await section.locator("svg").first().waitFor();
      await screenshot(recordPage, "effect-05-decision-page");

      // Back on the process page, the decision is listed among those aiming at it.
      await processPage.reload();
      const aiming = processPage.getByTestId("process-decisions");
      await aiming.waitFor();
      expect(await aiming.getByRole("link").getAttribute("href")).toBe(decisionPath);
      const worked = processPage.getByTestId("process-sessions");
      await worked.waitFor();
      expect(await worked.getByRole("link").count()).toBe(1);
      await screenshot(processPage, "effect-06-process-decisions-and-sessions");

      expect([...errors, ...phoneErrors, ...processErrors, ...wallErrors, ...recordErrors]).toEqual(
        [],
      );
      await phoneContext.close();
      await context.close();
    });
  },
);
