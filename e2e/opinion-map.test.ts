import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { chromiumPath, PHONE, useProductInBrowser } from "./support/browser.js";
import { joinOverWebSocket, type LiveClient } from "./support/live-api.js";
import { phoneShot, screenshot, watchForPageErrors } from "./support/pages.js";
import {
  fill,
  joinOnNorwegianPhone,
  sessionOverApi,
  signedUpFacilitator,
} from "./support/session-setup.js";

/*
 * Issue 8, as a new user tries it: twenty simulated participants over WebSocket and one real
 * phone vote on statements in two camps; the console and the wall show the map, its groups,
 * common ground and divisions, and they move as votes arrive; a common-ground statement
 * becomes a proposal the phone sees.
 */

const COMMON = "Decisions should be written down where everyone can find them.";
/** Camp A agrees with these, camp B disagrees. */
const CAMP_A = ["Meetings should end after 30 minutes.", "Agendas must be sent a day ahead."];
/** Camp B agrees with these, camp A disagrees. */
const CAMP_B = ["Long meetings build trust in the team.", "Hard questions need time in the room."];
const SUBMITTED = "We should try meetings standing up.";
const PHONE_STATEMENT = "Everyone should speak once before anyone speaks twice.";
const SIMULATED = 20;

const dots = (page: Page) => page.getByTestId("opinion-map").locator(".opinion-dot");

// Skipped only when the machine has no Chromium; support/browser.ts says so loudly.
describe.skipIf(!chromiumPath)("the live opinion map in a real browser", () => {
  const shared = useProductInBrowser();

  it("maps twenty voters and a phone live, and turns common ground into a proposal", async () => {
    const { product, browser } = shared;
    const facilitator = await signedUpFacilitator(browser, product.url, {
      displayName: "Ingrid Fasilitator",
      email: "ingrid@meetings.example",
      organisationName: "Lillehammer kommune",
    });
    const { page: console_, errors: consoleErrors, organisationPath } = facilitator;

    // A named session with the method's four steps (over the API, as the Sessions page does),
    // and a step with the opinion map added in the console, statements moderated.
    const { api, session, run } = await sessionOverApi(facilitator, product.url, {
      title: "How we meet",
      question: "What would make our meetings better?",
      language: "en",
      anonymity: "named",
    });
    await console_.goto(`${product.url}${organisationPath}/sessions/${session.id}`);
    await console_.locator("#step-phase").selectOption("decide");
    await console_.getByLabel(en.console.methodName).fill("Opinion map");
    await console_.getByLabel(en.console.prompt).fill("Vote on each statement, and add your own.");
    await console_
      .getByLabel(en.opinions.designer.label)
      .selectOption({ label: en.opinions.designer.facilitator });
    await console_.getByRole("button", { name: en.console.addStep }).last().click();
    await console_.locator(".step-list li").filter({ hasText: "Opinion map" }).waitFor();
    await run("session.open", {});

    // Twenty simulated participants over the WebSocket.
    const simulated = await joinOverWebSocket(
      product.url,
      session,
      Array.from({ length: SIMULATED }, (_, i) => `Voter ${i + 1}`),
    );

    // One real phone, in Norwegian.
    const { phone, phoneErrors } = await joinOnNorwegianPhone(
      browser,
      product.url,
      session.joinCode,
      "Kari",
    );
    await phone.getByText(nb.participant.lobby).waitFor();

    await run("session.start", {});
    await console_
      .getByRole("button", { name: fill(en.console.startStepNamed, { name: "Opinion map" }) })
      .click();
    await console_.getByTestId("moderation-queue").waitFor();

    // The facilitator seeds the map; a participant's statement waits in the queue and is
    // approved in the console; the phone writes one too.
    for (const text of [COMMON, ...CAMP_A, ...CAMP_B]) await run("opinion.submit", { text });
    const [first] = simulated;
    if (!first) throw new Error("no simulated participants");
    await first.command("opinion.submit", { text: SUBMITTED }, "submit-1");
    const queue = console_.getByTestId("moderation-queue");
    await queue.getByText(SUBMITTED).waitFor();
    await queue
      .locator("li")
      .filter({ hasText: SUBMITTED })
      .getByRole("button", { name: en.opinions.console.approve })
      .click();
    await queue.getByText(en.opinions.console.queueEmpty).waitFor();

    await phone.getByTestId("statement-text").fill(PHONE_STATEMENT);
    await phone.getByRole("button", { name: nb.opinions.phone.submit }).click();
    await phone.getByText(nb.opinions.phone.sentPending).waitFor();
    await queue
      .locator("li")
      .filter({ hasText: PHONE_STATEMENT })
      .getByRole("button", { name: en.opinions.console.approve })
      .click();
    await queue.getByText(en.opinions.console.queueEmpty).waitFor();

    const state = (await api.get(`/api/sessions/${session.id}/view`)).state;
    const idOf = (text: string) =>
      Object.values(state.statements as Record<string, { id: string; text: string }>).find(
        (s) => s.text === text,
      )?.id ?? "";

    // Two camps. Everyone agrees on the common statement; a few pass on the rest.
    const vote = async (voter: LiveClient, index: number, statements: string[]) => {
      const campA = index % 2 === 0;
      for (const [s, text] of statements.entries()) {
        const agree = text === COMMON || CAMP_A.includes(text) === campA;
        const choice = (index + s) % 7 === 0 ? "pass" : agree ? "agree" : "disagree";
        await voter.command(
          "opinion.vote",
          { statementId: idOf(text), vote: choice },
          `vote-${index}-${idOf(text)}`,
        );
      }
    };
    await Promise.all(
      simulated.map((voter, index) => vote(voter, index, [COMMON, ...CAMP_A, ...CAMP_B])),
    );

    // The wall, for the room.
    const wall = await facilitator.context.newPage();
    const wallErrors = watchForPageErrors(wall);
    await wall.goto(`${product.url}/wall/${session.id}`);

    // The map appears on the console and the wall: a dot per voter, groups, common ground,
    // and what divides.
    for (const page of [console_, wall]) {
      await expect.poll(() => dots(page).count(), { timeout: 20_000 }).toBe(SIMULATED);
      await page.getByTestId("common-ground").getByText(COMMON).waitFor();
      await expect
        .poll(() => page.getByTestId("divisive").locator("li").count())
        .toBeGreaterThan(0);
    }
    await expect
      .poll(() => console_.getByTestId("opinion-group").count())
      .toBeGreaterThanOrEqual(2);
    const before = fill(en.opinions.console.updatedFrom, { votes: SIMULATED * 5 });
    await console_.getByText(before).waitFor();

    // The phone votes through its card: the routing offers each statement once, never its own.
    await expect
      .poll(() => phone.getByTestId("opinion-progress").textContent())
      .toBe(fill(nb.opinions.phone.progress, { voted: 0, total: 6 }));
    await phoneShot(phone, "opinion-map-phone-card", PHONE.width);
    for (let i = 0; i < 6; i += 1) {
      const text = (await phone.getByTestId("next-statement").textContent()) ?? "";
      expect(text).not.toBe(PHONE_STATEMENT);
      const agree = text === COMMON || CAMP_A.includes(text);
      await phone
        .getByRole("button", {
          name: agree ? nb.opinions.votes.agree : nb.opinions.votes.disagree,
          exact: true,
        })
        .click();
      await expect
        .poll(() => phone.getByTestId("opinion-progress").textContent())
        .toBe(fill(nb.opinions.phone.progress, { voted: i + 1, total: 6 }));
    }
    await phone.getByText(nb.opinions.phone.allDone).waitFor();
    // The box follows the session: it is ticked once the server has taken the choice.
    const showName = phone.getByLabel(nb.opinions.phone.showName);
    await showName.click();
    await expect.poll(() => showName.isChecked()).toBe(true);

    // The map updates live: the phone's dot and name join, and the latest votes are counted.
    for (const page of [console_, wall]) {
      await expect.poll(() => dots(page).count(), { timeout: 20_000 }).toBe(SIMULATED + 1);
      await page.getByTestId("opinion-map").getByText("Kari").waitFor();
    }
    // Late votes on the new statements move the map again.
    // (The first voter wrote SUBMITTED, and nobody votes on their own statement.)
    await Promise.all(
      simulated.map((voter, index) =>
        vote(voter, index, index === 0 ? [PHONE_STATEMENT] : [SUBMITTED, PHONE_STATEMENT]),
      ),
    );
    const after = fill(en.opinions.console.updatedFrom, { votes: SIMULATED * 7 + 6 - 1 });
    await console_.getByText(after).waitFor({ timeout: 20_000 });
    await screenshot(console_, "opinion-map-console");
    await screenshot(wall, "opinion-map-wall");

    // One click: the common ground becomes a proposal draft, and the phone shows it.
    await console_
      .getByTestId("common-ground")
      .locator("li")
      .filter({ hasText: COMMON })
      .getByRole("button", { name: en.opinions.console.draftProposal })
      .click();
    await console_.getByTestId("common-ground").getByText(en.opinions.console.isProposal).waitFor();
    await expect.poll(() => phone.getByTestId("proposal-text").textContent()).toBe(COMMON);
    await phoneShot(phone, "opinion-map-phone-proposal", PHONE.width);
    await screenshot(wall, "opinion-map-wall-proposal");

    for (const client of simulated) client.close();
    expect(consoleErrors).toEqual([]);
    expect(phoneErrors).toEqual([]);
    expect(wallErrors).toEqual([]);
  });
});
