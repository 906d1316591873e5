import { isLocale, type Locale } from "@samspel/core";
import { type ExportTexts, exportTextsEn, type Plural } from "./en.js";
import { exportTextsNb } from "./nb.js";
import { exportTextsNl } from "./nl.js";
import { exportTextsSv } from "./sv.js";

const TEXTS: Record<Locale, ExportTexts> = {
  en: exportTextsEn,
  nb: exportTextsNb,
  sv: exportTextsSv,
  nl: exportTextsNl,
};

export type { ExportTexts, Plural };

/** The export's words and formatting in one language; English for a language we lack. */
export function exportLanguage(language: string) {
  const locale: Locale = isLocale(language) ? language : "en";
  const plurals = new Intl.PluralRules(locale);
  // Dates in UTC, named as such: an export is read far from the room it was taken in.
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return {
    locale,
    texts: TEXTS[locale],
    /** Fills `{{name}}` placeholders. */
    fill(template: string, values: Record<string, string | number> = {}): string {
      return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
        key in values ? String(values[key]) : whole,
      );
    },
    plural(forms: Plural, count: number): string {
      const form = plurals.select(count) === "one" ? forms.one : forms.other;
      return form.replaceAll("{{count}}", String(count));
    },
    dateTime: (iso: string) => `${dateTime.format(new Date(iso))} UTC`,
    /** A calendar date (YYYY-MM-DD) as the language writes it. */
    date: (day: string) => date.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)),
    number: (value: number, digits = 2) =>
      value.toLocaleString(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  };
}

export type ExportLanguage = ReturnType<typeof exportLanguage>;
