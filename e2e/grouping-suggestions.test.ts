import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, PHONE, useProductInBrowser } from "./support/browser.js";
import { joinOverWebSocket } from "./support/live-api.js";
import { phoneShot, screenshot } from "./support/pages.js";
import {
  fill,
  joinOnNorwegianPhone,
  sessionOverApi,
  signedUpFacilitator,
} from "./support/session-setup.js";

/*
 * Issue 8, grouping suggestions: thirty reflections in Norwegian on four themes (and two
 * loners), written over the WebSocket; the facilitator asks for suggested groups, renames one,
 * takes a stray reflection out of it, rejects one and accepts the rest; the groups appear on a
 * participant's phone.
 */

const REFLECTIONS = [
  "Møtene våre varer altfor lenge",
  "Mange møter har ingen agenda",
  "Vi bør sende agenda før møtene",
  "Korte møter med tydelig agenda hadde hjulpet",
  "Det er for mange møter i uka",
  "Møtene starter sjelden presis",
  "Halvparten av møtene kunne vært en e-post",
  "Referat fra møtene blir aldri sendt ut",
  "Saksbehandlingen tar for lang tid",
  "Søkerne venter månedsvis på svar i saken sin",
  "Ventetiden for byggesaker er for lang",
  "Enkle saker burde behandles samme dag",
  "Saksbehandlingen stopper når en saksbehandler er borte",
  "Byggesaker blir liggende i kø hos saksbehandler",
  "Søkerne får ikke vite hvor saken står",
  "Nyansatte får for lite opplæring",
  "Opplæringen av nyansatte er tilfeldig",
  "Nyansatte burde få en fadder den første måneden",
  "Det mangler en sjekkliste for første dag for nyansatte",
  "Vikarer får ingen opplæring i systemene",
  "Opplæring i fagsystemet tar for lang tid å få",
  "En fadder for nyansatte ville gjort starten lettere",
  "Det er for få parkeringsplasser ved rådhuset",
  "Parkeringen ved rådhuset er full hver morgen",
  "Vi trenger flere plasser for sykkelparkering",
  "Sykkelparkeringen mangler tak",
  "Ladeplasser for elbil på parkeringen hadde hjulpet",
  "Besøkende finner ikke parkering",
  "Kantina burde være åpen lenger",
  "Kaffen på pauserommet er dårlig",
];
const WRITERS = 6;
const RENAMED = "Møtekultur";
/** Suggested into the meetings group by a shared word; the facilitator takes it out. */
const STRAY = "Kantina burde være åpen lenger";

describe.skipIf(!chromiumPath)("grouping suggestions in a real browser", () => {
  const shared = useProductInBrowser();

  it("suggests groups of thirty reflections; edited, rejected and accepted, they reach the phone", async () => {
    const { product, browser } = shared;
    // The facilitator reads the console in English; the session, its reflections and the phone are Norwegian.
    const facilitator = await signedUpFacilitator(browser, product.url, {
      displayName: "Ingrid Fasilitator",
      email: "ingrid@grouping.example",
      organisationName: "Gjøvik kommune",
    });
    const { page: console_, errors: consoleErrors, organisationPath } = facilitator;
    const { api, session, run } = await sessionOverApi(facilitator, product.url, {
      title: "Hverdagen vår",
      question: "Hva gjør arbeidsdagen tyngre enn den trenger å være?",
      language: "nb",
    });
    const [, reflectStep, discoverStep] = (await api.get(`/api/sessions/${session.id}/view`)).state
      .stepOrder as string[];
    await run("session.open", {});

    const writers = await joinOverWebSocket(
      product.url,
      session,
      Array.from({ length: WRITERS }, (_, i) => `Deltaker ${i + 1}`),
    );
    const { phone, phoneErrors } = await joinOnNorwegianPhone(
      browser,
      product.url,
      session.joinCode,
      "Kari",
    );

    // Step 2: thirty reflections, written one after the other (their order is the board's).
    await run("session.start", {});
    await run("step.start", { stepId: reflectStep });
    for (const [i, text] of REFLECTIONS.entries()) {
      const writer = writers[i % WRITERS];
      if (!writer) throw new Error("no writer");
      await writer.command("contribution.add", { kind: "reflection", text }, `reflection-${i}`);
    }
    await run("step.reveal", { stepId: reflectStep });
    await run("step.start", { stepId: discoverStep });

    // Step 3 on the console: suggest groups.
    await console_.goto(`${product.url}${organisationPath}/sessions/${session.id}`);
    await console_.getByRole("button", { name: en.grouping.suggest }).click();
    const suggestions = console_.getByTestId("suggestion");
    await expect.poll(() => suggestions.count()).toBeGreaterThanOrEqual(3);
    const count = await suggestions.count();
    await screenshot(console_, "grouping-suggestions-console");

    // Rename the meetings suggestion and take the stray reflection out of it.
    const meetings = suggestions.filter({ hasText: "Møtene våre varer altfor lenge" });
    await meetings.getByLabel(en.grouping.name).fill(RENAMED);
    await meetings
      .getByRole("button", { name: fill(en.grouping.removeNamed, { text: STRAY }) })
      .click();
    await expect.poll(() => meetings.getByText(STRAY).count()).toBe(0);

    // Reject the case-handling suggestion; accept all the rest.
    const caseHandling = suggestions.filter({ hasText: "Saksbehandlingen tar for lang tid" });
    const rejectedName = await caseHandling.getByLabel(en.grouping.name).inputValue();
    await caseHandling
      .getByRole("button", { name: fill(en.grouping.rejectNamed, { name: rejectedName }) })
      .click();
    await expect.poll(() => suggestions.count()).toBe(count - 1);
    const acceptedNames = await Promise.all(
      (await suggestions.all()).map((s) => s.getByLabel(en.grouping.name).inputValue()),
    );
    expect(acceptedNames).toContain(RENAMED);
    await console_.getByRole("button", { name: en.grouping.acceptAll }).click();
    await expect.poll(() => suggestions.count()).toBe(0);

    // The groups are the board's now, on the console and on the phone, live.
    const themes = console_.getByTestId("themes");
    for (const name of acceptedNames) {
      await themes.getByTestId("theme-name").filter({ hasText: name }).first().waitFor();
    }
    const meetingsTheme = themes.locator(".theme").filter({
      has: console_.getByTestId("theme-name").filter({ hasText: RENAMED }),
    });
    await expect.poll(() => meetingsTheme.getByText(STRAY).count()).toBe(0);
    await expect
      .poll(() => themes.getByTestId("theme-name").allTextContents())
      .not.toContain(rejectedName);
    await screenshot(console_, "grouping-suggestions-accepted");

    for (const name of acceptedNames) {
      await phone.getByTestId("theme-name").filter({ hasText: name }).first().waitFor();
    }
    await phoneShot(phone, "grouping-suggestions-phone", PHONE.width);

    for (const writer of writers) writer.close();
    expect(consoleErrors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  });
});
