import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FlowFactsResponse, Process } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { en } from "../apps/web/src/i18n/en.js";
import { nb } from "../apps/web/src/i18n/nb.js";
import { chromiumPath, DESKTOP, PHONE, useProductInBrowser } from "./support/browser.js";
import { screenshot, signUp, watchForPageErrors } from "./support/pages.js";

const RECEIPT = path.resolve(
  fileURLToPath(new URL("../", import.meta.url)),
  "../shared/data/eventlogs/receipt.csv",
);
const flow = en.flow;

// Reference figures of ../shared/data/README.md (pm4py 2.7.11), lead time in days.
const REFERENCE = { median: 0.033, p85: 11.101 };

describe.skipIf(!chromiumPath || !existsSync(RECEIPT))(
  "processes and flow facts in a real browser",
  () => {
    const shared = useProductInBrowser();

    it("a new user registers a process, imports receipt.csv through the mapping step and reads its flow", async () => {
      const { product, browser } = shared;
      const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
      const page = await context.newPage();
      const errors = watchForPageErrors(page);

      await signUp(page, product.url, {
        displayName: "Pia Prosesseier",
        email: "pia@kommune.example",
        organisationName: "Eksempel kommune",
      });

      // The Processes tab, an empty register, a new main process and a sub-process under it.
      await page.getByRole("link", { name: flow.nav }).click();
      await page.getByRole("heading", { name: flow.register.title }).waitFor();
      await page.fill('input[name="name"]', "Environmental permits");
      await page.fill('textarea[name="purpose"]', "From application to permit");
      await page.locator('select[name="ownerUserId"]').selectOption({ label: "Pia Prosesseier" });
      await page.fill('textarea[name="units"]', "Group 1\nGroup 2\nGroup 4");
      await page.getByRole("button", { name: flow.process.create }).click();
      await page.getByRole("heading", { level: 2, name: "Environmental permits" }).waitFor();
      const processUrl = page.url();
      await screenshot(page, "processes-01-new-process");

      // Import: upload, check what was detected, correct nothing but look at it, confirm.
      await page.setInputFiles('input[name="file"]', RECEIPT);
      await page.getByRole("button", { name: flow.import.upload }).click();
      await page
        .getByRole("heading", {
          name: flow.import.detectedTitle.replace("{{file}}", "receipt.csv"),
        })
        .waitFor();
      expect(await page.locator('select[name="caseId"]').inputValue()).toBe("case:concept:name");
      expect(await page.locator('select[name="activity"]').inputValue()).toBe("concept:name");
      expect(await page.locator('select[name="timestamp"]').inputValue()).toBe("time:timestamp");
      expect(await page.locator('select[name="unit"]').inputValue()).toBe("org:group");
      expect(await page.locator(".preview-table tbody tr").count()).toBe(10);
      await screenshot(page, "processes-02-mapping-step");

      // A wrong mapping first: the activity column as timestamp is refused with its column.
      await page.locator('select[name="timestamp"]').selectOption("concept:name");
      await page.getByRole("button", { name: flow.import.confirm }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(en.apiErrors.timestamp_format_unknown);
      expect(await alert.textContent()).toContain("concept:name");
      await page.locator('select[name="timestamp"]').selectOption("time:timestamp");
      await page.getByRole("button", { name: flow.import.confirm }).click();
      await page.getByRole("heading", { name: flow.report.title }).waitFor();
      expect(await page.locator(".note-success").textContent()).toContain("8,577 events");
      await screenshot(page, "processes-03-import-report");

      // Lead time: the figures shown are pm4py's reference figures at the shown precision.
      const figures = page.getByRole("definition");
      await page.getByRole("heading", { name: flow.sections.leadTime, exact: true }).waitFor();
      const leadFigures = page.locator(`dl[aria-label="${flow.facts.leadTimeFigures}"]`);
      const shownFigure = async (label: string) =>
        Number(
          (
            await leadFigures
              .locator("div", { has: page.getByText(label, { exact: true }) })
              .locator("dd")
              .first()
              .textContent()
          )?.replace(/,/g, ""),
        );
      expect(await shownFigure(flow.facts.median)).toBe(REFERENCE.median);
      expect(Math.abs((await shownFigure(flow.facts.p85)) - REFERENCE.p85)).toBeLessThanOrEqual(
        0.05,
      );
      expect(await figures.count()).toBeGreaterThan(10);
      await page.locator("#lead-time").screenshot({ path: artifact("processes-04-lead-time") });

      // Stability: two XmR charts with limits drawn, and their signals named in words.
      const stability = page.locator("#stability");
      await stability.scrollIntoViewIfNeeded();
      expect(await stability.locator("figure.xmr").count()).toBe(2);
      expect(await stability.locator("figure.xmr svg").count()).toBeGreaterThanOrEqual(2);
      expect(await stability.getByText(flow.xmr.leadTimeTitle).count()).toBe(1);
      await stability.screenshot({ path: artifact("processes-05-xmr") });

      // The process map: laid out by ELK in its worker, every shown activity a box.
      const map = page.getByTestId("process-map");
      await map.locator("g.map-node").first().waitFor();
      const shownNodes = await map.locator("g.map-node").count();
      expect(shownNodes).toBeGreaterThan(5);
      expect(shownNodes).toBeLessThan(27);
      await page.locator("#map").screenshot({ path: artifact("processes-06-process-map") });
      // Moving the slider to the far left shows every one of the 27 activities.
      await page.locator("#map input[type=range]").fill("0");
      await expect.poll(() => map.locator("g.map-node").count()).toBe(27);
      await page.locator("#map").screenshot({ path: artifact("processes-06-process-map-all") });

      // The biggest handoff delay, as the API ranks it.
      const processId = processUrl.split("/").at(-1) ?? "";
      const api = await page.evaluate(async (id) => {
        const response = await fetch(`/api/processes/${id}/facts`);
        return (await response.json()) as FlowFactsResponse;
      }, processId);
      const biggest = api.facts.handoffs.handoffs[0];
      expect(biggest).toBeDefined();
      const callout = page.getByTestId("biggest-handoff");
      await callout.scrollIntoViewIfNeeded();
      expect(await callout.textContent()).toContain(`${biggest?.from} → ${biggest?.to}`);
      await page.locator("#handoffs").screenshot({ path: artifact("processes-07-handoffs") });
      await screenshot(page, "processes-08-whole-page");
      for (const section of ["throughput", "age", "variants", "rework"]) {
        await page.locator(`#${section}`).screenshot({ path: artifact(`processes-09-${section}`) });
      }

      // The process owner says which activity finishes a case: only that one, so more are open.
      const throughputSection = page.locator("#throughput");
      const openText = throughputSection.getByText(/still open at the end of the log/);
      const openBefore = await openText.textContent();
      await throughputSection.locator("details.end-activities summary").click();
      const ends = throughputSection.locator('input[name="end"]');
      for (let i = 1; i < (await ends.count()); i += 1) await ends.nth(i).uncheck();
      await ends.first().check();
      await throughputSection.getByRole("button", { name: flow.ends.save }).click();
      await expect.poll(() => openText.textContent()).not.toBe(openBefore);

      // Two periods side by side: the first and second half of the log, as offered.
      const compare = page.locator("#compare");
      await compare.getByRole("button", { name: flow.compare.submit }).click();
      await compare.getByRole("table").waitFor();
      expect(await compare.getByRole("row").count()).toBe(8);
      await compare.screenshot({ path: artifact("processes-10-compare") });

      // Customer scores for 200 cases, the slow ones unhappy: shown beside lead time.
      const answered = api.facts.leadTimeByCompletion.points.slice(0, 200);
      const scoresFile = path.join(mkdtempSync(path.join(tmpdir(), "samspel-scores-")), "csat.csv");
      writeFileSync(
        scoresFile,
        [
          "case;score",
          ...answered.map(
            (point, i) => `${point.caseId};${point.leadTimeDays > 7 ? 2 : 4 + (i % 2)}`,
          ),
        ].join("\n"),
      );
      const experience = page.locator("#experience");
      await experience.locator('input[name="file"]').setInputFiles(scoresFile);
      await experience.getByRole("button", { name: flow.import.upload }).click();
      expect(await experience.locator('select[name="caseId"]').inputValue()).toBe("case");
      expect(await experience.locator('select[name="score"]').inputValue()).toBe("score");
      await experience.getByRole("button", { name: flow.import.confirm }).click();
      const answers = experience
        .locator("dl.figures div", { hasText: flow.experience.responses })
        .locator("dd");
      await expect.poll(() => answers.textContent(), { timeout: 20_000 }).toBe("200");
      await experience.getByRole("table").waitFor();
      await experience.screenshot({ path: artifact("processes-12-customer-experience") });

      // A filter on one unit: fewer cases, and the filter bar keeps the choice.
      const summary = page.locator(`dl[aria-label="${flow.facts.summaryLabel}"] dd`).first();
      await page.locator('select[name="attributeKey"]').selectOption("unit");
      await page.locator('select[name="attributeValue"]').selectOption("Group 2");
      await page.getByRole("button", { name: flow.filters.apply }).click();
      await expect.poll(async () => summary.textContent()).not.toBe("1,434");
      const filtered = Number((await summary.textContent())?.replace(/,/g, ""));
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(1434);
      await page.locator("form.filters").screenshot({ path: artifact("processes-11-filters") });

      // The register lists it with its log.
      await page.getByRole("link", { name: flow.register.back }).click();
      await page.getByRole("link", { name: "Environmental permits" }).waitFor();
      const list = await page.evaluate(async () => {
        const me = await (await fetch("/api/auth/me")).json();
        const response = await fetch(`/api/orgs/${me.activeOrganisationId}/processes`);
        return ((await response.json()) as { processes: Process[] }).processes;
      });
      expect(list[0]?.eventLog?.cases).toBe(1434);
      // On a phone the register and the process page stay in one column, charts at its width.
      await page.setViewportSize(PHONE);
      await screenshot(page, "processes-13-register-phone");
      await page.goto(processUrl);
      await page.locator("#lead-time figure svg").first().waitFor();
      await page
        .locator("#lead-time")
        .screenshot({ path: artifact("processes-14-lead-time-phone") });

      // In Norwegian the glossary's words: ledetid, prosesseier.
      await page.setViewportSize(DESKTOP);
      await page.getByTestId("language-switcher").selectOption("nb");
      await page.getByRole("heading", { name: nb.flow.sections.leadTime, exact: true }).waitFor();
      expect(nb.flow.sections.leadTime).toBe("Ledetid");
      expect(await page.getByText(nb.flow.process.owner, { exact: true }).count()).toBe(1);
      await page.locator("#lead-time").screenshot({ path: artifact("processes-15-lead-time-nb") });
      expect(errors).toEqual([]);
      await context.close();
    });
  },
);

function artifact(name: string): string {
  return fileURLToPath(new URL(`./artifacts/${name}.png`, import.meta.url));
}
