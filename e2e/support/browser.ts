import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type RunningProduct, startProduct } from "./server.js";

/**
 * Debian's Chromium, never a downloaded one (the machines reach no browser CDN). The flags keep
 * it quiet on a closed network: without --disable-background-networking it retries Google's
 * hosts over and over.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const chromiumPath = CANDIDATES.find((candidate): candidate is string =>
  Boolean(candidate && existsSync(candidate)),
);

if (!chromiumPath) {
  console.warn(
    "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n" +
      "!! No Chromium found (/usr/bin/chromium or CHROMIUM_PATH): BROWSER TESTS SKIPPED.\n" +
      "!! Install it with `apt-get install -y chromium` (.ci/run does this).\n" +
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n",
  );
}

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error("no Chromium");
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * The product as `npm start` runs it and one Chromium, shared by the tests of a describe block:
 * started before them, stopped after them.
 */
export function useProductInBrowser(): { product: RunningProduct; browser: Browser } {
  const shared = {} as { product: RunningProduct; browser: Browser };
  beforeAll(async () => {
    [shared.product, shared.browser] = await Promise.all([startProduct(), launchBrowser()]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.product?.stop();
  });
  return shared;
}
