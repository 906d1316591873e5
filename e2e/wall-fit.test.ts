import { describe, expect, it } from "vitest";
import { chromiumPath, useProductInBrowser } from "./support/browser.js";
import { joinOverWebSocket, openSessionWithOneStep } from "./support/live-api.js";
import { screenshot, watchForPageErrors } from "./support/pages.js";

const PROJECTOR = { width: 1600, height: 900 };
const WRITERS = ["Kari", "Nils", "Aisha", "Per"];
const PER_WRITER = 10;

describe.skipIf(!chromiumPath)("the wall, with a full board", () => {
  const shared = useProductInBrowser();

  it("shrinks forty reflections to fit the projector instead of running off its bottom", async () => {
    const { product, browser } = shared;
    const { api, session, run } = await openSessionWithOneStep(product.url, "Veggen");
    await run("step.add", {
      step: { phase: "reflect", methodName: "Refleksjon", settings: { silent: false } },
    });
    const writers = await joinOverWebSocket(product.url, session, WRITERS);
    await run("session.start", {});
    const view = await api.get(`/api/sessions/${session.id}/view`);
    await run("step.start", { stepId: view.state.stepOrder.at(-1) });
    for (const [w, writer] of writers.entries()) {
      for (let n = 0; n < PER_WRITER; n++) {
        await writer.command(
          "contribution.add",
          {
            kind: "reflection",
            text: `Refleksjon ${w + 1}.${n + 1}: vi bruker for mye tid på å vente på svar fra andre avdelinger.`,
          },
          crypto.randomUUID(),
        );
      }
    }

    const context = await browser.newContext({ locale: "nb-NO", viewport: PROJECTOR });
    const [name, value] = api.cookie.split("=");
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: product.url }]);
    const wall = await context.newPage();
    const errors = watchForPageErrors(wall);
    await wall.goto(`${product.url}/wall/${session.id}`);
    const list = wall.getByTestId("contribution-list");
    await expect
      .poll(() => list.getByTestId("contribution").count())
      .toBe(WRITERS.length * PER_WRITER);

    // Every note is on the screen the room sees, in type made smaller for it, not cut off.
    await expect
      .poll(() => list.evaluate((element) => element.getBoundingClientRect().bottom))
      .toBeLessThanOrEqual(PROJECTOR.height);
    const fit = await list.evaluate((element) => Number(element.style.getPropertyValue("--fit")));
    expect(fit).toBeGreaterThanOrEqual(0.55);
    expect(fit).toBeLessThan(1);
    await wall.screenshot({ path: new URL("artifacts/wall-fit-40.png", import.meta.url).pathname });
    await screenshot(wall, "wall-fit-40-full");

    expect(errors).toEqual([]);
    for (const writer of writers) writer.close();
    await context.close();
  });
});
