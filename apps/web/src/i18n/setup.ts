import { isLocale, LOCALES, type Locale, matchLocale } from "@samspel/core";
import i18n, { type BackendModule } from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { en, loadMessages } from "./resources";

const STORAGE_KEY = "samspel.locale";

/**
 * Hands i18next a language's chunk when it asks. i18next waits for it before it switches
 * (`languageChanged` comes after the load), so a change of language never shows the English
 * fallback in between. A whole backend library would wrap the same one call.
 */
const chunkedMessages: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) {
      callback(new Error(`no messages for "${language}"`), false);
      return;
    }
    loadMessages(language).then(
      (messages) => callback(null, messages),
      // No retry (`false`): i18next then falls back to English, better than a blank page.
      (error: Error) => callback(error, false),
    );
  },
};

// The resolved locale, not the detected tag: a German browser reads our English, so say "en".
i18n.on("languageChanged", () => {
  document.documentElement.lang = currentLocale();
});

/** Settles once the reader's language is loaded: render nothing before, or it reads English. */
export const i18nReady = i18n
  .use(chunkedMessages)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    // English is bundled (the fallback must never wait); the backend brings the others.
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
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
  });

export { i18n };

/** The language the interface is in now, always one of ours. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : "en";
}

/**
 * Switches the interface language once its messages are here (until then the page stays in the
 * language it was in); the detector remembers it in localStorage.
 */
export async function applyLocale(locale: Locale): Promise<void> {
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}
