import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";
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

export interface NewSession {
  title: string;
  question: string;
  /** The session's own language, for its step names and record. */
  language: string;
}

/**
 * Creates a session through the form (the page must be English), waits for the method's four
 * steps, opens it, and answers with its join code.
 */
export async function createOpenSession(
  page: Page,
  baseUrl: string,
  organisationPath: string,
  session: NewSession,
): Promise<string> {
  await page.goto(`${baseUrl}${organisationPath}/sessions`);
  await page.getByLabel(en.sessions.titleField).fill(session.title);
  await page.getByLabel(en.sessions.question, { exact: true }).fill(session.question);
  await page.locator(`select[name="language"]`).selectOption(session.language);
  await page.getByRole("button", { name: en.sessions.submit }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  await page.getByTestId("join-code").filter({ hasNotText: "…" }).waitFor();
  await expect.poll(() => page.locator(".step-list li").count()).toBe(4);
  await page.getByRole("button", { name: en.console.openSession }).click();
  return (await page.getByTestId("join-code").textContent())?.trim() ?? "";
}

/** The phone's page, looked at: and nothing on it may be wider than the phone. */
export async function phoneShot(page: Page, name: string, phoneWidth: number): Promise<void> {
  await screenshot(page, name);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${name} is wider than the phone`).toBeLessThanOrEqual(phoneWidth);
}

/** Logs in through the form (the page must be English) and waits for the organisation page. */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', "a long enough passphrase");
  await page.getByRole("button", { name: en.login.submit }).click();
  await page.waitForURL(/\/orgs\/[^/]+$/);
}
