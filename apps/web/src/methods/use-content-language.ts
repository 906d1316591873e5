import { isLocale, type Locale } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { currentLocale } from "../i18n/setup";

/**
 * The language the methods are read in: the interface's, unless the reader chose another
 * (`?lang=` in the address, so a link to a Swedish method stays Swedish).
 */
export function useContentLanguage(): [Locale, (language: Locale) => void] {
  // Subscribes to language changes, so following the interface re-renders.
  useTranslation();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const asked = new URLSearchParams(search).get("lang");
  const language = isLocale(asked) ? asked : currentLocale();
  const choose = (next: Locale) => {
    const params = new URLSearchParams(search);
    params.set("lang", next);
    navigate(`${location}?${params}`, { replace: true });
  };
  return [language, choose];
}

/** A link target that keeps the chosen content language. */
export function withLanguage(path: string, language: Locale): string {
  return `${path}?lang=${language}`;
}
