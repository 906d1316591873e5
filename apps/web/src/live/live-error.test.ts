import { DOMAIN_ERROR_CODES } from "@samspel/core";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n/all-messages";
import { LiveCommandError } from "./live-connection";
import { liveErrorMessage } from "./live-error";

async function translator(locale: "en" | "nb" | "sv" | "nl") {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    resources: { [locale]: { translation: messages[locale] } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe("refusals, as a participant reads them", () => {
  it.each(["nb", "sv", "nl"] as const)(
    "gives every domain code its own %s sentence, none left in English",
    async (locale) => {
      const t = await translator(locale);
      const english = await translator("en");
      for (const code of DOMAIN_ERROR_CODES) {
        const error = new LiveCommandError(code, "server text");
        const text = liveErrorMessage(error, t);
        expect(text, code).not.toBe(liveErrorMessage(error, english));
        expect(text, code).not.toBe(t("live.errorGeneric"));
      }
    },
  );

  it("says something general for a code it cannot explain", async () => {
    const t = await translator("en");
    expect(liveErrorMessage(new LiveCommandError("malformed_frame", "x"), t)).toBe(
      messages.en.live.errorGeneric,
    );
    expect(liveErrorMessage(new Error("boom"), t)).toBe(messages.en.live.errorGeneric);
    expect(liveErrorMessage(new LiveCommandError("rate_limited", "x"), t)).toBe(
      messages.en.consent.transportErrors.rate_limited,
    );
  });
});
