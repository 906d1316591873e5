import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { sv } from "../apps/web/src/i18n/sv.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const GROUND_RULE = "One voice at a time.";

type Dictionary = typeof en;

interface Participant {
  name: string;
  text: string;
  t: Dictionary;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce(
    (text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)),
    template,
  );

// Skipped only when the machine has no Chromium; support/browser.ts says so loudly.
describe.skipIf(!chromiumPath)("a live session in a real browser", () => {
  const shared = useProductInBrowser();

  it("runs a session with three participants: write, round, dot vote, reload", async () => {
    const { product, browser } = shared;
    // The facilitator: an English laptop.
    const facilitatorContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const console_ = await facilitatorContext.newPage();
    const consoleErrors = watchForPageErrors(console_);

    const organisationPath = await signUp(console_, product.url, {
      displayName: "Ingrid Fasilitator",
      email: "ingrid@lillehammer.example",
      organisationName: "Lillehammer kommune",
    });

    // A session, created on the Sessions page.
    await console_.goto(`${product.url}${organisationPath}/sessions`);
    await console_.getByLabel(en.sessions.titleField).fill("Onboarding of new staff");
    await console_
      .getByLabel(en.sessions.question, { exact: true })
      .fill("What slows down onboarding today?");
    await console_.getByLabel(en.sessions.groundRules).fill(GROUND_RULE);
    await console_.getByRole("button", { name: en.sessions.submit }).click();
    await console_.waitForURL(/\/sessions\/[^/]+$/);
    const sessionId = new URL(console_.url()).pathname.split("/").at(-1) ?? "";
    await console_.getByTestId("join-code").filter({ hasNotText: "…" }).waitFor();
    await expect
      .poll(() => console_.getByTestId("session-status").getAttribute("data-status"))
      .toBe("draft");

    // One step that shares facts, with three dots each for voting (share_facts has none by
    // default, so the console's dots field sets them).
    await console_.locator("#step-phase").selectOption("share_facts");
    await console_.getByLabel(en.console.methodName).fill("Facts and votes");
    await console_.getByLabel(en.console.prompt).fill("Name one fact about onboarding.");
    await console_.getByLabel(en.console.dots).fill("3");
    await console_.getByRole("button", { name: en.console.addStep }).last().click();
    await console_.locator(".step-list li").getByText("Facts and votes").waitFor();
    await console_.getByRole("button", { name: en.console.openSession }).click();
    await expect
      .poll(() => console_.getByTestId("session-status").getAttribute("data-status"))
      .toBe("open");
    const code = (await console_.getByTestId("join-code").textContent())?.trim() ?? "";
    expect(code).not.toBe("");

    // Three participants: a Norwegian phone, a Swedish laptop, an English laptop.
    const people: Array<{ name: string; text: string; locale: string; t: Dictionary }> = [
      { name: "Kari", text: "New hires wait two weeks for a laptop.", locale: "nb-NO", t: nb },
      { name: "Sven", text: "Nobody knows who orders access cards.", locale: "sv-SE", t: sv },
      { name: "Alex", text: "The handbook is from 2019.", locale: "en-GB", t: en },
    ];
    const participants: Participant[] = [];
    for (const [index, person] of people.entries()) {
      const context = await browser.newContext({
        locale: person.locale,
        viewport: index === 0 ? PHONE : DESKTOP,
        ...(index === 0 && { isMobile: true, hasTouch: true }),
      });
      const page = await context.newPage();
      const errors = watchForPageErrors(page);
      const { t } = person;
      await page.goto(`${product.url}/join`);
      await page.getByLabel(t.join.code).fill(code.toLowerCase());
      await page.getByRole("button", { name: t.join.find }).click();
      await page.getByLabel(t.join.name).fill(person.name);
      if (index === 0) await screenshot(page, "live-01-join-phone-nb");
      await page.getByRole("button", { name: t.join.submit, exact: true }).click();
      await page.waitForURL(/\/s\/[^/]+$/);
      await page.getByText(GROUND_RULE).waitFor();
      await page.getByRole("button", { name: t.participant.acknowledge }).click();
      await page.getByText(t.participant.lobby).waitFor();
      participants.push({ ...person, context, page, errors });
    }
    const [phone] = participants;
    if (!phone) throw new Error("no participants");
    expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe("nb");

    // The console lists all three, each having agreed to the ground rules.
    const people_ = console_.getByTestId("participant-list");
    await expect.poll(() => people_.locator("li").count()).toBe(3);
    await expect.poll(() => people_.getByText(en.console.acknowledged).count()).toBe(3);

    await console_.getByRole("button", { name: en.console.start }).click();
    await console_
      .getByRole("button", { name: fill(en.console.startStepNamed, { name: "Facts and votes" }) })
      .click();
    await console_.getByText(en.console.current).waitFor();

    // Each writes one contribution; everyone sees all three live.
    for (const participant of participants) {
      const input = participant.page.getByTestId("contribution-input");
      await input.fill(participant.text);
      await participant.page.getByRole("button", { name: participant.t.participant.send }).click();
      await expect.poll(() => input.inputValue()).toBe("");
    }
    for (const participant of participants) {
      const list = participant.page.getByTestId("contribution-list");
      await expect.poll(() => list.getByTestId("contribution").count()).toBe(3);
      for (const { text } of participants) await list.getByText(text).waitFor();
      // Only their own is marked as theirs.
      const mine = list.getByTestId("contribution").filter({
        hasText: participant.t.board.mine,
      });
      expect(await mine.count()).toBe(1);
      expect(await mine.textContent()).toContain(participant.text);
    }
    await expect
      .poll(() => console_.getByTestId("contribution-list").getByTestId("contribution").count())
      .toBe(3);
    await screenshot(phone.page, "live-02-phone-contributions");

    // A speaking round: whoever has the turn is done, the next passes.
    await console_.getByRole("button", { name: en.console.startRound }).click();
    const whoseTurn = async () => {
      const turns = await Promise.all(
        participants.map((p) => p.page.getByText(p.t.participant.yourTurn).count()),
      );
      const holders = participants.filter((_, index) => (turns[index] ?? 0) > 0);
      return holders.length === 1 ? holders[0] : undefined;
    };
    await expect.poll(async () => (await whoseTurn())?.name).toBeTruthy();
    const first = await whoseTurn();
    if (!first) throw new Error("nobody has the turn");
    await screenshot(console_, "live-03-console-round");
    await first.page.getByRole("button", { name: first.t.participant.done }).click();
    await expect.poll(async () => (await whoseTurn())?.name).not.toBe(first.name);
    await expect.poll(async () => (await whoseTurn())?.name).toBeTruthy();
    const second = await whoseTurn();
    if (!second) throw new Error("nobody has the second turn");
    await screenshot(second.page, "live-04-second-turn");
    await second.page.getByRole("button", { name: second.t.participant.pass }).click();
    await expect.poll(async () => (await whoseTurn())?.name).not.toBe(second.name);

    // Dot voting: the phone places a dot on someone else's idea; its dots left drop from 3 to 2.
    const dotsLeft = phone.page.locator(".dots-left");
    await expect
      .poll(() => dotsLeft.textContent())
      .toBe(fill(nb.participant.dotsLeft_other, { count: 3 }));
    const target = phone.page
      .getByTestId("contribution")
      .filter({ hasText: participants[1]?.text ?? "" });
    await target.getByRole("button", { name: nb.participant.addDot }).click();
    await expect
      .poll(() => dotsLeft.textContent())
      .toBe(fill(nb.participant.dotsLeft_other, { count: 2 }));
    await screenshot(phone.page, "live-05-phone-voted");

    // Mid-way, the phone reloads: same identity, its contribution still marked as its own and
    // its dot still spent.
    await phone.page.reload();
    const list = phone.page.getByTestId("contribution-list");
    await expect.poll(() => list.getByTestId("contribution").count()).toBe(3);
    const mine = list.getByTestId("contribution").filter({ hasText: nb.board.mine });
    expect(await mine.count()).toBe(1);
    expect(await mine.textContent()).toContain(phone.text);
    await expect
      .poll(() => dotsLeft.textContent())
      .toBe(fill(nb.participant.dotsLeft_other, { count: 2 }));
    await screenshot(phone.page, "live-06-phone-after-reload");

    await screenshot(console_, "live-07-console");

    // The wall, in the facilitator's browser.
    const wall = await facilitatorContext.newPage();
    const wallErrors = watchForPageErrors(wall);
    await wall.setViewportSize({ width: 1600, height: 900 });
    await wall.goto(`${product.url}/wall/${sessionId}`);
    await expect.poll(() => wall.getByTestId("contribution").count()).toBe(3);
    // The code shows "…" until the session's summary has loaded.
    await expect
      .poll(async () => (await wall.getByTestId("join-code").textContent())?.trim())
      .toBe(code);
    await wall.getByRole("img", { name: en.wall.qr }).waitFor();
    await screenshot(wall, "live-08-wall");

    expect(consoleErrors).toEqual([]);
    expect(wallErrors).toEqual([]);
    for (const participant of participants) expect(participant.errors).toEqual([]);
    await Promise.all([
      facilitatorContext.close(),
      ...participants.map((participant) => participant.context.close()),
    ]);
  });
});
