import { isLocale, LOCALES, type Locale, matchLocale } from "@samspel/core";
import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { messages } from "./resources";

const STORAGE_KEY = "samspel.locale";

// The resolved locale, not the detected tag: a German browser reads our English, so say "en".
i18n.on("languageChanged", () => {
  document.documentElement.lang = currentLocale();
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: Object.fromEntries(
      LOCALES.map((locale) => [locale, { translation: messages[locale] }]),
    ),
    supportedLngs: [...LOCALES],
    fallbackLng: "en",
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    detection: {
      order: ["localStorage", "navigator"],
      lookupLocalStorage: STORAGE_KEY,
      caches: ["localStorage"],
      // Browsers say "no", "nn" or "nb-NO" for Norwegian; core decides what each maps to.
      convertDetectedLanguage: (tag) => matchLocale(tag) ?? tag,
    },
    // Resources are bundled, so initialise synchronously: the first render is already translated.
    initAsync: false,
  });

export { i18n };

/** The language the interface is in now, always one of ours. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : "en";
}

/** Switches the interface language; the detector remembers it in localStorage. */
export async function applyLocale(locale: Locale): Promise<void> {
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}
