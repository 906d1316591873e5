import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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
