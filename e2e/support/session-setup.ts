import type { Browser, BrowserContext, Page } from "playwright-core";
import { nb } from "../../apps/web/src/i18n/nb.js";
import { DESKTOP, PHONE } from "./browser.js";
import { facilitatorCommands, HttpClient } from "./live-api.js";
import { type NewAccount, signUp, watchForPageErrors } from "./pages.js";

/** An i18next template with its values put in, as the page shows it. */
export const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce(
    (text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)),
    template,
  );

/**
 * A facilitator signed up in a desktop browser in English: the console's page, its page errors,
 * and the new organisation's path and id.
 */
export async function signedUpFacilitator(browser: Browser, baseUrl: string, account: NewAccount) {
  const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
  const page = await context.newPage();
  const errors = watchForPageErrors(page);
  const organisationPath = await signUp(page, baseUrl, account);
  const organisationId = organisationPath.split("/").at(-1) ?? "";
  return { context, page, errors, organisationPath, organisationId };
}

/**
 * A session created over the API with the signed-in facilitator's cookies (as the Sessions page
 * does), and `run` for the facilitator's commands on it.
 */
export async function sessionOverApi(
  facilitator: { context: BrowserContext; organisationId: string },
  baseUrl: string,
  body: Record<string, unknown>,
) {
  const { context, organisationId } = facilitator;
  const cookies = await context.cookies();
  const api = new HttpClient(baseUrl, cookies.map((c) => `${c.name}=${c.value}`).join("; "));
  const session: { id: string; joinCode: string } = await api.post(
    `/api/orgs/${organisationId}/sessions`,
    body,
  );
  return { api, session, run: facilitatorCommands(api, session.id) };
}

/** A real phone, in Norwegian, joined by code under `name`; its page errors are collected. */
export async function joinOnNorwegianPhone(
  browser: Browser,
  baseUrl: string,
  joinCode: string,
  name: string,
): Promise<{ phone: Page; phoneErrors: string[] }> {
  const phoneContext = await browser.newContext({
    locale: "nb-NO",
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  const phoneErrors = watchForPageErrors(phone);
  await phone.goto(`${baseUrl}/join`);
  await phone.getByLabel(nb.join.code).fill(joinCode);
  await phone.getByRole("button", { name: nb.join.find }).click();
  await phone.getByLabel(nb.join.name).fill(name);
  await phone.getByRole("button", { name: nb.join.submit, exact: true }).click();
  await phone.waitForURL(/\/s\/[^/]+$/);
  return { phone, phoneErrors };
}
