import type { Cohort, Enrolment, Me, MyTraining, Programme } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { nl } from "../apps/web/src/i18n/nl.js";
import { sv } from "../apps/web/src/i18n/sv.js";
import { chromiumPath, DESKTOP, useProductInBrowser } from "./support/browser.js";
import { HttpClient } from "./support/live-api.js";
import { logIn, screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const tr = en.training;
const PASSWORD = "a long enough passphrase";
const DAY = 86_400_000;
/** Calendar days from today: booking dates must lie after the certificate issued today. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface Member {
  name: string;
  email: string;
  api: HttpClient;
}

describe.skipIf(!chromiumPath)("training and the facilitator pool in a real browser", () => {
  const shared = useProductInBrowser();

  it("a coordinator opens a cohort to two neighbours, the waiting list moves, a trainee is certified and booked, a double booking is refused", async () => {
    const { product, browser } = shared;
    const url = product.url;

    // Two neighbouring municipalities, each with its admin (through the API, for speed).
    async function municipality(name: string, admin: string) {
      const api = new HttpClient(url);
      const me: Me = await api.post("/api/auth/signup", {
        email: `${admin.toLowerCase()}@${name.toLowerCase()}.example`,
        password: PASSWORD,
        displayName: admin,
        organisationName: `${name} kommune`,
      });
      return { api, orgId: me.activeOrganisationId ?? "" };
    }
    const gjovik = await municipality("Gjovik", "Guri");
    const oyer = await municipality("Oyer", "Odd");

    // The coordinator signs up in the browser: the admin of Lillehammer runs its training.
    const coordinatorContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const page = await coordinatorContext.newPage();
    const errors = watchForPageErrors(page);
    const orgPath = await signUp(page, url, {
      displayName: "Ann Cathrin",
      email: "ann@lillehammer.example",
      organisationName: "Lillehammer kommune",
    });
    const lillehammerId = orgPath.split("/").pop() ?? "";
    const coordinatorApi = new HttpClient(url);
    await coordinatorApi.post("/api/auth/login", {
      email: "ann@lillehammer.example",
      password: PASSWORD,
    });

    // A programme, offered to both neighbours, and a cohort of 10 places: all in the browser.
    await page.getByRole("link", { name: tr.nav }).click();
    await page.getByRole("heading", { name: tr.programmes.title }).waitFor();
    const newProgramme = page.getByTestId("new-programme");
    await newProgramme.getByLabel(tr.programmes.name).fill("Prosesslederstudiet");
    await newProgramme.getByLabel(tr.programmes.certifyingBody).fill("Lillehammer kommune");
    await newProgramme.getByLabel(tr.programmes.minAttendance).fill("100");
    await newProgramme.getByLabel(tr.programmes.minPractice).fill("1");
    await newProgramme.getByRole("button", { name: tr.programmes.create }).click();
    const programmeCard = page.getByTestId("programme");
    await programmeCard.getByRole("heading", { name: "Prosesslederstudiet" }).waitFor();
    // Each neighbour's admin hands over a partnership code; the coordinator types it.
    for (const partner of [gjovik, oyer]) {
      const { code } = await partner.api.post(
        `/api/orgs/${partner.orgId}/training/partnership-codes`,
        undefined,
      );
      const offer = programmeCard.getByTestId("offer-partner");
      await offer.getByLabel(tr.programmes.partnerCode).fill(String(code));
      await offer.getByRole("button", { name: tr.programmes.offer }).click();
      await expect.poll(() => offer.getByLabel(tr.programmes.partnerCode).inputValue()).toBe("");
    }
    await programmeCard.getByText(`Oyer kommune: ${tr.partnerStatus.offered}`).waitFor();
    const newCohort = programmeCard.getByTestId("new-cohort");
    await newCohort.getByLabel(tr.cohorts.name).fill("Kull 2027");
    await newCohort.getByLabel(tr.startsOn).fill("2027-01-11");
    await newCohort.getByLabel(tr.endsOn).fill("2027-06-18");
    await newCohort.getByLabel(tr.cohorts.capacity).fill("10");
    await newCohort.getByRole("button", { name: tr.cohorts.create }).click();
    await programmeCard.getByRole("link", { name: "Kull 2027" }).waitFor();
    await screenshot(page, "training-01-programme-offered");

    // Both neighbours accept through their admins.
    const programmes: Programme[] = (
      await coordinatorApi.get(`/api/orgs/${lillehammerId}/training/programmes`)
    ).programmes;
    const programme = programmes[0];
    const cohortId = programme?.cohorts[0]?.id ?? "";
    for (const partner of [gjovik, oyer]) {
      await partner.api.post(
        `/api/orgs/${partner.orgId}/training/programmes/${programme?.id}/accept`,
        undefined,
      );
    }

    // Twelve people sign up: eleven through the API, the twelfth in the browser.
    async function member(orgId: string, inviter: HttpClient, name: string): Promise<Member> {
      const email = `${name.toLowerCase().replace(/\s+/g, ".")}@kommune.example`;
      const invitation = await inviter.post(`/api/orgs/${orgId}/invitations`, {
        email,
        role: "member",
      });
      const token = String(invitation.link).split("/invite/")[1];
      const api = new HttpClient(url);
      await api.post(`/api/invitations/${token}/accept`, { displayName: name, password: PASSWORD });
      return { name, email, api };
    }
    const from = [
      { orgId: lillehammerId, inviter: coordinatorApi, unit: "Psykisk helse og rus" },
      { orgId: gjovik.orgId, inviter: gjovik.api, unit: "Tildeling" },
      { orgId: oyer.orgId, inviter: oyer.api, unit: "Tilrettelagte tjenester" },
    ] as const;
    const people: (Member & { enrolment: Enrolment })[] = [];
    for (let index = 0; index < 11; index += 1) {
      const origin = from[index % 3] ?? from[0];
      const person = await member(origin.orgId, origin.inviter, `Trainee ${index + 1}`);
      const enrolment: Enrolment = await person.api.post(
        `/api/training/cohorts/${cohortId}/sign-ups`,
        {
          organisationId: origin.orgId,
          unit: origin.unit,
        },
      );
      people.push({ ...person, enrolment });
    }
    expect(people.slice(0, 10).every((p) => p.enrolment.status === "enrolled")).toBe(true);
    expect(people[10]?.enrolment.status).toBe("waiting");

    const twelfth = await member(gjovik.orgId, gjovik.api, "Trainee 12");
    const trainee12 = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const page12 = await trainee12.newPage();
    await logIn(page12, url, twelfth.email);
    await page12.goto(`${url}/orgs/${gjovik.orgId}/training`);
    const open = page12.getByTestId("open-cohort");
    await open.getByLabel(tr.mine.unit).fill("Tildeling");
    await open.getByRole("button", { name: tr.mine.signUp }).click();
    const mine12 = page12.getByTestId("enrolment");
    await mine12.getByText(tr.status.waiting, { exact: true }).waitFor();
    await mine12.getByText(tr.mine.position.replace("{{position}}", "2")).waitFor();
    await screenshot(page12, "training-02-wait-listed");

    // One trainee withdraws: the first on the waiting list is offered the place, and takes it.
    const leaving = people[1];
    await leaving?.api.post(`/api/training/enrolments/${leaving.enrolment.id}/withdraw`, undefined);
    const first = people[10];
    if (!first) throw new Error("no eleventh trainee");
    const firstContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const firstPage = await firstContext.newPage();
    await logIn(firstPage, url, first.email);
    await firstPage.goto(`${url}/orgs/${from[10 % 3]?.orgId}/training`);
    const offered = firstPage.getByTestId("enrolment");
    await offered.getByText(tr.status.offered, { exact: true }).waitFor();
    await screenshot(firstPage, "training-03-offered");
    await offered.getByRole("button", { name: tr.mine.accept }).click();
    await offered.getByText(tr.status.enrolled, { exact: true }).waitFor();
    await screenshot(firstPage, "training-04-offer-accepted");

    // The coordinator's cohort page: places, waiting list, demand.
    await page.goto(`${url}/orgs/${lillehammerId}/training/cohorts/${cohortId}`);
    await page
      .getByTestId("places")
      .getByText(tr.cohorts.places.replace("{{taken}}", "10").replace("{{capacity}}", "10"))
      .waitFor();
    const demand = page.getByTestId("demand");
    await demand.getByRole("cell", { name: "Gjovik kommune" }).waitFor();
    await screenshot(page, "training-05-cohort");

    // Attendance at the first gathering, recorded in the browser.
    const trainee = people[0];
    if (!trainee) throw new Error("no first trainee");
    const gatheringForm = page.getByTestId("new-gathering");
    await gatheringForm.getByLabel(tr.gatherings.name).fill("Samling 1");
    await gatheringForm.getByLabel(tr.gatherings.heldOn).fill("2027-01-11");
    await gatheringForm.getByRole("button", { name: tr.gatherings.add }).click();
    const present = (name: string) =>
      page.getByLabel(
        tr.gatherings.present.replace("{{name}}", name).replace("{{gathering}}", "Samling 1"),
      );
    await present(trainee.name).check();
    await present("Trainee 3").check();
    await page
      .getByRole("button", { name: tr.gatherings.save.replace("{{gathering}}", "Samling 1") })
      .click();
    await expect
      .poll(async () => {
        const cohort: Cohort = await coordinatorApi.get(`/api/training/cohorts/${cohortId}`);
        return cohort.gatherings[0]?.present.length;
      })
      .toBe(2);
    await screenshot(page, "training-06-attendance");

    // The trainee logs a practice process; the coordinator certifies them in the browser.
    await trainee.api.post(`/api/training/enrolments/${trainee.enrolment.id}/practice`, {
      title: "Arbeidsmøte i tjenesteområdet",
      heldOn: "2027-02-01",
      role: "co_ran",
    });
    await page.reload();
    const traineeRow = page.getByTestId("signup-row").filter({ hasText: trainee.name });
    await traineeRow.getByRole("button", { name: tr.signups.certify }).click();
    await traineeRow.getByText(tr.status.completed).waitFor();
    const mineAfter: MyTraining = await trainee.api.get("/api/me/training");
    expect(mineAfter.certificates).toHaveLength(1);
    await screenshot(page, "training-07-certified");

    // The new facilitator becomes a supervisor in the cohort and is paired with a trainee.
    await page.reload();
    const supervision = page.getByTestId("supervision");
    await supervision.getByLabel(en.training.signups.person).selectOption({ label: trainee.name });
    await supervision.getByRole("button", { name: tr.supervision.add }).click();
    const third = supervision.getByTestId("trainee-supervision").filter({ hasText: "Trainee 3" });
    await third.getByLabel(tr.supervision.supervisor).selectOption({ label: trainee.name });
    await expect
      .poll(async () => {
        const cohort: Cohort = await coordinatorApi.get(`/api/training/cohorts/${cohortId}`);
        return cohort.enrolments.find((e) => e.displayName === "Trainee 3")?.supervisorId;
      })
      .toBe(mineAfter.certificates[0]?.userId);
    await screenshot(page, "training-07b-supervision");

    // The certified facilitator offers nb and consent, available for the next months.
    await trainee.api.request("PUT", "/api/me/facilitator-profile", {
      languages: ["nb"],
      methods: ["consent-round"],
      areas: ["Psykisk helse"],
    });
    await trainee.api.request("PUT", "/api/me/facilitator-profile/availability", {
      windows: [{ startsOn: inDays(1), endsOn: inDays(120) }],
    });

    // A unit asks for a facilitator twice on overlapping days.
    const unit = people[3];
    if (!unit) throw new Error("no unit member");
    for (const [question, start, end] of [
      ["Hvordan fordeler vi vedtak raskere?", 30, 31],
      ["Ny turnusordning", 31, 32],
    ] as const) {
      await unit.api.post(`/api/orgs/${lillehammerId}/training/booking-requests`, {
        unit: "Tildeling",
        question,
        startsOn: inDays(start),
        endsOn: inDays(end),
        groupSize: 14,
        language: "nb",
        methods: ["consent-round"],
      });
    }

    // The coordinator books the certified facilitator with a trainee as resource person.
    await page.goto(`${url}/orgs/${lillehammerId}/training`);
    const firstRequest = page
      .getByTestId("booking-request")
      .filter({ hasText: "Hvordan fordeler" });
    await firstRequest.getByRole("button", { name: tr.booking.showMatches }).click();
    const resource = people[2];
    await firstRequest
      .getByRole("checkbox", { name: `${resource?.name} (${tr.booking.trainee})` })
      .check();
    await screenshot(page, "training-08-matches");
    await firstRequest
      .getByRole("button", { name: tr.booking.book.replace("{{name}}", trainee.name) })
      .click();
    await firstRequest.getByTestId("booked").waitFor();
    expect(await firstRequest.getByTestId("booked").textContent()).toContain(resource?.name);

    // The booked process became a session: the coordinator links it, for the history.
    const session: { id: string } = await coordinatorApi.post(
      `/api/orgs/${lillehammerId}/sessions`,
      {
        title: "Vedtaksflyt i tildeling",
        question: "Hvordan fordeler vi vedtak raskere?",
        language: "nb",
        steps: [{ phase: "share_facts", methodName: "Faktarunde", timeboxSeconds: 600 }],
      },
    );
    await page.reload();
    const booked = page.getByTestId("booking-request").filter({ hasText: "Hvordan fordeler" });
    await booked
      .getByLabel(tr.booking.linkSession)
      .selectOption({ label: "Vedtaksflyt i tildeling" });
    await expect
      .poll(async () => {
        const list: { requests: { session: { id: string } | null }[] } = await coordinatorApi.get(
          `/api/orgs/${lillehammerId}/training/booking-requests`,
        );
        return list.requests.some((request) => request.session?.id === session.id);
      })
      .toBe(true);
    await screenshot(page, "training-08b-booking-linked-to-session");

    // The booked people may run that session, though neither may run the organisation's others:
    // the facilitator (a plain member here) opens it, and the resource person from Øyer finds it on
    // her own Training page and starts it from the console.
    await trainee.api.post(`/api/sessions/${session.id}/commands`, {
      commandId: "open-by-booked-facilitator",
      type: "session.open",
      payload: {},
    });
    const resourceContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const resourcePage = await resourceContext.newPage();
    const resourceErrors = watchForPageErrors(resourcePage);
    await logIn(resourcePage, url, resource?.email ?? "");
    await resourcePage.goto(`${url}/orgs/${oyer.orgId}/training`);
    const facilitating = resourcePage.getByTestId("facilitating");
    await facilitating.getByText("Vedtaksflyt i tildeling").waitFor();
    await screenshot(resourcePage, "training-08c-sessions-booked-for");
    await facilitating.getByRole("link", { name: tr.facilitating.open }).click();
    // Before she acts, the console names who is booked to run the session, and as what.
    const bookedPeople = resourcePage.getByTestId("booked-people");
    await bookedPeople.getByRole("heading", { name: en.console.booked }).waitFor();
    expect(await bookedPeople.locator("li").allTextContents()).toEqual([
      `${trainee.name} · ${tr.pool.as.facilitator}`,
      `${resource?.name} · ${tr.pool.as.resource_person}`,
    ]);
    expect(await resourcePage.getByTestId("facilitator-list").textContent()).not.toContain(
      resource?.name,
    );
    await screenshot(resourcePage, "training-08c2-console-names-booked-people");
    await resourcePage.getByRole("button", { name: en.console.start }).click();
    await resourcePage.locator('[data-testid="session-status"][data-status="running"]').waitFor();
    const facilitatorList = resourcePage.getByTestId("facilitator-list");
    await expect.poll(() => facilitatorList.textContent()).toContain(trainee.name);
    expect(await facilitatorList.textContent()).toContain(resource?.name);
    // The console's method picker falls back to the public library for someone from outside.
    await resourcePage
      .getByLabel(en.methods.agenda.addFromLibrary)
      .locator("option")
      .first()
      .waitFor({ state: "attached" });
    expect(await resourcePage.getByRole("alert").count()).toBe(0);
    await screenshot(resourcePage, "training-08d-resource-person-starts-session");
    // The session's preparation is theirs to read and change too.
    await resourcePage.getByRole("link", { name: en.preparation.link }).click();
    await resourcePage
      .getByRole("heading", {
        name: en.preparation.page.title.replace("{{title}}", "Vedtaksflyt i tildeling"),
      })
      .waitFor();
    expect(await resourcePage.getByRole("alert").count()).toBe(0);
    await screenshot(resourcePage, "training-08e-resource-person-prepares");
    // She closes the session and reads its report, alone on the page: none of Lillehammer's
    // tabs, which she may not open. The reflection is hers to write.
    await resourcePage.getByRole("link", { name: en.preparation.page.back }).click();
    await resourcePage.getByRole("button", { name: en.console.close }).click();
    await resourcePage.locator('[data-testid="session-status"][data-status="closed"]').waitFor();
    await resourcePage.getByRole("link", { name: en.report.page.link }).click();
    const reportHeading = en.report.page.title.replace("{{title}}", "Vedtaksflyt i tildeling");
    const report = resourcePage.getByTestId("session-report");
    await report.getByRole("heading", { level: 1, name: reportHeading }).waitFor();
    expect(await resourcePage.getByRole("navigation", { name: en.nav.orgSections }).count()).toBe(
      0,
    );
    await report.getByLabel(en.report.page.whatWeDid).fill("Faktarunde med tildelingen");
    await report.getByLabel(en.report.page.howWeDidIt).fill("Med en student som ressursperson");
    await report.getByLabel(en.report.page.effect).fill("Raskere vedtak");
    await report.getByRole("button", { name: en.report.page.saveReflection }).click();
    await report.getByRole("status").getByText(en.report.page.saved).waitFor();
    await screenshot(resourcePage, "training-08f-resource-person-reads-report");
    // Her Training page leads to the closed session's report too.
    await resourcePage.goto(`${url}/orgs/${oyer.orgId}/training`);
    await facilitating.getByRole("link", { name: en.report.page.link }).waitFor();
    await screenshot(resourcePage, "training-08g-report-from-training");
    await facilitating.getByRole("link", { name: en.report.page.link }).click();
    await report.getByRole("heading", { level: 1, name: reportHeading }).waitFor();
    expect(await resourcePage.getByRole("alert").count()).toBe(0);
    expect(resourceErrors).toEqual([]);
    await resourceContext.close();

    // Lillehammer's coordinator reads the same report at the same address among its pages.
    await page.goto(`${url}/orgs/${lillehammerId}/sessions/${session.id}/report`);
    await page.getByTestId("session-report").getByText("Raskere vedtak").waitFor();
    await page.getByRole("navigation", { name: en.nav.orgSections }).waitFor();
    await page.goto(`${url}/orgs/${lillehammerId}/training`);

    // The overlapping request: the same facilitator is refused with the reason.
    const second = page.getByTestId("booking-request").filter({ hasText: "Ny turnusordning" });
    await second.getByRole("button", { name: tr.booking.showMatches }).click();
    await second.getByTestId("match").first().waitFor();
    await second
      .getByRole("button", { name: tr.booking.book.replace("{{name}}", trainee.name) })
      .click();
    const refusal = second.getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(en.apiErrors.facilitator_double_booked);
    await screenshot(page, "training-09-double-booking-refused");

    // The pool's certificates, with the booked facilitator's history.
    const pool = page.getByTestId("certificates");
    await pool.getByRole("button", { name: tr.pool.showHistory }).first().click();
    await pool
      .getByTestId("history")
      .getByText("Hvordan fordeler vi vedtak raskere?", { exact: false })
      .waitFor();
    await screenshot(page, "training-09b-pool-history");

    // Gjøvik's admin sees Gjøvik's people, and nobody else's.
    const partnerContext = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
    const partnerPage = await partnerContext.newPage();
    await logIn(partnerPage, url, "guri@gjovik.example");
    await partnerPage.goto(`${url}/orgs/${gjovik.orgId}/training`);
    const ours = partnerPage.getByTestId("our-people");
    await ours.getByRole("heading", { name: tr.people.title }).waitFor();
    await ours.locator("tbody tr").first().waitFor();
    const names = await ours.locator("tbody tr td:first-child").allTextContents();
    expect(names.sort()).toEqual([
      "Trainee 11",
      "Trainee 12",
      "Trainee 2",
      "Trainee 5",
      "Trainee 8",
    ]);
    await screenshot(partnerPage, "training-09c-partner-sees-own-people");
    // Neither a member of Lillehammer nor booked: the report's address shows nothing of it.
    await partnerPage.goto(`${url}/orgs/${lillehammerId}/sessions/${session.id}/report`);
    await partnerPage.getByRole("heading", { name: en.report.page.notAvailableTitle }).waitFor();
    expect(await partnerPage.getByTestId("session-report").count()).toBe(0);
    expect(await partnerPage.content()).not.toContain("Vedtaksflyt i tildeling");
    await screenshot(partnerPage, "training-09d-stranger-gets-no-report");
    await partnerContext.close();

    // Every page in each language.
    for (const [locale, messages] of [
      ["nb", nb],
      ["sv", sv],
      ["nl", nl],
      ["en", en],
    ] as const) {
      await page.getByTestId("language-switcher").selectOption(locale);
      await page.getByRole("heading", { name: messages.training.booking.title }).waitFor();
      await screenshot(page, `training-10-page-${locale}`);
      await page.goto(`${url}/orgs/${lillehammerId}/training/cohorts/${cohortId}`);
      await page.getByRole("heading", { name: messages.training.signups.title }).waitFor();
      await screenshot(page, `training-11-cohort-${locale}`);
      await page12.getByTestId("language-switcher").selectOption(locale);
      await page12.getByRole("heading", { name: messages.training.mine.title }).waitFor();
      await screenshot(page12, `training-12-member-${locale}`);
      await page.goto(`${url}/orgs/${lillehammerId}/training`);
      await page.getByRole("heading", { name: messages.training.booking.title }).waitFor();
    }

    expect(errors).toEqual([]);
    await Promise.all([coordinatorContext.close(), trainee12.close(), firstContext.close()]);
  });
});
