import { LOCALES } from "@samspel/core";
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { messages } from "./all-messages";

/**
 * An i18next instance of its own for a component test, in `lng` with the app's messages, ready at
 * once (no async init), so a static render reads the words the reader would see.
 */
export function testI18n(lng: string): I18n {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    fallbackLng: "en",
    resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: messages[l] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}
