import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { HttpClient } from "./support/live-api.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";
import { addMember, uploadTooLargeFile } from "./support/preparation.js";

/** An RFC 5545 text with its folded lines joined, as a calendar reads it. */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe.skipIf(!chromiumPath)("preparing a session in a real browser", () => {
  const shared = useProductInBrowser();

  it("finds the missing perspective, invites a member and an outsider, who answers from a phone", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    const organisationPath = await signUp(page, product.url, {
      displayName: "Kari Nordmann",
      email: "kari@sykehuset.example",
      organisationName: "Sykehuset Innlandet",
    });
    const organisationId = organisationPath.split("/").at(-1) ?? "";
    const cookies = await context.cookies();
    const api = new HttpClient(
      product.url,
      cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    );

    // A colleague joins the organisation, so there is a member to invite by account.
    await addMember(product.url, api, organisationId, {
      email: "ola@sykehuset.example",
      displayName: "Ola Hansen",
    });
    const session = await api.post(`/api/orgs/${organisationId}/sessions`, {
      title: "Night shift handovers",
      question: "How do we hand over patients at 07:00 without losing information?",
      language: "en",
      groundRules: ["One voice at a time", "Facts before opinions"],
      steps: [
        { phase: "share_facts", methodName: "Facts round", timeboxSeconds: 900 },
        { phase: "decide", methodName: "Consent round", timeboxSeconds: 1200 },
      ],
    });

    // From the sessions list to the Prepare page.
    await page.goto(`${product.url}${organisationPath}/sessions`);
    await page.getByRole("link", { name: en.preparation.link }).click();
    await page.waitForURL(/\/prepare$/);
    await page.getByRole("heading", { level: 1 }).waitFor();

    await page.fill('textarea[name="purpose"]', "Fewer errors at the morning handover");
    await page.fill('textarea[name="desiredOutcome"]', "A routine we try for a month");
    await page.fill('input[name="startsAt"]', "2026-12-03T13:00");
    await page.fill('input[name="durationMinutes"]', "90");
    await page.fill('input[name="place"]', "Room 4, Sykehusveien 1");
    await page.getByRole("button", { name: en.preparation.meeting.save }).click();
    await page.getByText(en.preparation.meeting.saved).waitFor();

    // Three required perspectives; nobody brings them yet, so all three are gaps.
    for (const [name, kind] of [
      ["Head of ward", "management"],
      ["Night nurses", "doing_the_work"],
      ["Pharmacist", "expert"],
    ] as const) {
      await page.fill('input[name="perspectiveName"]', name);
      await page.selectOption('select[name="perspectiveKind"]', kind);
      await page.getByRole("button", { name: en.preparation.perspectives.add }).click();
      await page.getByTestId("perspectives").getByText(name).waitFor();
      if (kind === "management") {
        // Management alone is not the whole picture: the page asks for those who do the work.
        const nudge = await page.getByTestId("essential-missing").textContent();
        expect(nudge).toContain(en.preparation.perspectives.kinds.doing_the_work.toLowerCase());
      }
    }
    expect(await page.getByTestId("essential-missing").count()).toBe(0);
    await expect.poll(() => page.getByTestId("gaps").textContent()).toContain("Pharmacist");

    // The member brings management; the outsider, the night nurses.
    const invite = page.locator(".prepare-invite");
    await invite
      .locator('select[name="userId"]')
      .selectOption({ label: "Ola Hansen (ola@sykehuset.example)" });
    await invite.getByLabel("Head of ward").check();
    await invite.getByRole("button", { name: en.preparation.invitees.invite }).click();
    await page.getByTestId("invitee").filter({ hasText: "Ola Hansen" }).waitFor();

    await invite.getByLabel(en.preparation.invitees.outsider).check();
    await invite.locator('input[name="inviteeName"]').fill("Kari Utenfor");
    await invite.locator('input[name="inviteeEmail"]').fill("kari@pasientforeningen.example");
    await invite.getByLabel("Night nurses").check();
    await invite.getByRole("button", { name: en.preparation.invitees.invite }).click();
    const outsiderRow = page.getByTestId("invitee").filter({ hasText: "Kari Utenfor" });
    const link = (await outsiderRow.getByTestId("invitation-link").textContent())?.trim() ?? "";
    expect(link).toMatch(/\/invited\/[\w-]{43}$/);

    // Only the pharmacist is missing now, and the page says so before anything is sent.
    const gaps = page.getByTestId("gaps");
    await expect.poll(() => gaps.textContent()).not.toContain("Night nurses");
    expect(await gaps.textContent()).toContain("Pharmacist");
    await screenshot(page, "preparation-01-gaps-and-links");

    // The outsider opens the link on a phone, in a browser of their own, with no login.
    const phoneContext = await browser.newContext({
      locale: "en-GB",
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
    });
    const phone = await phoneContext.newPage();
    const phoneErrors = watchForPageErrors(phone);
    await phone.goto(link);
    await phone
      .getByRole("heading", {
        level: 1,
        name: en.preparation.invited.title.replace("{{title}}", "Night shift handovers"),
      })
      .waitFor();
    await phone.getByText("How do we hand over patients at 07:00").waitFor();
    expect(await phone.getByTestId("agenda").textContent()).toContain("Consent round");
    await phone.getByText("Facts before opinions").waitFor();
    await screenshot(phone, "preparation-02-invitation-on-phone");

    const [download] = await Promise.all([
      phone.waitForEvent("download"),
      phone.getByRole("link", { name: en.preparation.invited.addToCalendar }).click(),
    ]);
    const ics = unfolded(readFileSync((await download.path()) ?? "", "utf8"));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("SUMMARY:Night shift handovers");
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics).toContain("LOCATION:Room 4\\, Sykehusveien 1");
    expect(ics).toContain(`URL;VALUE=URI:${link}`);
    const start = /DTSTART:(\d{8}T\d{6})Z/.exec(ics)?.[1] ?? "";
    const end = /DTEND:(\d{8}T\d{6})Z/.exec(ics)?.[1] ?? "";
    const asDate = (stamp: string) =>
      Date.parse(
        `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13)}Z`,
      );
    expect(asDate(end) - asDate(start)).toBe(90 * 60_000);

    await phone.getByLabel(en.preparation.invited.rsvp.yes).check();
    await phone.fill('textarea[name="note"]', "I bring the incident numbers");
    await phone.getByRole("button", { name: en.preparation.invited.send }).click();
    await phone.getByTestId("your-answer").waitFor();
    expect(await phone.getByTestId("your-answer").textContent()).toContain(
      en.preparation.invited.rsvp.yes,
    );
    await screenshot(phone, "preparation-03-answered-on-phone");

    // The facilitator sees the answer, the note and the coverage.
    await page.reload();
    await outsiderRow.getByText("I bring the incident numbers").waitFor();
    expect(await page.getByTestId("responses").textContent()).toContain("1 yes");
    const nurses = page
      .getByTestId("perspectives")
      .locator("li")
      .filter({ hasText: "Night nurses" });
    expect(await nurses.getByTestId("coverage").textContent()).toBe(
      en.preparation.perspectives.covered,
    );
    const pharmacist = page
      .getByTestId("perspectives")
      .locator("li")
      .filter({ hasText: "Pharmacist" });
    expect(await pharmacist.getByTestId("coverage").textContent()).toBe(
      en.preparation.perspectives.missing,
    );
    await screenshot(page, "preparation-04-responses");

    // The member invited by account finds the invitation after logging in, without a link.
    const memberContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const member = await memberContext.newPage();
    const memberErrors = watchForPageErrors(member);
    await member.goto(`${product.url}/login`);
    await member.fill('input[name="email"]', "ola@sykehuset.example");
    await member.fill('input[name="password"]', "another long passphrase");
    await member.getByRole("button", { name: en.login.submit }).click();
    await member.waitForURL(/\/orgs\/[^/]+$/);
    await member
      .getByTestId("my-invitations")
      .getByRole("link", { name: "Night shift handovers" })
      .click();
    await member.getByLabel(en.preparation.invited.rsvp.maybe).check();
    await member.getByRole("button", { name: en.preparation.invited.send }).click();
    await member.getByTestId("your-answer").waitFor();
    await screenshot(member, "preparation-04b-member-answered");
    expect(memberErrors).toEqual([]);
    await memberContext.close();
    await page.reload();
    await expect.poll(() => page.getByTestId("responses").textContent()).toContain("1 maybe");

    // A file too large is refused with a clear message; a small one is listed.
    await uploadTooLargeFile(page, en.preparation.materials.upload);
    await page.getByText(en.apiErrors.material_too_large).waitFor();
    await screenshot(page, "preparation-05-file-too-large");
    const fileForm = page.locator("form").filter({ has: page.locator('input[name="file"]') });
    await fileForm.locator('input[name="file"]').setInputFiles({
      name: "incidents.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\nIncident numbers\n%%EOF\n"),
    });
    await fileForm.getByRole("button", { name: en.preparation.materials.upload }).click();
    await page.getByTestId("materials").getByText("incidents.pdf").first().waitFor();

    // An invitation whose reply-by time has passed shows a clear page, not a form.
    const soon = new Date(Date.now() + 1_500).toISOString();
    const expiring = await api.post(`/api/sessions/${session.id}/invitations`, {
      name: "Per Sen",
      expiresAt: soon,
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await phone.goto(expiring.link);
    await phone
      .getByRole("heading", { level: 1, name: en.preparation.invited.expiredTitle })
      .waitFor();
    await screenshot(phone, "preparation-06-expired");

    expect(errors).toEqual([]);
    expect(phoneErrors).toEqual([]);
    await phoneContext.close();
    await context.close();
  });
});
