import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";

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
