import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { chromiumPath, DESKTOP, useProductInBrowser } from "./support/browser.js";
import { HttpClient, LiveClient } from "./support/live-api.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";
import { downloadedPdfText } from "./support/pdf.js";

const TITLE = "Kortere byggesaker for Ærø";
const OBJECTION = "Ingen dekker når teamet har ferie";
const { decisions, report } = en;

/**
 * A Norwegian session decided over the API after an upheld objection, as a facilitator and two
 * phones would: Åse objects, the proposal is amended, and the second round consents.
 */
async function decideOverTheApi(api: HttpClient, base: string, organisationId: string) {
  const session: { id: string; joinCode: string } = await api.post(
    `/api/orgs/${organisationId}/sessions`,
    { title: TITLE, question: "Hvordan halverer vi ledetiden?", language: "nb" },
  );
  const run = (type: string, payload: unknown) =>
    api.post(`/api/sessions/${session.id}/commands`, {
      commandId: crypto.randomUUID(),
      type,
      payload,
    });
  const state = async () => (await api.get(`/api/sessions/${session.id}/view`)).state;
  await run("session.open", {});
  const people: { token: string }[] = [];
  for (const name of ["Åse", "Bjørn"]) {
    people.push(await api.post("/api/join", { code: session.joinCode, displayName: name }));
  }
  const [ase, bjorn] = await Promise.all(
    people.map((person) => LiveClient.open(base, session.id, person.token)),
  );
  if (!ase || !bjorn) throw new Error("both joined");
  await run("session.start", {});
  await run("step.start", { stepId: (await state()).stepOrder.at(-1) });
  await run("proposal.draft", { text: "Ett fast team tar hver byggesak" });
  const proposalId: string = (await state()).proposalOrder[0];
  const round = async () => {
    await run("proposal.start_round", { proposalId, kind: "consent" });
    return (await state()).proposals[proposalId].roundIds.at(-1) as string;
  };
  const first = await round();
  await ase.command(
    "proposal.give_position",
    { roundId: first, position: "objection", reason: OBJECTION },
    "ase-1",
  );
  await bjorn.command("proposal.give_position", { roundId: first, position: "consent" }, "bjorn-1");
  await run("proposal.end_round", { roundId: first });
  const entryId: string = (await state()).proposalRounds[first].entries[0].id;
  await run("proposal.test_objection", {
    roundId: first,
    entryId,
    outcome: "upheld",
    rationale: "Saker ville stå stille i ferien",
  });
  await run("proposal.amend", {
    proposalId,
    text: "Ett fast team tar hver byggesak, med en fast vikar i ferier",
    integrates: [entryId],
  });
  const second = await round();
  await ase.command("proposal.give_position", { roundId: second, position: "consent" }, "ase-2");
  await bjorn.command(
    "proposal.give_position",
    { roundId: second, position: "consent" },
    "bjorn-2",
  );
  await run("proposal.end_round", { roundId: second });
  await run("proposal.decide", {
    proposalId,
    rationale: "Ingen tungtveiende innvending står igjen",
    actions: [{ what: "Sette ned det første teamet", owner: "Kari", dueDate: "2026-12-15" }],
  });
  ase.close();
  bjorn.close();
  const outcome = (await state()).proposals[proposalId].outcome;
  return { sessionId: session.id, decisionId: outcome.decisionId as string };
}

describe.skipIf(!chromiumPath)("exports and public links of a decision", () => {
  const shared = useProductInBrowser();

  it("downloads the decision as a PDF, shares it by a public link, and turns the link off", async () => {
    const { product, browser } = shared;
    const context = await browser.newContext({
      locale: "en-GB",
      viewport: DESKTOP,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    const organisationPath = await signUp(page, product.url, {
      displayName: "Kari Nordmann",
      email: "kari@byggesak.example",
      organisationName: "Ærø kommune",
    });
    const cookie = (await context.cookies()).find((c) => c.name === "samspel_session");
    const api = new HttpClient(product.url, `samspel_session=${cookie?.value}`);
    const { decisionId, sessionId } = await decideOverTheApi(
      api,
      product.url,
      organisationPath.split("/").at(-1) ?? "",
    );

    // The PDF, by the button on the decision page, in the decision's language.
    await page.goto(`${product.url}/decisions/${decisionId}`);
    await page.getByTestId("decision-record").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-pdf").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${TITLE} (${decisionId}).pdf`);
    const text = await downloadedPdfText(download);
    expect(text).toContain(TITLE);
    expect(text).toContain(OBJECTION);
    expect(text).toContain("Åse");

    // On: the link to copy.
    const panel = page.getByTestId("public-link");
    await panel.getByRole("button", { name: decisions.publicLink.enable }).click();
    const link = panel.getByTestId("public-link-url");
    await link.waitFor();
    const url = (await link.textContent()) ?? "";
    expect(url).toMatch(new RegExp(`^${product.url}/p/decisions/[A-Za-z0-9_-]{48}$`));
    await screenshot(page, "exports-01-decision-page-public-link-on");

    // A stranger, not logged in: the decision, its status, no names, and no member navigation.
    const stranger = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP });
    const outside = await stranger.newPage();
    const outsideErrors = watchForPageErrors(outside);
    await outside.goto(url);
    await outside.getByTestId("public-decision").waitFor();
    await outside.getByRole("heading", { name: TITLE }).waitFor();
    const shown = (await outside.getByTestId("public-decision").textContent()) ?? "";
    expect(shown).toContain(OBJECTION);
    expect(shown).not.toContain("Åse");
    expect(shown).not.toContain("Kari Nordmann");
    expect(await outside.locator(".site-header").count()).toBe(0);
    await screenshot(outside, "exports-02-public-decision");

    // Off: the same link now says it leads nowhere.
    await panel.getByRole("button", { name: decisions.publicLink.disable }).click();
    await panel.getByText(decisions.publicLink.off).waitFor();
    await outside.reload();
    await outside.getByRole("heading", { name: "Denne lenken er ikke tilgjengelig" }).waitFor();
    await screenshot(outside, "exports-03-public-link-off");

    // The register, filtered by facilitator and open actions: the address keeps the filters,
    // and the CSV link carries them.
    await page.goto(`${product.url}${organisationPath}/decisions`);
    await page.locator('select[name="facilitator"] option', { hasText: "Kari Nordmann" }).waitFor({
      state: "attached",
    });
    await page.locator('select[name="facilitator"]').selectOption({ label: "Kari Nordmann" });
    await page.getByLabel(decisions.register.openActions).check();
    await page.waitForURL(/facilitator=.*openActions=true|openActions=true.*facilitator=/);
    await page.getByTestId("decision-list").getByText(TITLE).waitFor();
    expect(await page.getByTestId("register-csv").getAttribute("href")).toContain(
      "openActions=true",
    );
    await page.reload();
    expect(await page.getByLabel(decisions.register.openActions).isChecked()).toBe(true);
    await page.getByTestId("decision-list").getByText(TITLE).waitFor();
    await screenshot(page, "exports-04-register-filtered");
    await page.getByLabel(decisions.register.from).fill("2000-01-01");
    await page.getByLabel(decisions.register.to).fill("2000-12-31");
    await page.getByText(decisions.register.noMatch).waitFor();

    // The session report's PDF, by its button.
    await page.goto(`${product.url}${organisationPath}/sessions/${sessionId}/report`);
    await page.getByTestId("session-report").waitFor();
    const [reportDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: report.page.pdf }).click(),
    ]);
    const reportText = await downloadedPdfText(reportDownload);
    expect(reportText).toContain("Deltakelse");
    expect(reportText).toContain("Ett fast team tar hver byggesak, med en fast vikar i ferier");

    expect(errors).toEqual([]);
    expect(outsideErrors).toEqual([]);
    await stranger.close();
    await context.close();
  });
});
