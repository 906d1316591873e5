import type { Locale } from "@samspel/core";
import { en, type Messages } from "./en";
import { nb } from "./nb";
import { nl } from "./nl";
import { sv } from "./sv";

export const messages: Record<Locale, Messages> = { en, nb, sv, nl };

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
