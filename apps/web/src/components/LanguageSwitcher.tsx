import { isLocale, type Locale } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { updateMe } from "../api/accounts";
import { applyLocale, currentLocale } from "../i18n/setup";
import { useSession } from "../session/session-context";
import { LanguageOptions } from "./LanguageOptions";

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { me, replace } = useSession();

  const choose = async (locale: Locale) => {
    // Saved while the language's messages load, not after: the account's language is applied
    // on every page load, so a reload before the save lands would switch the page back.
    const saving = me
      ? updateMe({ locale }).then(replace, () => {
          // Best effort: the choice holds on this device; saving it only carries it to others.
        })
      : undefined;
    await applyLocale(locale);
    await saving;
  };

  return (
    <div className="header-select">
      <GlobeIcon />
      <label className="visually-hidden" htmlFor="language-switcher">
        {t("nav.language")}
      </label>
      <select
        id="language-switcher"
        data-testid="language-switcher"
        className="select select-compact"
        value={currentLocale()}
        onChange={(event) => {
          if (isLocale(event.target.value)) void choose(event.target.value);
        }}
      >
        <LanguageOptions />
      </select>
    </div>
  );
}

function GlobeIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.4">
        <circle cx="10" cy="10" r="7.5" />
        <ellipse cx="10" cy="10" rx="3.2" ry="7.5" />
        <path d="M2.8 7.5h14.4M2.8 12.5h14.4" />
      </g>
    </svg>
  );
}
