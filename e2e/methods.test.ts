import { BUILT_IN_METHODS, type MethodList } from "@samspel/core";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { sv } from "../apps/web/src/i18n/sv.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const consentRound = BUILT_IN_METHODS.find((method) => method.id === "consent-round");
const ORGANISATION = "Lillehammer kommune";
const OWN_METHOD = "Kaffekoppen";

/** Invites someone with `role` from the admin's members page and has them join in a new browser. */
async function inviteAndJoin(
  browser: Browser,
  admin: Page,
  baseUrl: string,
  organisationPath: string,
  person: { name: string; email: string; role: "facilitator" | "member" },
): Promise<Page> {
  await admin.goto(`${baseUrl}${organisationPath}/members`);
  const inviteForm = admin.getByTestId("invite-form");
  await inviteForm.locator('input[name="email"]').fill(person.email);
  await inviteForm.locator('select[name="role"]').selectOption(person.role);
  await inviteForm.getByRole("button", { name: en.invitations.submit }).click();
  await admin.getByTestId("pending-invitations").getByText(person.email).waitFor();
  const link = (await admin.getByTestId("invite-link").textContent())?.trim() ?? "";
  const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(link);
  await page.fill('input[name="displayName"]', person.name);
  await page.fill('input[name="password"]', "a long enough passphrase");
  await page
    .getByRole("button", { name: en.invite.joinButton.replace("{{organisation}}", ORGANISATION) })
    .click();
  await page.waitForURL((url) => url.pathname === organisationPath);
  return page;
}

describe.skipIf(!chromiumPath)("the method library in a real browser", () => {
  const shared = useProductInBrowser();

  it("a Swedish-speaking visitor finds the consent round by searching in Swedish", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "sv-SE", viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);

    // From the front page, without an account.
    await page.goto(product.url);
    await page.getByRole("link", { name: sv.landing.methods }).click();
    await page.getByRole("heading", { level: 1, name: sv.methods.title }).waitFor();
    const cards = page.getByTestId("method-card");
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(40);
    await screenshot(page, "methods-01-library-sv");

    await page.getByLabel(sv.methods.search.label, { exact: true }).fill("samtycke");
    await page.getByRole("link", { name: "Samtyckesrunda" }).waitFor();
    expect(await cards.first().getByRole("heading").textContent()).toBe("Samtyckesrunda");
    await screenshot(page, "methods-02-search-samtycke");

    await page.getByRole("link", { name: "Samtyckesrunda" }).click();
    await page.getByRole("heading", { level: 2, name: "Samtyckesrunda" }).waitFor();
    const texts = consentRound?.texts.sv;
    if (!texts) throw new Error("the consent round is missing");
    const detail = page.getByTestId("method-detail");
    await detail.getByRole("heading", { name: sv.methods.detail.steps }).waitFor();
    for (const step of texts.steps) await detail.getByText(step, { exact: true }).waitFor();
    const pitfalls = page.getByTestId("method-pitfalls");
    for (const pitfall of texts.pitfalls) await pitfalls.getByText(pitfall).waitFor();
    await detail.getByText(sv.methods.rounds.consent, { exact: false }).first().waitFor();
    await screenshot(page, "methods-03-consent-round-sv");

    // The same method on a phone, read in Dutch by choice while the interface stays Swedish.
    await page.setViewportSize(PHONE);
    await page.goto(`${product.url}/methods/consent-round?lang=nl`);
    await page.getByRole("heading", { level: 2, name: "Consentronde" }).waitFor();
    await page.getByRole("heading", { name: sv.methods.detail.pitfalls }).waitFor();
    await screenshot(page, "methods-04-consent-round-nl-phone");

    expect(errors).toEqual([]);
    await context.close();
  });

  it("a facilitator adds an organisation method that members see and the public never does", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const admin = await context.newPage();
    const errors = watchForPageErrors(admin);
    const organisationPath = await signUp(admin, product.url, {
      displayName: "Anne Admin",
      email: "anne@lillehammer.example",
      organisationName: ORGANISATION,
    });
    const facilitator = await inviteAndJoin(browser, admin, product.url, organisationPath, {
      name: "Frida Fasilitator",
      email: "frida@lillehammer.example",
      role: "facilitator",
    });
    const member = await inviteAndJoin(browser, admin, product.url, organisationPath, {
      name: "Mats Medlem",
      email: "mats@lillehammer.example",
      role: "member",
    });
    errors.push(...watchForPageErrors(facilitator), ...watchForPageErrors(member));

    // The facilitator writes the method in Norwegian from the organisation's Methods tab.
    await facilitator
      .getByRole("navigation", { name: en.nav.orgSections })
      .getByRole("link", { name: en.methods.own.tab })
      .click();
    const own = facilitator.getByTestId("own-methods");
    await own.getByText(en.methods.own.empty).waitFor();
    await own.getByRole("button", { name: en.methods.own.add }).click();
    // An empty form first: the errors name the fields.
    await own.getByRole("button", { name: en.methods.form.create }).click();
    await own.locator('input[name="name"][aria-invalid="true"]').waitFor();
    await screenshot(facilitator, "methods-05-own-method-errors");

    await own.locator('select[name="language"]').selectOption("nb");
    await own.locator('select[name="category"]').selectOption("opening");
    await own.locator('input[name="name"]').fill(OWN_METHOD);
    await own
      .locator('textarea[name="purpose"]')
      .fill("Alle forteller hva som står på kaffekoppen deres.");
    await own.locator('textarea[name="whenToUse"]').fill("Når teamet møtes mandag morgen.");
    await own
      .locator('textarea[name="steps"]')
      .fill("Alle ser på koppen sin.\nRunde: fortell hva som står på den.");
    await own.locator('input[name="question"]').fill("Hva står det på koppen din?");
    await own.locator('textarea[name="goodQuestions"]').fill("Hold det lett.");
    await own.locator('textarea[name="pitfalls"]').fill("Noen drikker te.");
    await own.locator('select[name="round"]').selectOption("speaking");
    await own.getByRole("button", { name: en.methods.form.create }).click();
    await facilitator.getByRole("heading", { level: 2, name: OWN_METHOD }).waitFor();
    await facilitator.getByText("Noen drikker te.").waitFor();
    await screenshot(facilitator, "methods-06-own-method");

    // A member finds it in the organisation's library, marked as the organisation's own.
    await member.goto(`${product.url}${organisationPath}/methods`);
    await member.getByLabel(en.methods.search.label, { exact: true }).fill("kaffe");
    const card = member.getByTestId("method-card").filter({ hasText: OWN_METHOD });
    await card.getByText(en.methods.card.own).waitFor();
    await member.getByTestId("own-methods").getByRole("link", { name: OWN_METHOD }).waitFor();
    await screenshot(member, "methods-07-member-sees-own-method");
    await card.getByRole("link", { name: OWN_METHOD }).click();
    await member.getByRole("heading", { level: 2, name: OWN_METHOD }).waitFor();
    expect(await member.getByRole("button", { name: en.methods.own.edit }).count()).toBe(0);

    // An anonymous visitor's public library does not include it.
    const visitorContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${product.url}/methods`);
    await visitor.getByLabel(en.methods.search.label, { exact: true }).fill("kaffe");
    await visitor.getByText(en.methods.search.none).waitFor();
    const publicList = (await (
      await visitor.request.get(`${product.url}/api/methods?lang=nb`)
    ).json()) as MethodList;
    expect(publicList.methods.map((method) => method.name)).not.toContain(OWN_METHOD);
    await screenshot(visitor, "methods-08-public-library-without-own-method");

    expect(errors).toEqual([]);
    await visitorContext.close();
    await context.close();
  });
});
