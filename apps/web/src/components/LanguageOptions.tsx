import { LOCALES } from "@samspel/core";
import { LANGUAGE_NAMES } from "../i18n/resources";

/** Our languages as `<option>`s, each named in itself (see LANGUAGE_NAMES). */
export function LanguageOptions() {
  return LOCALES.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {LANGUAGE_NAMES[locale]}
    </option>
  ));
}
