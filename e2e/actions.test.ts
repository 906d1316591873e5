import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { HttpClient, LiveClient } from "./support/live-api.js";
import { phoneShot, screenshot, watchForPageErrors } from "./support/pages.js";

const { actions, decisions } = en;
const PASSWORD = "a long enough passphrase";
const DONE_ACTION = "Set up the permit team";
const LATE_ACTION = "Call last month's applicants";
const REVIEW_DATE = "2027-03-01";
const DUE_DATE = "2027-01-15";

/**
 * A decision taken in a session (driven over the API: the session itself is tested elsewhere),
 * with two actions the group gave "Mia" and a review date. Answers with the decision's id.
 */
async function decideWithActions(baseUrl: string, api: HttpClient, orgId: string): Promise<string> {
  const session = await api.post(`/api/orgs/${orgId}/sessions`, {
    title: "Faster building permits",
    question: "How do we shorten permit cases?",
    language: "en",
  });
  const run = (type: string, payload: unknown) =>
    api.post(`/api/sessions/${session.id}/commands`, {
      commandId: crypto.randomUUID(),
      type,
      payload,
    });
  const view = async () => (await api.get(`/api/sessions/${session.id}/view`)).state;
  await run("session.open", {});
  const mia = await api.post("/api/join", { code: session.joinCode, displayName: "Mia" });
  const phone = await LiveClient.open(baseUrl, session.id, mia.token);
  await run("session.start", {});
  await run("step.start", { stepId: (await view()).stepOrder.at(-1) });
  await run("proposal.draft", { text: "One team owns a permit case from start to end." });
  const proposalId = Object.keys((await view()).proposals)[0];
  await run("proposal.start_round", { proposalId, kind: "consent" });
  const roundId = (await view()).proposals[proposalId as string].roundIds[0];
  await phone.command("proposal.give_position", { roundId, position: "consent" }, "consent");
  await run("proposal.end_round", { roundId });
  await run("proposal.decide", {
    proposalId,
    actions: [
      { what: DONE_ACTION, owner: "Mia", dueDate: DUE_DATE },
      { what: LATE_ACTION, owner: "Mia", dueDate: "2026-01-15" },
    ],
    reviewDate: REVIEW_DATE,
  });
  phone.close();
  const decided = await api.get(`/api/orgs/${orgId}/decisions`);
  return decided.decisions[0].id;
}

async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.getByRole("button", { name: en.login.submit }).click();
  await page.waitForURL(/\/orgs\/[^/]+$/);
}

/**
 * An organisation led by Lise, with Mia as a member, their e-mail addresses at `domain` (one
 * product serves every test here): through the API, as sign-up and invitations have their own
 * test. Answers Lise's client, the organisation's id and both addresses.
 */
async function organisationWithMember(baseUrl: string, domain: string) {
  const emails = { leader: `lise@${domain}`, member: `mia@${domain}` };
  const admin = new HttpClient(baseUrl);
  const me = await admin.post("/api/auth/signup", {
    email: emails.leader,
    password: PASSWORD,
    displayName: "Lise Leder",
    organisationName: "Eksempel kommune",
  });
  const orgId: string = me.activeOrganisationId;
  const invitation = await admin.post(`/api/orgs/${orgId}/invitations`, {
    email: emails.member,
    role: "member",
  });
  await new HttpClient(baseUrl).post(
    `/api/invitations/${invitation.link.split("/invite/")[1]}/accept`,
    { displayName: "Mia Medlem", password: PASSWORD },
  );
  return { admin, orgId, emails };
}

/** The feed as a calendar app reads it: fetched without a login, parsed by its own library. */
async function calendarEvents(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      summary: event.summary,
      day: event.startDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
}

describe.skipIf(!chromiumPath)("following a decision's actions up", () => {
  const shared = useProductInBrowser();

  it("links an action to a member, who ticks it off, subscribes to the calendar, and the result is celebrated", async () => {
    const { product, browser } = shared;

    const { admin, orgId, emails } = await organisationWithMember(product.url, "permits.example");
    const decisionId = await decideWithActions(product.url, admin, orgId);

    // The leader links both actions to Mia on the decision page.
    const leaderContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const leader = await leaderContext.newPage();
    const leaderErrors = watchForPageErrors(leader);
    await logIn(leader, product.url, emails.leader);
    await leader.goto(`${product.url}/decisions/${decisionId}`);
    const items = leader.getByTestId("action-item");
    await expect.poll(() => items.count()).toBe(2);
    for (const index of [0, 1]) {
      const item = items.nth(index);
      await item.getByText(actions.panel.manage).click();
      const select = item.locator('select[name="ownerUserId"]');
      await expect.poll(() => select.locator("option").count()).toBe(3);
      await select.selectOption({ label: "Mia Medlem" });
      await item.getByRole("button", { name: actions.panel.saveManage }).click();
      await item.getByText(actions.panel.linkedTo.replace("{{name}}", "Mia Medlem")).waitFor();
    }
    await screenshot(leader, "actions-01-decision-owners-linked");

    // The leader's overdue list shows the late one.
    await leader.goto(`${product.url}/orgs/${orgId}/actions`);
    await leader.getByTestId("overdue-actions").getByText(LATE_ACTION).waitFor();
    await screenshot(leader, "actions-02-leader-overdue");

    // Mia finds both under My actions, the late one first and marked overdue.
    const memberContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const member = await memberContext.newPage();
    const memberErrors = watchForPageErrors(member);
    await logIn(member, product.url, emails.member);
    await member.getByRole("link", { name: actions.nav }).click();
    const mine = member.getByTestId("my-actions");
    await mine.waitFor();
    const mineItems = mine.getByTestId("action-item");
    await expect.poll(() => mineItems.count()).toBe(2);
    expect(await mineItems.nth(0).textContent()).toContain(LATE_ACTION);
    expect(await mineItems.nth(0).textContent()).toContain(actions.panel.overdue);
    await screenshot(member, "actions-03-my-actions");

    // She subscribes to her calendar feed; a calendar app fetches and reads it.
    const feed = member.getByTestId("calendar-feed");
    await feed.getByRole("button", { name: actions.feed.create }).click();
    const feedUrl = (await feed.getByTestId("feed-url").textContent())?.trim() ?? "";
    expect(feedUrl).toMatch(/\/api\/calendar\/[\w-]{43}\.ics$/);
    expect(
      await feed.getByRole("link", { name: actions.feed.subscribe }).getAttribute("href"),
    ).toBe(feedUrl.replace(/^http:/, "webcal:"));
    await screenshot(member, "actions-04-calendar-feed");
    // Members often follow their actions up on a phone: nothing may be wider than it.
    await member.setViewportSize(PHONE);
    await phoneShot(member, "actions-04-phone-my-actions", PHONE.width);
    await member.setViewportSize(DESKTOP);
    const events = await calendarEvents(feedUrl);
    expect(events).toEqual(
      expect.arrayContaining([
        { summary: `Action due: ${DONE_ACTION}`, day: DUE_DATE, allDay: true },
        { summary: "Decision review: Faster building permits", day: REVIEW_DATE, allDay: true },
      ]),
    );

    // She ticks the first off on her list, and drops the late one on the decision page.
    const doneItem = mineItems.filter({ hasText: DONE_ACTION });
    await doneItem.getByRole("button", { name: actions.panel.markDone }).click();
    await expect.poll(() => doneItem.getAttribute("data-status")).toBe("done");
    await member.goto(`${product.url}/decisions/${decisionId}`);
    const late = member.getByTestId("action-item").filter({ hasText: LATE_ACTION });
    await late.getByRole("button", { name: actions.panel.drop }).click();
    await late.getByRole("button", { name: actions.panel.confirmDrop }).click();
    await late.getByText(actions.panel.dropReasonRequired).waitFor();
    await late
      .getByLabel(actions.panel.dropReason)
      .fill("The applicants were called in the pilot.");
    await late.getByRole("button", { name: actions.panel.confirmDrop }).click();
    await expect.poll(() => late.getAttribute("data-status")).toBe("dropped");
    await late.getByText(actions.panel.comments.replace("{{count}}", "0")).click();
    await late.getByLabel(actions.panel.commentLabel).fill("Done in October, see the pilot notes.");
    await late.getByRole("button", { name: actions.panel.comment, exact: true }).click();
    await late.getByText("Done in October, see the pilot notes.").waitFor();
    await screenshot(member, "actions-05-decision-followed-up");

    // The due date has left her calendar; the review stays.
    const after = await calendarEvents(feedUrl);
    expect(after.map((event) => event.summary)).toEqual([
      "Decision review: Faster building permits",
    ]);

    // The organisation's home celebrates the decision.
    await member.goto(`${product.url}/orgs/${orgId}`);
    const celebrations = member.getByTestId("celebrations");
    await celebrations.getByText("Faster building permits").waitFor();
    expect(await celebrations.textContent()).toContain(
      actions.celebrate.actionsDone_one.replace("{{count}}", "1"),
    );
    await screenshot(member, "actions-06-org-home-celebrates");

    expect(leaderErrors).toEqual([]);
    expect(memberErrors).toEqual([]);
    await leaderContext.close();
    await memberContext.close();
  });

  it("stops calling an action overdue once its decision is revoked, and leaves it to close", async () => {
    const { product, browser } = shared;
    const { admin, orgId, emails } = await organisationWithMember(product.url, "reform.example");
    const decisionId = await decideWithActions(product.url, admin, orgId);
    // Both actions linked to Mia through the API: linking on the page is the test above.
    const { members } = await admin.get(`/api/orgs/${orgId}/members`);
    const mia = members.find((m: { displayName: string }) => m.displayName === "Mia Medlem");
    const given = await admin.get(`/api/decisions/${decisionId}/actions`);
    for (const action of given.actions) {
      await admin.request("PATCH", `/api/actions/${action.id}`, { ownerUserId: mia.userId });
    }

    // The leader revokes the decision on its page: the late action's overdue mark goes at once.
    const leaderContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const leader = await leaderContext.newPage();
    const leaderErrors = watchForPageErrors(leader);
    await logIn(leader, product.url, emails.leader);
    await leader.goto(`${product.url}/decisions/${decisionId}`);
    const late = leader.getByTestId("action-item").filter({ hasText: LATE_ACTION });
    await late.getByText(actions.panel.overdue).waitFor();
    const change = leader.getByRole("form", { name: decisions.lifecycle.change });
    await change.getByLabel(decisions.lifecycle.newStatus).selectOption("revoked");
    await change.getByLabel(decisions.lifecycle.reasonField).fill("The permit reform was stopped.");
    await change.getByRole("button", { name: decisions.lifecycle.submit }).click();
    await expect
      .poll(() => leader.getByTestId("decision-status").getAttribute("data-status"))
      .toBe("revoked");
    expect(await late.getAttribute("class")).not.toContain("action-item-overdue");
    expect(await late.textContent()).not.toContain(actions.panel.overdue);

    // Nothing of it is on the overdue list any more.
    await leader.goto(`${product.url}/orgs/${orgId}/actions`);
    await leader
      .getByTestId("overdue-actions")
      .or(leader.getByText(actions.overdue.none))
      .waitFor();
    expect(await leader.getByText(actions.overdue.none).count()).toBe(1);

    // Mia still finds both in her list, unflagged, told why and what to do.
    const memberContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const member = await memberContext.newPage();
    const memberErrors = watchForPageErrors(member);
    await logIn(member, product.url, emails.member);
    await member.goto(`${product.url}/orgs/${orgId}/actions`);
    const mineItems = member.getByTestId("my-actions").getByTestId("action-item");
    await expect.poll(() => mineItems.count()).toBe(2);
    const listedLate = mineItems.filter({ hasText: LATE_ACTION });
    const text = (await listedLate.textContent()) ?? "";
    expect(text).not.toContain(actions.panel.overdue);
    expect(text).toContain(decisions.statuses.revoked);
    expect(text).toContain(actions.mine.decisionEnded);
    await screenshot(member, "actions-07-revoked-decision-in-my-actions");

    // She ticks it off: the loose end is tied up, and the hint goes.
    await listedLate.getByRole("button", { name: actions.panel.markDone }).click();
    await expect.poll(() => listedLate.getAttribute("data-status")).toBe("done");
    expect(await listedLate.textContent()).not.toContain(actions.mine.decisionEnded);

    expect(leaderErrors).toEqual([]);
    expect(memberErrors).toEqual([]);
    await leaderContext.close();
    await memberContext.close();
  });
});
