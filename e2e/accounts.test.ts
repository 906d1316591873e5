import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { nl } from "../apps/web/src/i18n/nl.js";
import { sv } from "../apps/web/src/i18n/sv.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { screenshot, watchForPageErrors } from "./support/pages.js";

// Skipped only when the machine has no Chromium; support/browser.ts says so loudly.
describe.skipIf(!chromiumPath)("a new organisation in a real browser", () => {
  const shared = useProductInBrowser();

  it("signs up, invites a colleague who joins, and both switch language", async () => {
    const { product, browser } = shared;
    // The admin: an English-speaking browser on a laptop.
    const adminContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const admin = await adminContext.newPage();
    const adminErrors = watchForPageErrors(admin);

    await admin.goto(product.url);
    await admin.getByRole("heading", { level: 1, name: en.landing.title }).waitFor();
    await screenshot(admin, "01-landing");
    await admin.getByRole("link", { name: en.landing.signup }).click();

    // Bad input first: the form says what is wrong next to the field, and nothing is created.
    await admin.fill('input[name="displayName"]', "Kari Nordmann");
    await admin.fill('input[name="email"]', "kari.nordmann@lillehammer.example");
    await admin.fill('input[name="password"]', "short");
    await admin.fill('input[name="organisationName"]', "Lillehammer kommune");
    await admin.getByRole("button", { name: en.signup.submit }).click();
    const password = admin.locator('input[name="password"]');
    await expect.poll(() => password.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await password.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    const passwordError = await admin
      .locator(`[id="${describedBy?.split(" ").at(-1)}"]`)
      .textContent();
    expect(passwordError).toContain("10");
    await screenshot(admin, "02-signup-error");

    await password.fill("a long enough passphrase");
    await admin.getByRole("button", { name: en.signup.submit }).click();
    await admin.waitForURL(/\/orgs\/[^/]+$/);
    await admin.getByRole("heading", { level: 1, name: "Lillehammer kommune" }).waitFor();
    await screenshot(admin, "03-organisation-home");
    const organisationPath = new URL(admin.url()).pathname;

    // Invite a colleague as facilitator; the link is shown to pass on.
    await admin.goto(`${product.url}${organisationPath}/members`);
    const inviteForm = admin.getByTestId("invite-form");
    await inviteForm.locator('input[name="email"]').fill("ola.hansen@lillehammer.example");
    await inviteForm.locator('select[name="role"]').selectOption("facilitator");
    await inviteForm.getByRole("button", { name: en.invitations.submit }).click();
    const link = (await admin.getByTestId("invite-link").textContent())?.trim() ?? "";
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    await admin
      .getByTestId("pending-invitations")
      .getByText("ola.hansen@lillehammer.example")
      .waitFor();
    await screenshot(admin, "04-invitation-link");

    // The colleague: a Norwegian phone, no account. The page speaks Norwegian from the start.
    const colleagueContext = await browser.newContext({ locale: "nb-NO", viewport: PHONE });
    const colleague = await colleagueContext.newPage();
    const colleagueErrors = watchForPageErrors(colleague);
    await colleague.goto(link);
    await colleague
      .getByRole("heading", {
        name: nb.invite.title.replace("{{organisation}}", "Lillehammer kommune"),
      })
      .waitFor();
    expect(await colleague.evaluate(() => document.documentElement.lang)).toBe("nb");
    await screenshot(colleague, "05-invitation-nb-phone");
    await colleague.fill('input[name="displayName"]', "Ola Hansen");
    await colleague.fill('input[name="password"]', "et langt nok passord");
    await colleague
      .getByRole("button", {
        name: nb.invite.joinButton.replace("{{organisation}}", "Lillehammer kommune"),
      })
      .click();
    await colleague.waitForURL((url) => url.pathname === organisationPath);
    await colleague.getByText(nb.roles.facilitator).first().waitFor();
    await screenshot(colleague, "06-joined-nb-phone");

    // The link was single-use.
    const reuseContext = await browser.newContext({ locale: "en-GB", viewport: PHONE });
    const reuse = await reuseContext.newPage();
    await reuse.goto(link);
    await reuse.getByRole("heading", { name: en.invite.usedTitle }).waitFor();
    await reuseContext.close();

    // The admin sees the new member with the role they were given.
    await admin.reload();
    const members = admin.getByTestId("member-list");
    await members.getByText("Ola Hansen", { exact: true }).waitFor();
    const roleOfOla = members.getByLabel(en.members.roleFor.replace("{{name}}", "Ola Hansen"));
    expect(await roleOfOla.inputValue()).toBe("facilitator");

    // Both switch language; the choice survives a reload.
    await admin.getByTestId("language-switcher").selectOption("nl");
    await admin.getByRole("heading", { name: nl.members.title }).first().waitFor();
    expect(await admin.evaluate(() => document.documentElement.lang)).toBe("nl");
    await screenshot(admin, "07-members-nl");

    await colleague.getByTestId("language-switcher").selectOption("sv");
    await colleague.getByText(sv.roles.facilitator).first().waitFor();
    await colleague.reload();
    await colleague.getByText(sv.roles.facilitator).first().waitFor();
    expect(await colleague.evaluate(() => document.documentElement.lang)).toBe("sv");
    await screenshot(colleague, "08-organisation-sv-phone");

    await admin.reload();
    await admin.getByRole("heading", { name: nl.members.title }).first().waitFor();

    // The language is kept on the account too: a fresh browser in English logs in to Swedish.
    const elsewhere = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const laptop = await elsewhere.newPage();
    await laptop.goto(`${product.url}/login`);
    await laptop.fill('input[name="email"]', "ola.hansen@lillehammer.example");
    await laptop.fill('input[name="password"]', "not the password");
    await laptop.getByRole("button", { name: en.login.submit }).click();
    await laptop.getByText(en.apiErrors.invalid_credentials).waitFor();
    await screenshot(laptop, "09-login-wrong-password");
    await laptop.fill('input[name="password"]', "et langt nok passord");
    await laptop.getByRole("button", { name: en.login.submit }).click();
    await laptop.waitForURL(/\/orgs\//);
    await laptop.getByText(sv.roles.facilitator).first().waitFor();
    expect(await laptop.evaluate(() => document.documentElement.lang)).toBe("sv");

    expect(adminErrors).toEqual([]);
    expect(colleagueErrors).toEqual([]);
    await Promise.all([adminContext.close(), colleagueContext.close(), elsewhere.close()]);
  });
});
