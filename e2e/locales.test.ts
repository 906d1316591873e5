import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { sv } from "../apps/web/src/i18n/sv.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { phoneShot, screenshot, watchForPageErrors } from "./support/pages.js";
import { fill, sessionOverApi, signedUpFacilitator } from "./support/session-setup.js";

declare global {
  interface Window {
    /** The page's text after each DOM change, from before the first render on. */
    seenTexts: string[];
  }
}

/**
 * A page that records its own text after every DOM change (a MutationObserver fires before the
 * browser paints), so a test sees each state a reader could have seen, however short; and the
 * language chunks it fetched (Vite names each after its module: `assets/nb-<hash>.js`).
 */
async function watchedPage(context: BrowserContext) {
  await context.addInitScript(() => {
    window.seenTexts = [];
    new MutationObserver(() => {
      window.seenTexts.push(document.body?.textContent ?? "");
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  const errors = watchForPageErrors(page);
  const languageChunks: string[] = [];
  page.on("request", (request) => {
    const chunk = /\/assets\/(en|nb|sv|nl)-[\w-]+\.js$/.exec(request.url());
    if (chunk?.[1]) languageChunks.push(chunk[1]);
  });
  const seen = () => page.evaluate(() => window.seenTexts.filter((text) => text.trim()));
  return { page, errors, languageChunks, seen };
}

const showing = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).first().waitFor();

// Skipped only when the machine has no Chromium; support/browser.ts says so loudly.
describe.skipIf(!chromiumPath)("each language loads when it is needed, never English first", () => {
  const shared = useProductInBrowser();

  it("shows a Norwegian phone Norwegian from the first render, and loads only Norwegian", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "nb-NO", viewport: PHONE, isMobile: true });
    const { page, errors, languageChunks, seen } = await watchedPage(context);

    await page.goto(`${product.url}/join`);
    await page.getByLabel(nb.join.code).waitFor();
    await phoneShot(page, "locales-01-join-nb-first-load", PHONE.width);

    const texts = await seen();
    expect(texts.length).toBeGreaterThan(0);
    // The skip link is the app's first line on every page: its language is the page's.
    expect(texts.filter((text) => text.includes(en.app.skipToContent))).toEqual([]);
    expect(texts.every((text) => text.includes(nb.app.skipToContent))).toBe(true);
    expect(languageChunks).toEqual(["nb"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nb");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("loads no other language for an English reader", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const { page, errors, languageChunks } = await watchedPage(context);

    await page.goto(`${product.url}/login`);
    await page.getByRole("button", { name: en.login.submit }).waitFor();
    expect(languageChunks).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("falls back to English, not a blank page, when the Norwegian chunk cannot be fetched", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "nb-NO", viewport: PHONE, isMobile: true });
    const { page, errors } = await watchedPage(context);
    await page.route(/\/assets\/nb-[\w-]+\.js$/, (route) => route.abort());

    await page.goto(`${product.url}/join`);
    await page.getByLabel(en.join.code).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("switches from Norwegian to Swedish in the header without English in between", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP });
    const { page, errors, languageChunks, seen } = await watchedPage(context);

    await page.goto(`${product.url}/login`);
    await page.getByRole("button", { name: nb.login.submit }).waitFor();
    await page.getByTestId("language-switcher").selectOption("sv");
    await page.getByRole("button", { name: sv.login.submit }).waitFor();
    await screenshot(page, "locales-02-login-switched-to-sv");

    const texts = await seen();
    expect(texts.filter((text) => text.includes(en.app.skipToContent))).toEqual([]);
    expect(texts.at(-1)).toContain(sv.app.skipToContent);
    expect(languageChunks).toEqual(["nb", "sv"]);

    // Remembered: the next visit starts in Swedish and fetches Swedish alone.
    languageChunks.length = 0;
    await page.reload();
    await page.getByRole("button", { name: sv.login.submit }).waitFor();
    expect(languageChunks).toEqual(["sv"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a Norwegian session's wall in Norwegian to an English facilitator", async () => {
    const { product, browser } = shared;
    const facilitator = await signedUpFacilitator(browser, product.url, {
      displayName: "Ingrid Fasilitator",
      email: "ingrid@hamar.example",
      organisationName: "Hamar kommune",
    });
    const { session, run } = await sessionOverApi(facilitator, product.url, {
      title: "Ny barnehage",
      question: "",
      language: "nb",
    });
    await run("step.add", { step: { phase: "share_facts", methodName: "Fakta" } });
    await run("session.open", {});
    const { page, errors, languageChunks, seen } = await watchedPage(facilitator.context);

    await page.goto(`${product.url}/wall/${session.id}`);
    const host = new URL(product.url).host;
    await showing(page, fill(nb.wall.joinAt, { host }));
    await screenshot(page, "locales-03-wall-nb-for-en-reader");

    const texts = await seen();
    expect(texts.filter((text) => text.includes(fill(en.wall.joinAt, { host })))).toEqual([]);
    expect(languageChunks).toEqual(["nb"]);
    expect(errors).toEqual([]);
    expect(facilitator.errors).toEqual([]);
    await facilitator.context.close();
  });
});
