import { type Cohort, findBuiltInMethod, type Me, type Programme } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { chromiumPath, DESKTOP, useProductInBrowser } from "./support/browser.js";
import { HttpClient } from "./support/live-api.js";
import { logIn, screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const tr = en.training;
const PASSWORD = "a long enough passphrase";

describe.skipIf(!chromiumPath)("training follow-ups in a real browser", () => {
  const shared = useProductInBrowser();

  it("a partner hands over a code, the coordinator offers by it, raises places for the waiting list and removes staff; a trainee links practice to their session", async () => {
    const { product, browser } = shared;
    const url = product.url;

    // Lillehammer's coordinator, through the API for the setup.
    const coordinatorApi = new HttpClient(url);
    const lillehammer: Me = await coordinatorApi.post("/api/auth/signup", {
      email: "ann@lillehammer.example",
      password: PASSWORD,
      displayName: "Ann Cathrin",
      organisationName: "Lillehammer kommune",
    });
    const lillehammerId = lillehammer.activeOrganisationId ?? "";
    const programme: Programme = await coordinatorApi.post(
      `/api/orgs/${lillehammerId}/training/programmes`,
      { name: "Prosesslederstudiet", certifyingBody: "Lillehammer kommune" },
    );

    // Gjøvik's admin creates a partnership code on their Training page, in Norwegian.
    const partnerContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const partnerPage = await partnerContext.newPage();
    const partnerErrors = watchForPageErrors(partnerPage);
    const gjovikPath = await signUp(partnerPage, url, {
      displayName: "Guri",
      email: "guri@gjovik.example",
      organisationName: "Gjovik kommune",
    });
    await partnerPage.goto(`${url}${gjovikPath}/training`);
    await partnerPage.getByTestId("language-switcher").selectOption("nb");
    await partnerPage.getByRole("button", { name: nb.training.partnershipCode.create }).click();
    const codeText = (await partnerPage.getByTestId("partnership-code").textContent()) ?? "";
    expect(codeText).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await screenshot(partnerPage, "training-followups-01-partner-code-nb");

    // The coordinator types the code: the offer names Gjøvik without anyone listing organisations.
    const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await logIn(page, url, "ann@lillehammer.example");
    await page.goto(`${url}/orgs/${lillehammerId}/training`);
    const card = page.getByTestId("programme");
    const offer = card.getByTestId("offer-partner");
    await offer.getByLabel(tr.programmes.partnerCode).fill("ZZZZ-ZZZZ");
    await offer.getByRole("button", { name: tr.programmes.offer }).click();
    await offer.getByText(en.apiErrors.partnership_code_invalid).waitFor();
    await offer.getByLabel(tr.programmes.partnerCode).fill(codeText.toLowerCase());
    await offer.getByRole("button", { name: tr.programmes.offer }).click();
    await card.getByText(`Gjovik kommune: ${tr.partnerStatus.offered}`).waitFor();
    await screenshot(page, "training-followups-02-offered-by-code");

    // Gjøvik accepts; its unit then asks Lillehammer's pool for a facilitator, in Norwegian.
    const gjovikId = gjovikPath.split("/").pop() ?? "";
    const guri = new HttpClient(url);
    await guri.post("/api/auth/login", { email: "guri@gjovik.example", password: PASSWORD });
    await guri.post(`/api/orgs/${gjovikId}/training/programmes/${programme.id}/accept`, undefined);
    await partnerPage.reload();
    const nbBooking = nb.training.booking;
    const ask = partnerPage.getByTestId("booking-request-form");
    await ask.getByLabel(nbBooking.pool).selectOption({ label: "Lillehammer kommune" });
    await ask.getByLabel(nbBooking.unit).fill("Tildeling");
    await ask.getByLabel(nbBooking.question).fill("Felles praksis for vedtak");
    await ask.getByLabel(nb.training.startsOn, { exact: true }).fill("2027-03-01");
    await ask.getByLabel(nb.training.endsOn, { exact: true }).fill("2027-03-02");
    await ask.getByLabel(nbBooking.groupSize).fill("10");
    await ask.getByLabel(nbBooking.language, { exact: true }).fill("nb");
    await ask.getByRole("button", { name: nbBooking.send }).click();
    await partnerPage
      .getByTestId("booking-request")
      .getByText("Felles praksis for vedtak")
      .waitFor();
    // Gjøvik follows its request; the pool's matches are for Lillehammer's coordinators.
    expect(
      await partnerPage
        .getByTestId("booking-request")
        .getByRole("button", { name: nbBooking.showMatches })
        .count(),
    ).toBe(0);
    await screenshot(partnerPage, "training-followups-02b-partner-asks-owner-pool-nb");
    await page.reload();
    await page
      .getByTestId("booking-request")
      .getByText(tr.booking.fromPartner.replace("{{name}}", "Gjovik kommune"), { exact: false })
      .waitFor();

    // A cohort of one place; three sign up, two wait.
    const cohort: Cohort = await coordinatorApi.post(
      `/api/training/programmes/${programme.id}/cohorts`,
      { name: "Kull 2027", startsOn: "2027-01-11", endsOn: "2027-06-18", capacity: 1 },
    );
    const trainees: { api: HttpClient; email: string; enrolmentId: string }[] = [];
    for (const name of ["Tone", "Ivar", "Siri"]) {
      const email = `${name.toLowerCase()}@lillehammer.example`;
      const invitation = await coordinatorApi.post(`/api/orgs/${lillehammerId}/invitations`, {
        email,
        role: "facilitator",
      });
      const api = new HttpClient(url);
      await api.post(`/api/invitations/${String(invitation.link).split("/invite/")[1]}/accept`, {
        displayName: name,
        password: PASSWORD,
      });
      const enrolment = await api.post(`/api/training/cohorts/${cohort.id}/sign-ups`, {
        organisationId: lillehammerId,
        unit: "Tildeling",
      });
      trainees.push({ api, email, enrolmentId: enrolment.id });
    }
    const trainer = trainees[2];
    if (!trainer) throw new Error("no third person");
    await coordinatorApi.post(`/api/training/cohorts/${cohort.id}/staff`, {
      userId: (await trainer.api.get("/api/auth/me")).user.id,
      role: "trainer",
    });

    // Raising the places offers the new one to the first in line; lowering is refused.
    await page.goto(`${url}/orgs/${lillehammerId}/training/cohorts/${cohort.id}`);
    await page.getByText(tr.cohorts.change).click();
    const change = page.getByTestId("change-cohort");
    await change.getByLabel(tr.cohorts.capacity).fill("2");
    await change.getByRole("button", { name: tr.cohorts.save }).click();
    await page
      .getByTestId("places")
      .getByText(tr.cohorts.places.replace("{{taken}}", "2").replace("{{capacity}}", "2"))
      .waitFor();
    await page
      .getByTestId("signup-row")
      .filter({ hasText: "Ivar" })
      .getByText(tr.status.offered)
      .waitFor();
    await change.getByLabel(tr.cohorts.capacity).fill("1");
    await change.getByRole("button", { name: tr.cohorts.save }).click();
    await change.getByText(en.apiErrors.capacity_below_places_held).waitFor();
    await screenshot(page, "training-followups-03-places-changed");

    // The trainer leaves the staff.
    const staff = page.getByTestId("cohort-staff");
    await staff
      .getByRole("button", { name: tr.staff.removeNamed.replace("{{name}}", "Siri") })
      .click();
    await staff.waitFor({ state: "detached" });
    await screenshot(page, "training-followups-04-staff-removed");

    // Siri waits with her Training page open; Ivar withdraws, and the offer appears without reload.
    const siriContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const siriPage = await siriContext.newPage();
    await logIn(siriPage, url, trainer.email);
    await siriPage.goto(`${url}/orgs/${lillehammerId}/training`);
    await siriPage.getByTestId("enrolment").getByText(tr.status.waiting).waitFor();
    const ivar = trainees[1];
    await ivar?.api.post(`/api/training/enrolments/${ivar.enrolmentId}/withdraw`, undefined);
    await siriPage.getByTestId("offer-notice").waitFor({ timeout: 30_000 });
    await screenshot(siriPage, "training-followups-04b-offer-without-reload");
    await siriContext.close();

    // Tone ran a session: she links her practice process to it from her Training page.
    const tone = trainees[0];
    if (!tone) throw new Error("no first trainee");
    await tone.api.post(`/api/orgs/${lillehammerId}/sessions`, {
      title: "Tildelingsmøte mars",
      question: "Hvordan fordeler vi vedtak raskere?",
      language: "nb",
      steps: [{ phase: "share_facts", methodName: "Faktarunde", timeboxSeconds: 600 }],
    });
    const toneContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const tonePage = await toneContext.newPage();
    await logIn(tonePage, url, tone.email);
    await tonePage.goto(`${url}/orgs/${lillehammerId}/training`);
    const mine = tonePage.getByTestId("enrolment");
    await mine.getByLabel(tr.practice.title).fill("Tildelingsmøte mars");
    await mine.getByLabel(tr.practice.heldOn).fill("2027-03-01");
    const picker = mine.getByLabel(tr.practice.session);
    await expect.poll(() => picker.locator("option").count()).toBe(2);
    await picker.selectOption({ index: 1 });
    expect(await mine.getByLabel(tr.practice.role).inputValue()).toBe("ran");
    await screenshot(tonePage, "training-followups-05-practice-session");
    await mine.getByRole("button", { name: tr.practice.save }).click();
    await expect
      .poll(async () => {
        const linked: Cohort = await coordinatorApi.get(`/api/training/cohorts/${cohort.id}`);
        return linked.enrolments.find((e) => e.id === tone.enrolmentId)?.practice[0]?.sessionId;
      })
      .toBeTruthy();

    // Tone picks the methods she masters from the library, by their names in her language.
    const consent = findBuiltInMethod("consent-round")?.texts.en.name ?? "";
    const profile = tonePage.getByTestId("facilitator-profile");
    await profile.getByRole("checkbox", { name: consent, exact: true }).check();
    await profile.getByRole("button", { name: tr.profile.save }).click();
    await expect
      .poll(async () => (await tone.api.get("/api/me/facilitator-profile")).methods)
      .toEqual(["consent-round"]);
    await profile.scrollIntoViewIfNeeded();
    await screenshot(tonePage, "training-followups-06-methods-from-library");

    expect([...errors, ...partnerErrors]).toEqual([]);
    await Promise.all([context.close(), partnerContext.close(), toneContext.close()]);
  });
});
