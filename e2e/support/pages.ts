import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { en } from "../../apps/web/src/i18n/en.js";

const ARTIFACTS = new URL("../artifacts/", import.meta.url);

/** Full-page screenshots to look at after a run: e2e/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
}

/**
 * Collects what a user would never see but a developer must: uncaught page errors. Console
 * errors for expected 4xx answers are left out on purpose; the tests assert those in the page.
 */
export function watchForPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export interface NewAccount {
  displayName: string;
  email: string;
  organisationName: string;
}

/**
 * Signs up through the form, as a new user does (the page must be English), and answers with
 * the new organisation's path, `/orgs/<id>`.
 */
export async function signUp(page: Page, baseUrl: string, account: NewAccount): Promise<string> {
  await page.goto(`${baseUrl}/signup`);
  await page.fill('input[name="displayName"]', account.displayName);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', "a long enough passphrase");
  await page.fill('input[name="organisationName"]', account.organisationName);
  await page.getByRole("button", { name: en.signup.submit }).click();
  await page.waitForURL(/\/orgs\/[^/]+$/);
  return new URL(page.url()).pathname;
}
