import type { Locale } from "@samspel/core";
import { en, type Messages } from "./en";

/**
 * Each language's messages, fetched when first needed. English is the fallback, so it is in the
 * main bundle; each other language is a chunk of its own (about a quarter of the messages each),
 * loaded only by a reader who uses it.
 */
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  nb: () => import("./nb").then((module) => module.nb),
  sv: () => import("./sv").then((module) => module.sv),
  nl: () => import("./nl").then((module) => module.nl),
};

export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}

export { en };

/**
 * Each language named in itself, so that someone who cannot read the current language still
 * finds their own. Not translated on purpose.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  nb: "Norsk bokmål",
  sv: "Svenska",
  nl: "Nederlands",
};
