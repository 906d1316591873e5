import { readdir, readFile } from "node:fs/promises";
import { BUILT_IN_METHODS, LOCALES } from "@samspel/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, useProductInBrowser } from "./support/browser.js";
import { screenshot } from "./support/pages.js";
import { signedUpFacilitator } from "./support/session-setup.js";

// The build these tests read: `npm run build -w @samspel/web`, as for every e2e test.
const ASSETS = new URL("../apps/web/dist/assets/", import.meta.url);
const INDEX_HTML = new URL("../apps/web/dist/index.html", import.meta.url);

/**
 * A tripwire, not a target: the entry was 605 kB when the pages were split (1,030 kB before,
 * docs/architecture.md). Crossing it means something heavy came back into the first load.
 */
const MAX_ENTRY_BYTES = 700_000;

describe("the built web app", () => {
  it("carries none of the method library's texts, in any chunk", async () => {
    const names = (await readdir(ASSETS)).filter((name) => name.endsWith(".js"));
    const chunks = await Promise.all(names.map((name) => readFile(new URL(name, ASSETS), "utf8")));
    // The start of each method's purpose in each language: long enough to be its own, short
    // enough to stop before most quotes a minifier would escape.
    const found = BUILT_IN_METHODS.flatMap((method) =>
      LOCALES.map((locale) => method.texts[locale].purpose.slice(0, 40)).filter((text) =>
        chunks.some((chunk) => chunk.includes(text)),
      ),
    );
    expect(found).toEqual([]);
  });

  it("keeps its entry chunk small, the pages that are not the first screen left out", async () => {
    const html = await readFile(INDEX_HTML, "utf8");
    const entry = /<script type="module"[^>]* src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = await readFile(new URL(entry ?? "", ASSETS), "utf8");
    expect(Buffer.byteLength(code)).toBeLessThan(MAX_ENTRY_BYTES);
    for (const group of ["training-pages", "method-pages", "register-pages"]) {
      // Named only in the dynamic import that fetches it: a chunk of its own.
      expect(code).toMatch(new RegExp(`assets/${group}-[\\w-]+\\.js`));
    }
  });
});

/** Holds the requests for one chunk until `release` is called. */
async function holdChunk(page: Page, pattern: RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The organisation's tab for the page shown, which each page of the organisation draws. */
const currentTab = (page: Page, name: string) =>
  page.locator('nav.tabs a[aria-current="page"]', { hasText: name });

/** The first loading line's opacity at a point of its own animation (paused there). */
const loadingOpacityAt = (page: Page, milliseconds: number) =>
  page.evaluate((at) => {
    const line = document.querySelector(".loading");
    if (!line) throw new Error("no loading line");
    for (const animation of line.getAnimations()) {
      animation.pause();
      animation.currentTime = at;
    }
    return getComputedStyle(line).opacity;
  }, milliseconds);

describe.skipIf(!chromiumPath)("pages loaded when they are opened, in a real browser", () => {
  const shared = useProductInBrowser();

  it("shows a neutral loading line, invisible for a moment, until a page's chunk arrives", async () => {
    const { product, browser } = shared;
    const { context, page, errors } = await signedUpFacilitator(browser, product.url, {
      displayName: "Lotte Laden",
      email: "lotte@utrecht.example",
      organisationName: "Gemeente Utrecht",
    });
    const release = await holdChunk(page, /\/assets\/training-pages-[\w-]+\.js$/);

    await page.getByRole("link", { name: en.training.nav, exact: true }).click();
    const loading = page.getByRole("status").filter({ hasText: en.app.loading });
    await loading.waitFor();
    // A chunk that arrives within the moment never shows the line; a slow one does.
    expect(await loadingOpacityAt(page, 0)).toBe("0");
    expect(await loadingOpacityAt(page, 1_000)).toBe("1");
    await screenshot(page, "bundle-01-page-loading");

    release();
    await currentTab(page, en.training.nav).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says so, with a reload, when a page's chunk cannot be fetched; the header stays", async () => {
    const { product, browser } = shared;
    const facilitator = await signedUpFacilitator(browser, product.url, {
      displayName: "Joost Offline",
      email: "joost@arnhem.example",
      organisationName: "Gemeente Arnhem",
    });
    const { context, page, errors, organisationPath } = facilitator;
    const register = /\/assets\/register-pages-[\w-]+\.js$/;
    await page.route(register, (route) => route.abort("internetdisconnected"));

    await page.getByRole("link", { name: en.decisions.list.tab, exact: true }).click();
    await page.getByText(en.app.pageFailed).waitFor();
    await page.getByRole("link", { name: en.nav.account }).waitFor();
    await screenshot(page, "bundle-02-page-failed");

    // Elsewhere the failure is forgotten: the organisation's home is in the main chunk.
    await page.goBack();
    await page.waitForURL(`${product.url}${organisationPath}`);
    await page.getByRole("link", { name: en.decisions.list.tab, exact: true }).waitFor();
    expect(await page.getByText(en.app.pageFailed).count()).toBe(0);

    // Back on the register, the network is back: the reload brings the page.
    await page.getByRole("link", { name: en.decisions.list.tab, exact: true }).click();
    await page.getByText(en.app.pageFailed).waitFor();
    await page.unroute(register);
    await page.getByRole("button", { name: en.app.reload }).click();
    await currentTab(page, en.decisions.list.tab).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
